"""One search for everything, on the demo practice."""

from __future__ import annotations

from empfehlung_desktop.model import ActivityKind, Contact
from empfehlung_desktop.services import search_all
from empfehlung_desktop.services.contacts import activities
from empfehlung_desktop.services.today import reminders
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY


def test_finds_each_kind_grouped_and_limited(demo_db: Database) -> None:
    with demo_db.session() as s:
        ewa = s.query(Contact).filter(Contact.name == "Ursula Krämer").one()
        activities.add_activity(
            s,
            ewa.id,
            ActivityKind.CALL,
            DEMO_TODAY,
            "Quittenmarmelade mitgebracht",
            today=DEMO_TODAY,
        )
        reminders.add_reminder(
            s, "Quittenrezept schicken", DEMO_TODAY, today=DEMO_TODAY, contact_id=ewa.id
        )
        ewa_id, first = ewa.id, "Krämer"
    with demo_db.reader() as s:
        hits = search_all.search_everything(s, first, today=DEMO_TODAY, per_kind=3)
        kinds = [h.kind for h in hits]
        assert kinds == sorted(kinds, key=search_all.KINDS.index)
        assert {"contact", "referral"} <= set(kinds)
        assert all(kinds.count(k) <= 3 for k in search_all.KINDS)
        assert ("contacts", ewa_id) in [(h.view, h.record_id) for h in hits if h.kind == "contact"]
        quince = search_all.search_everything(s, "Quitten", today=DEMO_TODAY)
        assert {(h.kind, h.view, h.record_id) for h in quince} == {
            ("activity", "contacts", ewa_id),
            ("reminder", "contacts", ewa_id),
        }
        assert quince[0].to_dict()["title"] == ewa.name
        assert search_all.search_everything(s, "Q", today=DEMO_TODAY) == []
        # Two letters: word starts of people, and their records (no text scan).
        short = search_all.search_everything(s, "Ur", today=DEMO_TODAY)
        assert {"contact", "referral", "activity", "reminder"} <= {h.kind for h in short}
        assert search_all.search_everything(s, "zzqxw", today=DEMO_TODAY) == []
