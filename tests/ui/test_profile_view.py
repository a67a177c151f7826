import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from empfehlung_desktop.services.engagements import profile as ps
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.engagements.preview import HandoutPreviewDialog
from empfehlung_desktop.ui.profile.sections_model import SectionsModel
from empfehlung_desktop.ui.profile.view import ProfileView
from tests.conftest import DEMO_CLOCK


@pytest.fixture
def view(qtbot: QtBot, db: Database) -> ProfileView:
    widget = ProfileView(ViewContext(db=db, clock=DEMO_CLOCK))
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_sections_model_passes_qtmodeltester(qtmodeltester) -> None:
    model = SectionsModel()
    model.set_sections(ps.default_sections())
    qtmodeltester.check(model)
    model.move(0, 1)
    model.add("Preise")
    model.setData(model.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtmodeltester.check(model)
    assert model.data(model.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert not model.remove(0) and model.remove(model.rowCount() - 1)


def test_edit_reorder_hide_add_and_save(view: ProfileView, db: Database) -> None:
    assert view.sections.rowCount() == 7 and not view.dirty
    view.edits["name"].setText("Zofia Dvořák")
    view.edits["email"].setText("zofia@example.org")
    view._mark_dirty()
    view.select_section(2)
    view.move_current(-1)
    assert view.current_row() == 1 and view.sections.section(1).title == "Wie ich arbeite"
    view.sections.setData(
        view.sections.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    view.add_section()
    view.section_title.setText("Preise & Pakete")
    view.section_title.textEdited.emit("Preise & Pakete")
    view.section_body.setPlainText("• Einzeltermin\n• Paket mit 5 Terminen")
    assert view.remove_button.isEnabled()
    assert view.save()
    with db.reader() as session:
        stored = ps.load_profile(session)
    assert stored.name == "Zofia Dvořák"
    assert stored.sections[1].title == "Wie ich arbeite"
    assert not stored.sections[0].visible
    assert stored.sections[-1].title == "Preise & Pakete"
    assert stored.sections[-1].body.startswith("• Einzeltermin")
    assert not view.dirty


def test_remove_only_custom_sections(view: ProfileView) -> None:
    view.select_section(0)
    assert not view.remove_button.isEnabled()
    view.add_section()
    count = view.sections.rowCount()
    view.remove_current()
    assert view.sections.rowCount() == count - 1


def test_validation_error_keeps_input(view: ProfileView, db: Database) -> None:
    view.edits["email"].setText("kein-at-zeichen")
    view._mark_dirty()
    assert not view.save()
    assert "E-Mail" in view.error_label.text() or "gültige" in view.error_label.text()
    assert view.edits["email"].text() == "kein-at-zeichen"
    view.refresh()  # dirty: nothing typed is thrown away
    assert view.edits["email"].text() == "kein-at-zeichen"


def test_logo_choose_reject_and_remove(view: ProfileView, tmp_path: Path, db: Database) -> None:
    good = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (200, 80), (31, 95, 91)).save(buffer, "PNG")
    good.write_bytes(buffer.getvalue())
    bad = tmp_path / "logo.gif"
    bad.write_bytes(b"GIF89a")
    assert not view.set_logo_file(bad) and "PNG" in view.error_label.text()
    assert view.set_logo_file(good) and view.logo_remove.isEnabled()
    assert not view.logo_label.pixmap().isNull()
    assert view.save()
    with db.reader() as session:
        assert ps.load_profile(session).logo_mime == "image/png"
    view.remove_logo()
    assert view.save()
    with db.reader() as session:
        assert ps.load_profile(session).logo is None


def test_preview_builds_a_sample_handout(view: ProfileView, qtbot: QtBot) -> None:
    view.edits["name"].setText("Vorschau <Test> & Co 😀")
    view.preview()
    dialog = view.findChild(HandoutPreviewDialog)
    assert isinstance(dialog, HandoutPreviewDialog)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1 and not dialog.mail_button.isEnabled()
    dialog.close()


def test_language_switch_edits_the_profile_of_that_language(
    view: ProfileView, db: Database
) -> None:
    view.language_combo.setCurrentIndex(view.language_combo.findData("en"))
    assert view.sections.section(0).title == "Who I work with"
    assert "Noch kein Profil" in view.language_state.text()
    view.edits["title"].setText("Coaching for founders")
    view.edits["name"].setText("Ewa Nowak")
    view._mark_dirty()
    # Switching with unsaved changes saves them first.
    view.language_combo.setCurrentIndex(view.language_combo.findData("de"))
    assert not view.dirty and view.sections.section(0).title == "Für wen ich arbeite"
    assert view.edits["name"].text() == "Ewa Nowak" and view.edits["title"].text() == ""
    with db.reader() as session:
        english = ps.load_profile(session, "en")
        assert ps.profile_languages(session) == ["de", "en"]
    assert english.language == "en" and english.title == "Coaching for founders"
    assert english.sections[0].title == "Who I work with"
