"""Asking for feedback by PDF form: the request is recorded only with its file."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import BinaryIO

import pytest
from sqlalchemy import select

import empfehlung_desktop.reports as reports
from empfehlung_desktop.model import Engagement
from empfehlung_desktop.services.feedback import forms
from empfehlung_desktop.services.feedback.feedback import engagements_without_feedback
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY


class RenderFailed(Exception):
    pass


def _fake_render(fail_for: int | None = None) -> forms.Renderer:
    """Writes the token as the 'PDF'; fails (after a partial write) for one engagement."""

    def render(content: forms.FormContent, target: Path | BinaryIO) -> None:
        assert isinstance(target, Path)
        target.write_text(content.token, encoding="ascii")
        if content.engagement_id == fail_for:
            raise RenderFailed

    return render


def _open_ids(db: Database) -> list[int]:
    with db.reader() as session:
        return [e.id for e in engagements_without_feedback(session)]


def _requests(db: Database) -> dict[int, tuple[object, object]]:
    with db.reader() as session:
        rows = session.execute(
            select(Engagement.id, Engagement.feedback_requested_on, Engagement.feedback_token)
        ).all()
    return {row[0]: (row[1], row[2]) for row in rows}


def test_request_is_recorded_with_the_form(demo_db: Database, tmp_path: Path) -> None:
    engagement_id = _open_ids(demo_db)[0]
    target = tmp_path / "form.pdf"
    with demo_db.session() as session:
        info = forms.request_form(session, engagement_id, target, _fake_render(), today=DEMO_TODAY)
    assert target.read_text(encoding="ascii") == info.token
    assert _requests(demo_db)[engagement_id] == (DEMO_TODAY, info.token)


def test_failed_batch_leaves_no_request_and_no_file(demo_db: Database, tmp_path: Path) -> None:
    ids = _open_ids(demo_db)
    assert len(ids) >= 2
    before = _requests(demo_db)
    folder = tmp_path / "forms"
    render = _fake_render(fail_for=ids[-1])
    with pytest.raises(RenderFailed), demo_db.session() as session:
        forms.request_forms(session, ids, folder, render, today=DEMO_TODAY)
    assert _requests(demo_db) == before
    assert list(folder.iterdir()) == []


def test_batch_writes_one_named_form_per_engagement(demo_db: Database, tmp_path: Path) -> None:
    ids = _open_ids(demo_db)
    folder = tmp_path / "forms"
    with demo_db.session() as session:
        written = forms.request_forms(session, ids, folder, _fake_render(), today=DEMO_TODAY)
    paths = [info.path for info in written]
    assert sorted(folder.iterdir()) == sorted(p for p in paths if p is not None)
    for info in written:
        assert info.path is not None and info.path.name.endswith(f"_E{info.engagement_id}.pdf")
    requested = _requests(demo_db)
    assert all(requested[i][0] == DEMO_TODAY for i in ids)


def test_form_file_name_is_portable() -> None:
    name = forms.form_file_name("Łukasz Nowak-Müller", 12)
    assert name == "Feedback-Fragebogen_Lukasz-Nowak-Mueller_E12.pdf"


def test_reports_never_touch_the_session() -> None:
    """Reports render plain data: no SQLAlchemy, no model entities, no session."""
    for path in Path(reports.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("sqlalchemy"), path.name
                assert node.module != "empfehlung_desktop.model", path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("sqlalchemy") for a in node.names), path.name
