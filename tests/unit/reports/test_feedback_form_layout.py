"""The questionnaire stays inside the page with long names and contact lines."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from empfehlung_desktop.model import Engagement, PracticeProfile
from empfehlung_desktop.reports.feedback_form import FOOTER_TOP, PAGE_H, PAGE_W, build_feedback_form
from empfehlung_desktop.services.feedback import forms
from empfehlung_desktop.services.feedback.feedback import engagements_without_feedback
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

LONG_NAME = "Maximiliane Katharina Przybyszewska-Dvořák-Szőke von Hohenberg-Łukasiewicz"


def test_long_practice_email_and_client_name_stay_inside(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "form.pdf"
    with demo_db.session() as session:
        profile = session.get(PracticeProfile, 1)
        assert profile is not None
        profile.name = "Praxis für Systemisches Coaching Dr. Sommerfeld-Ló"  # 50 characters
        profile.email = "katrin.sommerfeld-lovasz.beratung.und.supervision@sommerfeld.example"
        engagement = session.get(Engagement, engagements_without_feedback(session)[0].id)
        assert engagement is not None
        engagement.contact.name = LONG_NAME
        engagement.title = "Markenentwicklung und Positionierung für die neue Praxis " * 3
        forms.request_form(session, engagement.id, target, build_feedback_form, today=DEMO_TODAY)
    reader = PdfReader(target)
    boxes = []
    for page in reader.pages:
        for annot in page.get("/Annots", []):
            x0, y0, x1, y1 = (float(v) for v in annot.get_object()["/Rect"])
            boxes.append((x0, y0, x1, y1))
            assert 0 <= x0 < x1 <= PAGE_W and FOOTER_TOP < y0 < y1 <= PAGE_H
    assert len(boxes) >= 8
    first = reader.pages[0].extract_text()
    assert "…" in first  # the practice name or the footer was shortened, not cut off
    # The letterhead of all three documents: name and title at the top, contact in the footer.
    assert "Praxis für Systemisches Coaching" in first and "Ihr Feedback" in first
