from pytestqt.qtbot import QtBot

from empfehlung_desktop.model import Role
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.widgets.contact_picker import ContactPicker


def test_search_choose_and_clear(qtbot: QtBot, demo_db: Database) -> None:
    picker = ContactPicker(demo_db)
    qtbot.addWidget(picker)
    changes: list[object] = []
    picker.contactChanged.connect(changes.append)
    choices = picker.search("Brandt")
    assert choices == ["Thomas Brandt (Brandt Metallbau)"]
    picker.completer.activated.emit(choices[0])
    assert isinstance(picker.contact_id(), int)
    assert changes == [picker.contact_id()]
    picker.clear()
    assert picker.contact_id() is None and changes[-1] is None


def test_role_filter_and_preset(qtbot: QtBot, demo_db: Database) -> None:
    picker = ContactPicker(demo_db, role=Role.PARTNER)
    qtbot.addWidget(picker)
    assert picker.search("Brandt") == []
    names = picker.search("Jansen")
    assert names == ["Mareike Jansen (Jansen Gründungsberatung)"]
    picker.completer.activated.emit(names[0])
    chosen = picker.contact_id()
    other = ContactPicker(demo_db)
    qtbot.addWidget(other)
    other.set_contact_id(chosen)
    assert other.edit.text().startswith("Mareike Jansen") and other.contact_id() == chosen


def test_a_name_typed_exactly_counts_as_chosen(qtbot: QtBot, demo_db: Database) -> None:
    picker = ContactPicker(demo_db)
    qtbot.addWidget(picker)
    picker.edit.setText("matthias  groß")  # case and spaces as people type them
    chosen = picker.contact_id()
    assert chosen is not None
    other = ContactPicker(demo_db)
    qtbot.addWidget(other)
    other.set_contact_id(chosen)
    assert other.edit.text().startswith("Matthias Groß")
    picker.edit.setText("Matthias")  # not a whole name: nothing is guessed
    picker.edit.textEdited.emit("Matthias")
    assert picker.contact_id() is None


def test_typing_over_a_choice_unchooses_it(qtbot: QtBot, demo_db: Database) -> None:
    picker = ContactPicker(demo_db)
    qtbot.addWidget(picker)
    picker.completer.activated.emit(picker.search("Brandt")[0])
    assert picker.contact_id() is not None
    picker.edit.setText("Thomas Br")
    picker.edit.textEdited.emit("Thomas Br")
    assert picker.contact_id() is None
