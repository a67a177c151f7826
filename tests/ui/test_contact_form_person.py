"""The contact form as a person form: parts and display name, greeting, lists, duplicates."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from empfehlung_desktop.model import AddressForm, Contact, DetailKind, Salutation
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.contacts.form import ContactDialog
from tests.conftest import DEMO_TODAY


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    """Like typing; QTest cannot send non-ASCII keys, so those arrive as one edit."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.setText(widget.text() + text)
        widget.textEdited.emit(widget.text())


def _form(qtbot: QtBot, db: Database, contact_id: int | None = None) -> ContactDialog:
    dialog = ContactDialog(db, DEMO_TODAY, contact_id)
    qtbot.addWidget(dialog)
    return dialog


def test_typing_the_parts_composes_the_name_and_the_greeting(qtbot: QtBot, db: Database) -> None:
    dialog = _form(qtbot, db)
    dialog.salutation.setCurrentIndex(dialog.salutation.findData(Salutation.MS))
    qtbot.keyClicks(dialog.title_field.lineEdit(), "Dr.")
    qtbot.keyClicks(dialog.given_name, "Ewa")
    _type(qtbot, dialog.family_name, "Nowak-Schäfer")
    assert dialog.name.text() == "Dr. Ewa Nowak-Schäfer"
    assert "Sehr geehrte Frau Dr. Nowak-Schäfer," in dialog.greeting_preview.text()
    dialog.address_form.setCurrentIndex(dialog.address_form.findData(AddressForm.INFORMAL))
    assert "Liebe Ewa," in dialog.greeting_preview.text()
    qtbot.keyClicks(dialog.birthday, "15.03.")
    dialog.details.add_row()
    dialog.details.table.item(0, 2).setText("ewa@privat.example")  # type: ignore[union-attr]
    assert dialog.save()
    with db.reader() as s:
        contact = s.scalars(select(Contact)).one()
        assert (contact.name, contact.family_name, contact.birth_day, contact.birth_year) == (
            "Dr. Ewa Nowak-Schäfer",
            "Nowak-Schäfer",
            15,
            None,
        )
        assert [(d.kind, d.value) for d in contact.details] == [
            (DetailKind.EMAIL, "ewa@privat.example")
        ]


def test_typing_the_display_name_fills_the_parts(qtbot: QtBot, db: Database) -> None:
    dialog = _form(qtbot, db)
    _type(qtbot, dialog.name, "Herr Prof. Dr. Jürgen von Weiß")
    assert dialog.given_name.text() == "Jürgen"
    assert dialog.family_name.text() == "von Weiß"
    assert dialog.title_field.currentText() == "Prof. Dr."
    assert dialog.salutation.currentData() == Salutation.MR


def test_a_bad_birthday_stays_in_the_form_with_a_message(qtbot: QtBot, db: Database) -> None:
    dialog = _form(qtbot, db)
    qtbot.keyClicks(dialog.name, "Anna Berg")
    qtbot.keyClicks(dialog.birthday, "31.04.1980")
    assert not dialog.save()
    assert dialog.field_error("birthday")
    assert dialog.tabs.currentIndex() == 0
    with db.reader() as s:
        assert s.scalars(select(Contact)).all() == []


def test_a_duplicate_is_named_before_saving_and_saved_only_on_the_second_press(
    qtbot: QtBot, db: Database
) -> None:
    with db.session() as s:
        cs.create_contact(
            s, cs.ContactData(name="Jürgen Weiß", email="jw@example.org"), today=DEMO_TODAY
        )
    dialog = _form(qtbot, db)
    _type(qtbot, dialog.name, "J. Weiß")
    qtbot.keyClicks(dialog.email, "JW@example.org")
    assert not dialog.save()
    assert "Jürgen Weiß" in dialog.duplicate_warning.text()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "Trotzdem speichern"
    assert dialog.save()
    with db.reader() as s:
        assert len(s.scalars(select(Contact)).all()) == 2


