"""Mutation fuzzing of the import paths: real vendor files, damaged the way files get damaged.

Seeds are real exports (``tests/unit/interchange/data``) and a returned feedback
form filled by a PDF library. Each case flips bits, truncates, inserts or deletes
bytes, or re-encodes the text, then goes through what the GUI and the command
line do: ``flow.load_file`` → ``flow.plan_import`` (the preview) →
``flow.execute_plan``, or ``pdf_form.import_forms`` for returned forms. Every
outcome is classified (:func:`classify`); the unit test and
``tests/bench/fuzz_imports.py`` share this module.
"""

from __future__ import annotations

import random
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.interchange import flow
from empfehlung_desktop.interchange.pdf_form import import_forms
from empfehlung_desktop.store.database import Database

DATA = Path(__file__).resolve().parent.parent / "unit" / "interchange" / "data"
VCARD_SEEDS = ("apple.vcf", "google.vcf", "outlook21.vcf", "fk_v2_1.vcf", "thunderbird.vcf")
CSV_SEEDS = (
    "google.csv",
    "outlook_de_cp1252.csv",
    "excel_de.csv",
    "thunderbird_tb.csv",
    "linkedin_connections.csv",
)
# What must never reach the user: driver and Python names, SQL, English phrases,
# the catch-all messages that mean "we did not expect this".
RAW = re.compile(
    r"Error\b|Exception|Traceback|sqlite|SQL|\[parameters|Background on this|invalid|"
    r"Invalid|expected|must be|not supported|object|NoneType|\bint\b|\bstr\b|"
    r"Unerwarteter Fehler|Datenbankfehler|codec|decode|byte 0x|position \d|line \d+ column"
)
INTERESTING = (
    b"\r\n",
    b"\n",
    b";",
    b",",
    b'"',
    b":",
    b"=\r\n",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b"ENCODING=QUOTED-PRINTABLE:",
    b"=C3=",
    b"\xc3",
    b"\xe2\x80\xae",
    b"endobj",
    b"stream\n",
    b"/V (",
    b"%%EOF",
    b"999999999",
    b"-1",
)
ENCODINGS = ("latin-1", "cp1252", "utf-16", "utf-16-le", "utf-32", "mac_roman", "cp850")


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One damaged copy of ``data`` and the name of what was done to it."""
    how = rng.choice(
        ["bitflip", "truncate", "insert", "delete", "duplicate", "encoding", "splice", "lines"]
    )
    size = len(data)
    if how == "bitflip":
        out = bytearray(data)
        for _ in range(rng.randint(1, 16)):
            pos = rng.randrange(size)
            out[pos] ^= 1 << rng.randrange(8)
        return how, bytes(out)
    if how == "truncate":
        return how, data[: rng.randrange(size)]
    if how == "insert":
        pos = rng.randrange(size + 1)
        chunk = (
            rng.choice(INTERESTING)
            if rng.random() < 0.6
            else bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        )
        return how, data[:pos] + chunk + data[pos:]
    if how == "delete":
        pos = rng.randrange(size)
        return how, data[:pos] + data[pos + rng.randint(1, 200) :]
    if how == "duplicate":
        pos = rng.randrange(size)
        piece = data[pos : pos + rng.randint(1, 400)]
        return how, data[:pos] + piece * rng.randint(2, 20) + data[pos:]
    if how == "encoding":
        text_value = data.decode("utf-8", "replace")
        target = rng.choice(ENCODINGS)
        encoded = text_value.encode(target, "replace")
        if rng.random() < 0.3:  # half in one encoding, half in another
            cut = rng.randrange(len(text_value) + 1)
            encoded = text_value[:cut].encode("utf-8") + text_value[cut:].encode(target, "replace")
        return how, encoded
    if how == "splice":
        a, b = sorted(rng.randrange(size + 1) for _ in range(2))
        return how, data[:a] + data[b:] + data[a:b]
    newline = rng.choice([b"\r", b"\n", b"\r\n", b"\n\r", b"\x85", b"\r\r\n"])
    return how, newline.join(data.splitlines())


@dataclass
class Outcome:
    kind: str  # "angenommen", "abgelehnt", "roh", "absturz"
    message: str = ""
    mutation: str = ""
    db_changed_on_refusal: bool = False


@dataclass
class Tally:
    kinds: Counter[str] = field(default_factory=Counter)
    messages: Counter[str] = field(default_factory=Counter)
    bad: list[tuple[str, Outcome, bytes]] = field(default_factory=list)

    def add(self, fmt: str, outcome: Outcome, data: bytes) -> None:
        self.kinds[f"{fmt}: {outcome.kind}"] += 1
        if outcome.kind == "abgelehnt":
            self.messages[f"{fmt}: {message_kind(outcome.message)}"] += 1
        if outcome.kind in ("roh", "absturz") or outcome.db_changed_on_refusal:
            self.bad.append((fmt, outcome, data))


def message_kind(message: str) -> str:
    """The message without file names, quoted values and numbers (its template)."""
    shape = re.sub(r"„[^“]*“", "„…“", message)
    shape = re.sub(r"\d+", "N", shape)
    return shape[:90]


def classify(exc: BaseException | None) -> Outcome:
    if exc is None:
        return Outcome("angenommen")
    if isinstance(exc, UserError):
        if RAW.search(exc.message) or not exc.message.strip():
            return Outcome("roh", exc.message)
        return Outcome("abgelehnt", exc.message)
    return Outcome("absturz", f"{type(exc).__name__}: {exc}"[:300])


def fingerprint(db: Database) -> tuple[object, ...]:
    """What a refused import must leave exactly as it was."""
    with db.reader() as s:
        rows = []
        for table in ("contact", "feedback", "activity", "referral"):
            rows.append(
                tuple(s.execute(text(f"SELECT count(*), coalesce(max(id), 0) FROM {table}")).one())
            )
        rows.append(tuple(s.execute(text("SELECT coalesce(sum(version), 0) FROM contact")).one()))
        return tuple(rows)


class _Rollback(Exception):
    pass


def run_contact_file(db: Database, path: Path, today: object) -> BaseException | None:
    """The import as GUI and CLI do it: load, preview, write (all in one)."""
    try:
        loaded = flow.load_file(path)
        with db.reader() as session:
            plan = flow.plan_import(session, loaded, today=today)  # type: ignore[arg-type]
        flow.execute_plan(db, plan)
    except Exception as exc:
        return exc
    return None


def run_form(db: Database, path: Path, today: object) -> BaseException | None:
    """A returned form read and stored, then rolled back (each case starts alike)."""
    try:
        with db.session() as session:
            import_forms(session, [path], today)  # type: ignore[arg-type]
            raise _Rollback
    except _Rollback:
        return None
    except Exception as exc:
        return exc


def run_case(
    db: Database, folder: Path, fmt: str, data: bytes, mutation: str, today: object
) -> Outcome:
    suffix = {"vcard": ".vcf", "csv": ".csv", "pdf": ".pdf"}[fmt]
    path = folder / f"fall{suffix}"
    path.write_bytes(data)
    before = fingerprint(db)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # as in the app: pypdf's warnings are not errors
        exc = run_form(db, path, today) if fmt == "pdf" else run_contact_file(db, path, today)
    outcome = classify(exc)
    outcome.mutation = mutation
    if outcome.kind != "angenommen" and fingerprint(db) != before:
        outcome.db_changed_on_refusal = True
    return outcome


def seeds(fmt: str) -> list[bytes]:
    names = VCARD_SEEDS if fmt == "vcard" else CSV_SEEDS
    return [(DATA / name).read_bytes() for name in names]


def fuzz(
    db: Database,
    folder: Path,
    cases: dict[str, list[bytes]],
    count: int,
    seed: int,
    today: object,
) -> Tally:
    """``count`` mutated cases per format (seeded, reproducible)."""
    rng = random.Random(seed)
    tally = Tally()
    for fmt, sources in cases.items():
        for _ in range(count):
            mutation, data = mutate(rng.choice(sources), rng)
            tally.add(fmt, run_case(db, folder, fmt, data, mutation, today), data)
    return tally
