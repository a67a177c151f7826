"""The contacts view driven through its real widgets (offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from empfehlung_desktop.model import Contact, Engagement, Feedback, Role
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.contacts.form import ContactDialog
from empfehlung_desktop.ui.contacts.table_model import COLUMN_KEYS, ContactTableModel
from empfehlung_desktop.ui.contacts.view import ContactsView
from empfehlung_desktop.ui.context import ViewContext
from tests.conftest import DEMO_CLOCK, DEMO_TODAY


@pytest.fixture
def view(qtbot: QtBot, demo_db: Database) -> ContactsView:
    changes: list[str] = []
    context = ViewContext(
        db=demo_db, undo_stack=QUndoStack(), data_changed=changes.append, clock=DEMO_CLOCK
    )
    widget = ContactsView(context)
    widget.changes = changes  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.refresh()
    return widget


def names(view: ContactsView) -> list[str]:
    return [view.model.row_data(r).name for r in range(view.model.rowCount())]  # type: ignore[union-attr]


def contact_id(db: Database, name: str) -> int:
    with db.reader() as s:
        found = s.scalar(select(Contact.id).where(Contact.name == name))
        assert found is not None
        return int(found)


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, demo_db: Database) -> None:
    model = ContactTableModel(demo_db)
    model.set_query(cs.ContactQuery())
    qtmodeltester.check(model)
    model.search("Köhler")
    qtmodeltester.check(model)


def test_model_pages_rows_instead_of_loading_all(demo_db: Database) -> None:
    with demo_db.session() as s:
        from empfehlung_desktop.sample_practice.generated import add_generated_contacts

        add_generated_contacts(s, 1000)
    model = ContactTableModel(demo_db)
    model.set_query(cs.ContactQuery())
    assert model.rowCount() > 1000
    assert model.cached_pages() == 1
    last = model.index(model.rowCount() - 1, 0).data()
    assert last and model.cached_pages() == 2


def test_search_filters_rows_after_the_debounce(qtbot: QtBot, view: ContactsView) -> None:
    total = view.model.rowCount()
    view.search.setText("Köhler")
    assert view.model.rowCount() == total  # not yet: debounced
    qtbot.waitUntil(lambda: view.model.rowCount() < total, timeout=2000)
    assert names(view) == ["Lena Köhler"]
    assert view.count_label.text() == "1 Kontakt"
    view.search.setText("gibt es nicht xyz")
    view.apply_search()
    assert view.model.rowCount() == 0
    assert view.table_stack.currentWidget() is view.empty_label
    assert "Keine Kontakte" in view.empty_label.text()


def test_role_and_source_filters(view: ContactsView, demo_db: Database) -> None:
    view.role_filter.setCurrentIndex(view.role_filter.findData(Role.PARTNER))
    with demo_db.reader() as s:
        expected = cs.count_contacts(s, cs.ContactQuery(role=Role.PARTNER))
    assert view.model.rowCount() == expected
    assert all("Netzwerkpartner" in view.model.index(r, 2).data() for r in range(expected))
    source = view.source_filter.itemData(1)
    view.source_filter.setCurrentIndex(1)
    with demo_db.reader() as s:
        both = cs.count_contacts(s, cs.ContactQuery(role=Role.PARTNER, source=source))
    assert view.model.rowCount() == both < expected


def test_header_click_sorts_in_sql(qtbot: QtBot, view: ContactsView, demo_db: Database) -> None:
    header = view.table.horizontalHeader()
    column = COLUMN_KEYS.index("organisation")
    point = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.model.query.sort == "organisation"
    with demo_db.reader() as s:
        expected = cs.fetch_contacts(s, cs.ContactQuery(sort="organisation"), 0, 20)
    assert [view.model.contact_id(r) for r in range(20)] == [r.id for r in expected]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert view.model.query.descending
    assert view.model.index(0, column).data() >= view.model.index(1, column).data()


def test_selection_survives_a_sort(view: ContactsView, demo_db: Database) -> None:
    wanted = contact_id(demo_db, "Lena Köhler")
    view.select_record(wanted)
    assert view.selected_id() == wanted
    view.model.sort(COLUMN_KEYS.index("updated_at"), Qt.SortOrder.DescendingOrder)
    assert view.selected_id() == wanted
    assert "Köhler" in view.detail.toPlainText()


def fill(**values: str) -> Callable[[QDialog], bool]:
    """A dialog runner that types into the form and presses Save once."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ContactDialog)
        for field, text in values.items():
            getattr(dialog, field).setText(text)
        run.dialog = dialog  # type: ignore[attr-defined]
        return dialog.save()

    return run