def test_escape_with_unsaved_input_asks_first(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _form(qtbot, db)
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert asked == []
    dialog = _form(qtbot, db)
    dialog.show()
    qtbot.keyClicks(dialog.given_name, "Anna")
    dialog.reject()
    assert asked and dialog.isVisible()  # "Abbrechen" in the question keeps the form


def test_merge_from_the_list_keeps_one_contact_with_both_details(
    qtbot: QtBot, db: Database
) -> None:
    from PySide6.QtGui import QUndoStack

    from empfehlung_desktop.ui.contacts.merge_dialog import MergeDialog
    from empfehlung_desktop.ui.contacts.view import ContactsView
    from empfehlung_desktop.ui.context import ViewContext
    from tests.conftest import DEMO_CLOCK

    with db.session() as s:
        first = cs.create_contact(
            s, cs.ContactData(name="Jürgen Weiß", email="jw@example.org"), today=DEMO_TODAY
        ).id
        cs.create_contact(
            s,
            cs.ContactData(name="Dr. Jürgen Weiß", email="jw@example.org", phone="0761 123456"),
            today=DEMO_TODAY,
        )
    context = ViewContext(
        db=db, undo_stack=QUndoStack(), data_changed=lambda _v: None, clock=DEMO_CLOCK
    )
    view = ContactsView(context)
    qtbot.addWidget(view)
    view.refresh()
    seen: list[MergeDialog] = []

    def run(dialog: object) -> bool:
        assert isinstance(dialog, MergeDialog)
        seen.append(dialog)
        dialog._choices["name"].button(1).setChecked(True)  # take "Dr. Jürgen Weiß"
        return True

    view.dialog_runner = run  # type: ignore[assignment]
    view.select_record(first)
    view.merge_selected()  # one selected: its duplicate (same e-mail) is found
    assert seen
    with db.reader() as s:
        (contact,) = s.scalars(select(Contact)).all()
        assert (contact.id, contact.name, contact.phone) == (
            first,
            "Dr. Jürgen Weiß",
            "0761 123456",
        )
    # Strg+Z brings the other contact back; Strg+Y merges again.
    stack = context.undo_stack
    assert stack is not None
    assert stack.undoText() == "„Dr. Jürgen Weiß“ mit „Jürgen Weiß“ zusammenführen"
    stack.undo()
    with db.reader() as s:
        names = sorted(s.scalars(select(Contact.name)))
        assert names == ["Dr. Jürgen Weiß", "Jürgen Weiß"]
    assert view.model.total() == 2
    stack.redo()
    with db.reader() as s:
        assert s.scalars(select(Contact.name)).all() == ["Dr. Jürgen Weiß"]


def test_the_names_banner_leads_to_the_guessed_splits(qtbot: QtBot, db: Database) -> None:
    from PySide6.QtGui import QUndoStack

    from empfehlung_desktop.services import settings
    from empfehlung_desktop.ui.contacts.names_check import NamesCheckDialog
    from empfehlung_desktop.ui.contacts.view import ContactsView
    from empfehlung_desktop.ui.context import ViewContext
    from tests.conftest import DEMO_CLOCK

    with db.session() as s:
        cid = cs.create_contact(s, cs.ContactData(name="Anna Maria Garcia"), today=DEMO_TODAY).id
        settings.set_value(s, "contacts.names_to_check", [cid])
    context = ViewContext(
        db=db, undo_stack=QUndoStack(), data_changed=lambda _v: None, clock=DEMO_CLOCK
    )
    view = ContactsView(context)
    qtbot.addWidget(view)
    view.refresh()
    assert not view.names_banner.isHidden()
    assert view.names_banner.text().startswith("Bei einem Kontakt war nicht sicher")
    dialog = NamesCheckDialog(db, lambda _id: None)
    qtbot.addWidget(dialog)
    assert "Anna Maria Garcia" in dialog.list.item(0).text()
    with db.session() as s:  # saving the contact confirms its parts
        contact = cs.get_contact(s, cid)
        cs.update_contact(s, cid, cs.ContactData.from_contact(contact), today=DEMO_TODAY)
    view.refresh()
    assert view.names_banner.isHidden()


def test_a_display_name_other_than_its_parts_is_never_overwritten(
    qtbot: QtBot, db: Database
) -> None:
    with db.session() as s:
        cid = cs.create_contact(
            s,
            cs.ContactData(name="Maxl", title="Dr.", given_name="Max", family_name="Mustermann"),
            today=DEMO_TODAY,
        ).id
    dialog = _form(qtbot, db, cid)
    _type(qtbot, dialog.name, "l")  # "Maxll"
    assert dialog.family_name.text() == "Mustermann"
    qtbot.keyClicks(dialog.given_name, "i")
    assert dialog.name.text() == "Maxll"
    assert dialog.save()
    with db.reader() as s:
        contact = s.get(Contact, cid)
        assert contact is not None
        assert (contact.name, contact.given_name, contact.family_name) == (
            "Maxll",
            "Maxi",
            "Mustermann",
        )
