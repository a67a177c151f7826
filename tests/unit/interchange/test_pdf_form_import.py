"""Round trip: questionnaire → filled by a PDF library → import → list --json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from empfehlung_desktop.cli import main
from empfehlung_desktop.interchange.pdf_form import FormImportError, import_forms, preview_forms
from empfehlung_desktop.model import Engagement, Feedback
from empfehlung_desktop.reports.feedback_form import build_feedback_form
from empfehlung_desktop.services.feedback.feedback import engagements_without_feedback
from empfehlung_desktop.services.feedback.forms import request_form
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_CLOCK, DEMO_TODAY
from tests.helpers.feedback_forms import HOSTILE_ANSWERS, fill_form


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args), clock=DEMO_CLOCK)
    out, err = capsys.readouterr()
    return code, out, err


def _open_ids(db: Database) -> list[int]:
    with db.reader() as session:
        return [e.id for e in engagements_without_feedback(session)]


def _form(db: Database, engagement_id: int, path: Path) -> str:
    with db.session() as session:
        info = request_form(session, engagement_id, path, build_feedback_form, today=DEMO_TODAY)
        return info.token


def _count(db: Database) -> int:
    with db.reader() as session:
        return int(session.scalar(select(func.count(Feedback.id))) or 0)


def test_round_trip_keeps_every_character(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engagement_id = _open_ids(demo_db)[0]
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    _form(demo_db, engagement_id, blank)
    fill_form(blank, filled, recommend=10, expectations=4, permission="anonymous")
    code, out, err = run_cli(capsys, "feedback", "import", str(filled), "--db", str(db_path))
    assert code == 0, err
    assert "1 Formular eingelesen" in out
    code, out, _ = run_cli(capsys, "feedback", "list", "--json", "--db", str(db_path))
    rows = [r for r in json.loads(out) if r["engagement_id"] == engagement_id]
    assert len(rows) == 1
    row = rows[0]
    for key, text in HOSTILE_ANSWERS.items():
        assert row[key] == text
    assert row["recommend_score"] == 10 and row["expectations_met"] == 4
    assert row["quote_permission"] == "anonymous" and row["channel"] == "pdf_form"
    assert isinstance(row["id"], int) and isinstance(row["contact_id"], int)
    with demo_db.reader() as session:
        engagement = session.get(Engagement, engagement_id)
        assert engagement is not None and engagement.feedback_received_on is not None


def test_same_form_twice_adds_nothing(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    engagement_id = _open_ids(demo_db)[0]
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    _form(demo_db, engagement_id, blank)
    fill_form(blank, filled)
    assert run_cli(capsys, "feedback", "import", str(filled), "--db", str(db_path))[0] == 0
    before = _count(demo_db)
    code, _, err = run_cli(capsys, "feedback", "import", str(filled), "--db", str(db_path))
    assert code == 1
    assert "bereits" in err and "eingelesen" in err and "Traceback" not in err
    assert _count(demo_db) == before


def test_batch_is_all_or_nothing(demo_db: Database, tmp_path: Path) -> None:
    first, second = _open_ids(demo_db)[:2]
    good_blank, good = tmp_path / "a.pdf", tmp_path / "a-filled.pdf"
    _form(demo_db, first, good_blank)
    fill_form(good_blank, good)
    broken = tmp_path / "kaputt.pdf"
    broken.write_text("Das ist keine PDF-Datei", encoding="utf-8")
    before = _count(demo_db)
    with pytest.raises(FormImportError) as info, demo_db.session() as session:
        import_forms(session, [good, broken], today=DEMO_TODAY)
    assert "kaputt.pdf" in info.value.message and "keine PDF-Datei" in info.value.message
    assert _count(demo_db) == before
    # Two forms, both good: both come in.
    other_blank, other = tmp_path / "b.pdf", tmp_path / "b-filled.pdf"
    _form(demo_db, second, other_blank)
    fill_form(other_blank, other, recommend=3, expectations=2, permission="no")
    with demo_db.session() as session:
        outcomes = import_forms(session, [good, other], today=DEMO_TODAY)
    assert _count(demo_db) == before + 2
    poor = next(o for o in outcomes if o.engagement_id == second)
    assert poor.warning and poor.suggested_stage is not None


def test_tampered_token_is_refused(demo_db: Database, tmp_path: Path) -> None:
    engagement_id = _open_ids(demo_db)[0]
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    token = _form(demo_db, engagement_id, blank)
    other_id = engagement_id + 1 if engagement_id > 1 else engagement_id + 2
    forged = token.replace(f"E{engagement_id}-", f"E{other_id}-", 1)
    fill_form(blank, filled, token=forged)
    with pytest.raises(FormImportError, match="verändert"), demo_db.reader() as session:
        preview_forms(session, [filled], today=DEMO_TODAY)
    fill_form(blank, filled, token=token[:-1] + ("0" if token[-1] != "0" else "1"))
    with pytest.raises(FormImportError, match="verändert"), demo_db.reader() as session:
        preview_forms(session, [filled], today=DEMO_TODAY)


def test_non_pdf_and_foreign_pdf_are_refused(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "notiz.pdf"
    text.write_text("hallo", encoding="utf-8")
    code, _, err = run_cli(capsys, "feedback", "import", str(text), "--db", str(db_path))
    assert code == 1 and "keine PDF-Datei" in err and err.count("\n") == 1
    summary = tmp_path / "fremd.pdf"
    assert run_cli(capsys, "feedback", "summary", "-o", str(summary), "--db", str(db_path))[0] == 0
    code, _, err = run_cli(capsys, "feedback", "import", str(summary), "--db", str(db_path))
    assert code == 1 and "kein Feedback-Formular von Empfehlung Desktop" in err
    truncated = tmp_path / "halb.pdf"
    truncated.write_bytes(b"%PDF-1.4\n1 0 obj <<")
    code, _, err = run_cli(capsys, "feedback", "import", str(truncated), "--db", str(db_path))
    assert code == 1 and "halb.pdf" in err


def test_deleted_engagement_is_refused(demo_db: Database, tmp_path: Path) -> None:
    engagement_id = _open_ids(demo_db)[0]
    blank, filled = tmp_path / "blank.pdf", tmp_path / "filled.pdf"
    _form(demo_db, engagement_id, blank)
    fill_form(blank, filled)
    with demo_db.session() as session:
        engagement = session.get(Engagement, engagement_id)
        session.delete(engagement)
    with pytest.raises(FormImportError, match="existiert nicht mehr"), demo_db.reader() as s:
        preview_forms(s, [filled], today=DEMO_TODAY)


def test_empty_form_is_refused(demo_db: Database, tmp_path: Path) -> None:
    engagement_id = _open_ids(demo_db)[0]
    blank = tmp_path / "leer.pdf"
    _form(demo_db, engagement_id, blank)
    with pytest.raises(FormImportError, match="leer"), demo_db.reader() as session:
        preview_forms(session, [blank], today=DEMO_TODAY)


def test_form_for_finished_demo_engagement(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.reader() as session:
        finished = session.scalar(
            select(Engagement.id).join(Feedback).order_by(Engagement.id).limit(1)
        )
    out_pdf = tmp_path / "form.pdf"
    code, _out, err = run_cli(
        capsys,
        "feedback",
        "form",
        "--engagement",
        str(finished),
        "-o",
        str(out_pdf),
        "--db",
        str(db_path),
    )
    assert code == 0, err
    reader = PdfReader(out_pdf)
    fields = reader.get_fields() or {}
    text_fields = [n for n, f in fields.items() if f.get("/FT") == "/Tx" and n != "ed_form_token"]
    assert len(text_fields) >= 3
    for name in text_fields:
        assert int(fields[name].get("/Ff", 0)) & (1 << 12), "multi-line"
        assert "/MaxLen" not in fields[name]
    assert int(fields["ed_form_token"]["/Ff"]) & 1, "token is read-only"
    assert str(fields["ed_form_token"]["/V"]).startswith(f"E{finished}-")
    states = fields["ed_recommend_score"]["/_States_"]
    assert [s for s in states if s != "/Off"] == [f"/{i}" for i in range(11)]
    # Every widget brings its appearance: viewers must not regenerate the radios.
    assert not bool(reader.trailer["/Root"]["/AcroForm"].get("/NeedAppearances", False))
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            if widget.get("/AS") is not None:
                assert "/N" in widget["/AP"]
    page_text = reader.pages[0].extract_text()
    with demo_db.reader() as session:
        engagement = session.get(Engagement, finished)
        assert engagement is not None and engagement.contact.name in page_text


def test_all_open_writes_a_directory(
    demo_db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bogen"
    code, _out, _ = run_cli(
        capsys, "feedback", "form", "--all-open", "-o", str(target), "--db", str(db_path)
    )
    assert code == 0
    assert len(list(target.glob("*.pdf"))) == len(_open_ids(demo_db)) >= 2


def test_too_long_answer_is_refused_with_the_true_reason(demo_db: Database, tmp_path: Path) -> None:
    blank, filled = tmp_path / "blank.pdf", tmp_path / "long.pdf"
    _form(demo_db, _open_ids(demo_db)[0], blank)
    fill_form(blank, filled, texts={"first_time": "x" * 20_001})
    with demo_db.session() as session, pytest.raises(FormImportError) as caught:
        preview_forms(session, [filled], DEMO_TODAY)
    message = str(caught.value)
    assert "zu lang" in message and "leer" not in message


def test_flattened_form_is_recognised_and_explained(demo_db: Database, tmp_path: Path) -> None:
    from pypdf import PdfWriter

    blank, flat = tmp_path / "blank.pdf", tmp_path / "gedruckt.pdf"
    _form(demo_db, _open_ids(demo_db)[0], blank)
    writer = PdfWriter(clone_from=PdfReader(blank))
    # Printed to PDF: the page text stays, the fields are gone.
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    with flat.open("wb") as handle:
        writer.write(handle)
    with demo_db.session() as session, pytest.raises(FormImportError) as caught:
        preview_forms(session, [flat], DEMO_TODAY)
    message = str(caught.value)
    assert "flach" in message and "kein Feedback-Formular" not in message
