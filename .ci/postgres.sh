#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on loopback for the test suite and print
# its URL on stdout (progress goes to stderr). Exits non-zero when PostgreSQL
# cannot be installed or started; the caller then runs the tests without it.
#
# Idempotent: a server this script started before is reused; Debian's
# postgresql package is installed only when no server binaries are found.
set -euo pipefail

PORT="${EMPFEHLUNG_CI_PG_PORT:-54329}"
BASE="${EMPFEHLUNG_CI_PG_DIR:-${TMPDIR:-/tmp}/empfehlung-ci-postgres}"
DATA="$BASE/data"
ROLE=empfehlung
URL="postgresql://$ROLE@127.0.0.1:$PORT/postgres"

log() { echo "[postgres] $*" >&2; }

find_bindir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
        echo "$dir"
    elif command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
        dirname "$(command -v pg_ctl)"
    fi
}

BINDIR=$(find_bindir)
if [[ -z "$BINDIR" ]]; then
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        log "keine PostgreSQL-Programme gefunden und keine Installation möglich"
        exit 1
    fi
    log "installiere PostgreSQL aus den Debian-Paketen"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    BINDIR=$(find_bindir)
    [[ -n "$BINDIR" ]] || { log "PostgreSQL-Programme nach der Installation nicht gefunden"; exit 1; }
fi

# initdb and the server refuse to run as root: use the package's postgres user.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

mkdir -p "$BASE"
if [[ $(id -u) -eq 0 ]]; then chown postgres: "$BASE"; fi

if [[ ! -s "$DATA/PG_VERSION" ]]; then
    log "lege einen Cluster in $DATA an"
    as_owner "$BINDIR/initdb" -D "$DATA" -U "$ROLE" --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 >/dev/null
fi

if ! as_owner "$BINDIR/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    log "starte den Server auf 127.0.0.1:$PORT"
    as_owner "$BINDIR/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $BASE -c fsync=off" start >/dev/null
fi

# The server answers on loopback: ready for the tests.
"$BINDIR/psql" "$URL" -Atqc "SELECT 1" >/dev/null
echo "$URL"
