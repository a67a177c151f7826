from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.main_window import MainWindow
from tests.conftest import DEMO_CLOCK


def make_window(qtbot: QtBot, db: Database, tmp_path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(db, settings, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    return window


def test_title_menus_and_navigation(qtbot: QtBot, demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_db, tmp_path)
    window.show()
    assert "Empfehlung" in window.windowTitle()
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert menus == ["Datei", "Bearbeiten", "Ansicht", "Hilfe"]
    # The Heute entry carries the number of due items as a badge: "Heute  (18)".
    titles = [window.nav.item(i).text().split("  (")[0] for i in range(window.nav.count())]
    assert titles[:2] == ["Heute", "Kontakte"]
    window.navigate("contacts")
    assert window.current_view() is window.views["contacts"]
    assert demo_db.display_location in window.about_text()


def test_last_view_and_geometry_are_remembered(qtbot: QtBot, demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_db, tmp_path)
    window.navigate("referrals")
    window.resize(760, 540)
    window.save_state()
    again = make_window(qtbot, demo_db, tmp_path)
    assert again.nav.currentRow() == window.nav.currentRow()
    assert again.size() == window.size()


def test_shell_first_then_database(qtbot: QtBot, demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(None, settings, clock=DEMO_CLOCK)
    qtbot.addWidget(window)
    window.show()
    assert not window.nav.isEnabled() and window.views == {}
    assert window.statusBar().currentMessage() != ""
    window.attach_database(demo_db)
    assert window.nav.isEnabled()
    assert window.current_view() is window.views["today"]
    assert window.statusBar().currentMessage() == ""
    assert demo_db.display_location in window.about_text()


def test_every_view_fits_a_1280_by_720_laptop(qtbot: QtBot, demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_db, tmp_path)
    window.resize(1280, 680)  # 720 minus a panel
    window.show()
    for spec in window.specs:
        window.navigate(spec.key)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        # The minimum of the whole window, not just this view: the stacked views keep
        # the widest minimum of every view shown so far.
        assert hint.width() <= 1280 - 40, (spec.key, hint.width())
        assert hint.height() <= 680, (spec.key, hint.height())
        assert window.width() <= 1280, (spec.key, window.width())


def test_quitting_with_unsaved_profile_asks_and_keeps_the_input(
    qtbot: QtBot,
    demo_db: Database,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from empfehlung_desktop.services.engagements import profile as ps

    window = make_window(qtbot, demo_db, tmp_path)
    window.show()
    window.navigate("profile")
    view = window.views["profile"]
    view.edits["name"].setText("Katrin Sommerfeld-Neu")
    view.edits["name"].textEdited.emit("Katrin Sommerfeld-Neu")
    asked: list[list[str]] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    monkeypatch.setattr(window, "ask_unsaved", lambda where: asked.append(where) or answers.pop(0))
    assert not window.close()  # cancelled: the window stays, the input too
    assert window.isVisible() and view.edits["name"].text() == "Katrin Sommerfeld-Neu"
    assert asked == [["Mein Profil"]]
    assert window.close()  # saved, then closed
    with demo_db.reader() as session:
        assert ps.load_profile(session).name == "Katrin Sommerfeld-Neu"


def test_quitting_without_changes_does_not_ask(
    qtbot: QtBot, demo_db: Database, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_db, tmp_path)
    window.show()
    window.navigate("profile")
    window.navigate("engagements")
    assert window.close()  # an unpatched question would fail the test at once


def test_undo_ends_where_a_non_contact_write_happened(
    qtbot: QtBot, demo_db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoCommand

    window = make_window(qtbot, demo_db, tmp_path)
    undone: list[str] = []

    class Edit(QUndoCommand):
        def undo(self) -> None:
            undone.append("contact edit")

    window.undo_stack.push(Edit("Kontakt umbenennen"))
    window.context.data_changed("contacts")
    assert window.undo_stack.canUndo()
    window.context.data_changed("referrals")  # e.g. a referral step was saved
    assert not window.undo_stack.canUndo()
    window.undo_stack.push(Edit("Kontakt umbenennen"))
    window.context.data_changed("data")  # a restored backup or an import
    window.undo_stack.undo()
    assert undone == []


def test_saved_geometry_is_kept_within_the_screen(
    qtbot: QtBot, demo_db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    window = make_window(qtbot, demo_db, tmp_path)
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.resize(area.width() + 900, area.height() + 600)  # saved on a larger monitor
    window.move(area.right() + 2000, area.bottom() + 2000)  # … which is gone now
    window.fit_to_screen()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert area.contains(window.frameGeometry().topLeft())


def test_navigation_and_toolbar_have_icons(qtbot: QtBot, demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_db, tmp_path)
    assert all(not window.nav.item(row).icon().isNull() for row in range(window.nav.count()))
    assert not window.action_new.icon().isNull() and not window.action_undo.icon().isNull()


def test_ctrl_z_acts_only_in_the_view_that_owns_the_edits(
    qtbot: QtBot, demo_db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QUndoCommand

    window = make_window(qtbot, demo_db, tmp_path)
    undone: list[str] = []

    class Edit(QUndoCommand):
        def undo(self) -> None:
            undone.append("contact edit")

    window.navigate("contacts")
    window.undo_stack.push(Edit("Kontakt umbenennen"))
    assert window.action_undo.isEnabled()
    assert "Kontakt umbenennen" in window.action_undo.text()  # it says what it undoes
    window.navigate("referrals")
    assert not window.action_undo.isEnabled()
    window.action_undo.trigger()
    assert undone == []
    window.navigate("contacts")
    window.action_undo.trigger()
    assert undone == ["contact edit"]


def test_a_view_created_before_it_is_shown_is_filled_when_shown(
    qtbot: QtBot, demo_db: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, demo_db, tmp_path)
    contacts = window.view("contacts")  # e.g. a search result that opens it
    window.navigate("contacts")
    assert contacts.model.total() > 50  # type: ignore[attr-defined]
