#!/usr/bin/env bash
# Smoke test of the built bundle (make package-test): it answers --version, runs
# the command line with migrations on a fresh database, shows the main window
# offscreen and exits; then prints the bundle size and the median start time.
#   bash packaging/smoke_test.sh [dist/empfehlung-desktop]
# Optional: EMPFEHLUNG_SMOKE_PG_URL=postgresql://… (an empty database) also
# starts the bundle against PostgreSQL.
set -euo pipefail

BUNDLE="${1:-dist/empfehlung-desktop}"
EXE="$BUNDLE/empfehlung-desktop"
RUNS=5
[[ -x "$EXE" ]] || { echo "FEHLER: $EXE fehlt – zuerst 'make package'." >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export EMPFEHLUNG_DATA_DIR="$WORK/data" XDG_CONFIG_HOME="$WORK/config"
export QT_QPA_PLATFORM=offscreen
unset EMPFEHLUNG_DB_URL

fail() { echo "FEHLER: $*" >&2; exit 1; }
ok() { echo "ok   $*"; }

version=$("$EXE" --version)
[[ "$version" == "Empfehlung Desktop "* ]] || fail "--version antwortet: $version"
ok "--version: $version"

# The command line: creates the schema through the bundled Alembic scripts.
"$EXE" demo --db "$WORK/praxis.db" --contacts 1000 >/dev/null || fail "demo ist gescheitert"
hits=$("$EXE" contacts search "Müll" --json --db "$WORK/praxis.db")
[[ "$hits" == *'"name"'* ]] || fail "Kontaktsuche liefert nichts: $hits"
ok "Kommandozeile: Beispielpraxis angelegt, Suche findet Kontakte"

# ReportLab with the bundled DejaVu fonts: the "Warum Sie" handouts as PDF.
mkdir -p "$WORK/handouts"
"$EXE" handout --db "$WORK/praxis.db" --upcoming -o "$WORK/handouts" >/dev/null \
    || fail "Handouts konnten nicht erstellt werden"
pdf=$(find "$WORK/handouts" -name '*.pdf' | head -n 1)
[[ -n "$pdf" && $(head -c 5 "$pdf") == "%PDF-" ]] || fail "kein Handout-PDF erzeugt"
ok "Handout-PDF erstellt ($(find "$WORK/handouts" -name '*.pdf' | wc -l) Stück)"

shown=$("$EXE" --db "$WORK/praxis.db" --smoke-test 2>"$WORK/stderr") \
    || fail "GUI-Start gescheitert: $(cat "$WORK/stderr")"
[[ "$shown" == *"Hauptfenster sichtbar"* ]] || fail "kein Hauptfenster: $shown"
ok "$shown"

if [[ -n "${EMPFEHLUNG_SMOKE_PG_URL:-}" ]]; then
    pg=$("$EXE" --db "$EMPFEHLUNG_SMOKE_PG_URL" --smoke-test 2>"$WORK/stderr") \
        || fail "GUI-Start mit PostgreSQL gescheitert: $(cat "$WORK/stderr")"
    ok "PostgreSQL: $pg"
fi

# Start time: process start until the main window is shown and the app has quit.
times=()
for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    "$EXE" --db "$WORK/praxis.db" --smoke-test >/dev/null 2>&1 || fail "GUI-Start gescheitert"
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")
echo "Startzeit (Median von $RUNS, Fenster gezeigt und beendet): ${median} ms [${times[*]}]"
echo "Bundle-Größe: $(du -sh "$BUNDLE" | cut -f1) ($BUNDLE)"
echo "Smoke-Test bestanden."