def test_invalid_email_is_shown_at_the_field_and_nothing_saved(
    view: ContactsView, demo_db: Database
) -> None:
    before = view.model.total()
    runner = fill(name="Neue Person", email="kein-at-zeichen")
    view.dialog_runner = runner
    view.new_record()
    dialog = runner.dialog  # type: ignore[attr-defined]
    assert "keine gültige E-Mail" in dialog.field_error("email")
    assert dialog.field_error("name") == ""
    with demo_db.reader() as s:
        assert cs.count_contacts(s, cs.ContactQuery()) == before
    assert view.context.undo_stack.count() == 0  # type: ignore[union-attr]


def test_create_then_undo_and_redo(view: ContactsView, demo_db: Database) -> None:
    before = view.model.total()
    view.dialog_runner = fill(name="Zoë Quast", email="zoe@example.org", phone="030 1234567")
    view.new_record()
    assert view.model.total() == before + 1
    new_id = view.selected_id()
    with demo_db.reader() as s:
        assert cs.get_contact(s, new_id).phone == "+49 30 1234567"  # type: ignore[arg-type]
    assert view.changes == ["contacts"]  # type: ignore[attr-defined]
    stack = view.context.undo_stack
    assert stack is not None
    stack.undo()
    assert view.model.total() == before
    stack.redo()
    assert view.model.total() == before + 1


def test_edit_with_enter_and_undo(qtbot: QtBot, view: ContactsView, demo_db: Database) -> None:
    cid = contact_id(demo_db, "Lena Köhler")
    view.select_record(cid)
    runner = fill(organisation="Köhler Agrar")
    view.dialog_runner = runner
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert runner.dialog.contact_id == cid  # type: ignore[attr-defined]
    row = view.model.row_of(cid)
    assert row is not None and view.model.index(row, 1).data() == "Köhler Agrar"
    assert view.selected_id() == cid
    view.context.undo_stack.undo()  # type: ignore[union-attr]
    with demo_db.reader() as s:
        assert cs.get_contact(s, cid).organisation == "Köhler Landtechnik"


def test_conflicting_save_keeps_the_input(
    view: ContactsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = contact_id(demo_db, "Lena Köhler")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    dialog = ContactDialog(demo_db, DEMO_TODAY, cid)
    with demo_db.session() as s:
        contact = cs.get_contact(s, cid)
        contact.notes = "anderswo geändert"
    dialog.organisation.setText("Meine Eingabe")
    assert not dialog.save()
    assert warnings and "inzwischen" in warnings[0]
    assert dialog.organisation.text() == "Meine Eingabe"
    dialog.deleteLater()


def _footprint(db: Database, cid: int) -> tuple[int, int, int]:
    with db.reader() as s:
        contacts = s.scalar(select(func.count()).where(Contact.id == cid)) or 0
        engagements = s.scalar(select(func.count()).where(Engagement.contact_id == cid)) or 0
        feedback = (
            s.scalar(
                select(func.count())
                .select_from(Feedback)
                .join(Engagement)
                .where(Engagement.contact_id == cid)
            )
            or 0
        )
        return contacts, engagements, feedback


def test_delete_asks_names_the_impact_and_undo_restores(
    qtbot: QtBot, view: ContactsView, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.reader() as s:
        cid = int(s.scalar(select(Engagement.contact_id).join(Feedback).limit(1)) or 0)
    before = _footprint(demo_db, cid)
    assert before[1] and before[2]
    asked: list[str] = []

    def question(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    view.select_record(cid)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _footprint(demo_db, cid) == before  # answered "No"
    assert "mitgelöscht" in asked[0] and "löschen?" in asked[0]
    view.delete_selected()
    assert _footprint(demo_db, cid) == (0, 0, 0)
    assert view.model.row_of(cid) is None
    view.context.undo_stack.undo()  # type: ignore[union-attr]
    assert _footprint(demo_db, cid) == before
    assert view.selected_id() == cid


def test_empty_database_explains_what_to_do(qtbot: QtBot, db: Database) -> None:
    widget = ContactsView(ViewContext(db=db, clock=DEMO_CLOCK))
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.table_stack.currentWidget() is widget.empty_label
    assert "Strg+N" in widget.empty_label.text()
    assert widget.count_label.text() == "0 Kontakte"


def test_main_window_menus_reach_the_contacts_view(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtCore import QSettings

    from empfehlung_desktop.ui.main_window import MainWindow

    window = MainWindow(
        demo_db, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), clock=DEMO_CLOCK
    )
    qtbot.addWidget(window)
    window.navigate("contacts")
    view = window.views["contacts"]
    assert isinstance(view, ContactsView)
    opened: list[QDialog] = []
    view.dialog_runner = lambda dialog: bool(opened.append(dialog))
    window.action_new.trigger()  # Ctrl+N
    assert len(opened) == 1 and opened[0].windowTitle() == "Neuer Kontakt"
    focused: list[bool] = []
    view.focus_search = lambda: focused.append(True)  # type: ignore[method-assign]
    window.action_find.trigger()  # Ctrl+F
    assert focused == [True]
    for dialog in opened:
        dialog.deleteLater()
