"""Damaged vCard, CSV and returned PDF forms: a German refusal or a clean import, nothing else.

A few hundred seeded mutations (bit flips, truncation, insertions, wrong
encodings) of real vendor exports and of a filled feedback form go through the
same path as the GUI and the command line. A refusal must be a German
``UserError`` without driver or Python words, and must leave the database as it
was. ``python -m tests.bench.fuzz_imports`` runs 10,000 of them and counts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from empfehlung_desktop.reports.feedback_form import build_feedback_form
from empfehlung_desktop.services.feedback.feedback import engagements_without_feedback
from empfehlung_desktop.services.feedback.forms import request_form
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY
from tests.helpers import mutation_fuzz
from tests.helpers.feedback_forms import fill_form

CASES = {"vcard": 150, "csv": 150, "pdf": 100}


def filled_form(db: Database, folder: Path) -> bytes:
    with db.reader() as session:
        engagement_id = engagements_without_feedback(session)[0].id
    blank, filled = folder / "leer.pdf", folder / "ausgefuellt.pdf"
    with db.session() as session:
        request_form(session, engagement_id, blank, build_feedback_form, today=DEMO_TODAY)
    fill_form(blank, filled, recommend=9, expectations=4, permission="named")
    return filled.read_bytes()


def describe(tally: mutation_fuzz.Tally) -> str:
    lines = []
    for fmt, outcome, data in tally.bad[:5]:
        lines.append(
            f"{fmt} ({outcome.mutation}): {outcome.kind} {outcome.message!r} "
            f"db_changed={outcome.db_changed_on_refusal} input={data[:200]!r}"
        )
    return "\n".join(lines)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(CASES))
def test_mutated_inputs_end_in_german_refusals_and_leave_the_database(
    demo_db: Database, tmp_path: Path, fmt: str
) -> None:
    sources = [filled_form(demo_db, tmp_path)] if fmt == "pdf" else mutation_fuzz.seeds(fmt)
    tally = mutation_fuzz.fuzz(
        demo_db, tmp_path, {fmt: sources}, CASES[fmt], seed=13, today=DEMO_TODAY
    )
    assert not tally.bad, describe(tally)
    # The mutations really reach both outcomes: not everything refused, not everything taken.
    assert tally.kinds[f"{fmt}: abgelehnt"] > 0, tally.kinds
    assert tally.kinds[f"{fmt}: angenommen"] > 0, tally.kinds


def test_unmutated_seeds_are_accepted(demo_db: Database, tmp_path: Path) -> None:
    cases = {
        "vcard": mutation_fuzz.seeds("vcard"),
        "csv": mutation_fuzz.seeds("csv"),
        "pdf": [filled_form(demo_db, tmp_path)],
    }
    for fmt, sources in cases.items():
        for data in sources:
            outcome = mutation_fuzz.run_case(demo_db, tmp_path, fmt, data, "keine", DEMO_TODAY)
            assert outcome.kind == "angenommen", (fmt, outcome.message)


def test_damaged_form_on_the_command_line_prints_one_german_line(
    demo_db: Database, db_path: Path, tmp_path: Path
) -> None:
    """pypdf's English repair notes (``EOF marker not found``) must not reach stderr."""
    import os
    import subprocess
    import sys

    data = filled_form(demo_db, tmp_path)
    damaged = tmp_path / "kaputt.pdf"
    damaged.write_bytes(data[: len(data) - 3000])
    demo_db.dispose()
    command = [sys.executable, "-m", "empfehlung_desktop", "feedback", "import", str(damaged)]
    done = subprocess.run(
        [*command, "--db", str(db_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "EMPFEHLUNG_DATA_DIR": str(tmp_path / "daten")},
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "Fehler: „kaputt.pdf“ ist beschädigt oder keine lesbare PDF-Datei."
    ], done.stderr
