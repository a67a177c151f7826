"""Two people edit the same contact at once: the second save is refused, nothing is lost.

Runs on SQLite and (with EMPFEHLUNG_TEST_PG_URL) on PostgreSQL, with real
sessions on separate connections of the same database.
"""

import datetime as dt
import threading

import pytest

from empfehlung_desktop.errors import ConflictError
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.store.database import Database

DAY = dt.date(2026, 3, 1)
CONFLICT = "inzwischen an anderer Stelle geändert"


def make(db: Database, name: str) -> int:
    with db.session() as s:
        return cs.create_contact(s, cs.ContactData(name=name), today=DAY).id


def save_notes(db: Database, cid: int, notes: str, version: int) -> None:
    with db.session() as s:
        data = cs.ContactData.from_contact(cs.get_contact(s, cid))
        data.notes = notes
        cs.update_contact(s, cid, data, expected_version=version, today=DAY)


def test_save_over_a_newer_version_is_refused_and_nothing_lost(db: Database) -> None:
    cid = make(db, "Clara Vogt")
    # The practitioner opens the contact; her read stays open while she types.
    with db.reader() as alice:
        form = cs.ContactData.from_contact(cs.get_contact(alice, cid))
        loaded_version = cs.get_contact(alice, cid).version
        # Meanwhile the assistant saves the same contact on another connection.
        with db.session() as bob:
            theirs = cs.ContactData.from_contact(cs.get_contact(bob, cid))
            theirs.phone = "030 7654321"
            cs.update_contact(bob, cid, theirs, expected_version=loaded_version, today=DAY)
    form.notes = "Rückruf vereinbart"
    with pytest.raises(ConflictError, match=CONFLICT), db.session() as s:
        cs.update_contact(s, cid, form, expected_version=loaded_version, today=DAY)
    with db.reader() as s:
        stored = cs.get_contact(s, cid)
        assert (stored.phone, stored.notes) == ("+49 30 7654321", "")
        assert stored.version == loaded_version + 1
    # She reloads, enters her note again and saves: both changes are kept.
    save_notes(db, cid, "Rückruf vereinbart", loaded_version + 1)
    with db.reader() as s:
        stored = cs.get_contact(s, cid)
        assert (stored.phone, stored.notes) == ("+49 30 7654321", "Rückruf vereinbart")


def test_flush_over_a_row_changed_meanwhile_is_refused(db: Database) -> None:
    """Both units of work are open at once; the later flush finds the row changed."""
    if db.engine.dialect.name == "sqlite":
        pytest.skip("SQLite lässt nur eine schreibende Transaktion zu (BEGIN IMMEDIATE).")
    cid = make(db, "Emil Roth")
    with db.session() as alice:
        mine = cs.get_contact(alice, cid)
        version = mine.version
        save_notes(db, cid, "vom Kollegen", version)  # commits on its own connection
        data = cs.ContactData.from_contact(mine)
        data.notes = "von mir"
        with pytest.raises(ConflictError, match=CONFLICT):
            cs.update_contact(alice, cid, data, today=DAY)
        alice.rollback()
    with db.reader() as s:
        assert cs.get_contact(s, cid).notes == "vom Kollegen"


def test_two_simultaneous_saves_exactly_one_wins(db: Database) -> None:
    """Two threads save the same loaded version at the same moment."""
    cid = make(db, "Dora Keller")
    with db.reader() as s:
        version = cs.get_contact(s, cid).version
    start = threading.Barrier(2, timeout=20)
    outcome: dict[str, str] = {}

    def save(who: str) -> None:
        try:
            start.wait()
            save_notes(db, cid, f"Notiz von {who}", version)
            outcome[who] = "saved"
        except ConflictError:
            outcome[who] = "refused"
        except Exception as exc:  # reported by the assertion below
            outcome[who] = f"error: {exc!r}"

    threads = [threading.Thread(target=save, args=(who,)) for who in ("Anna", "Ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcome.values()) == ["refused", "saved"], outcome
    winner = next(who for who, result in outcome.items() if result == "saved")
    with db.reader() as s:
        stored = cs.get_contact(s, cid)
        assert stored.notes == f"Notiz von {winner}"
        assert stored.version == version + 1
