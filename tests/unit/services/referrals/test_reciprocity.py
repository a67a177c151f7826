import datetime as dt

from empfehlung_desktop.model import (
    Referral,
    ReferralDirection,
    ReferralStatus,
    Role,
)
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.referrals import reciprocity as rc
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

D = ReferralDirection
S = ReferralStatus
TODAY = dt.date(2026, 6, 1)


def test_given_received_introductions_per_partner(db: Database) -> None:
    with db.session() as s:

        def person(name: str, roles: Role = Role.PARTNER, **kw: str) -> int:
            return cs.create_contact(
                s, cs.ContactData(name=name, roles=roles, **kw), today=DEMO_TODAY
            ).id

        anna = person("Anna Berater", competences="Gründung, Förderung", profession="Beraterin")
        bob = person("Bob Fotograf", profession="Fotograf")
        person("Carla Still", profession="Lektorin")
        client = person("Dora Kundin", Role.CLIENT)
        other = person("Emil Kunde", Role.CLIENT)

        def ref(direction: D, status: S, days_ago: int, **people: int) -> None:
            s.add(
                Referral(
                    direction=direction,
                    status=status,
                    referred_on=TODAY - dt.timedelta(days=days_ago),
                    **people,
                )
            )

        ref(D.OUTGOING, S.MATCHED, 10, recommended_id=anna, recipient_id=client)
        ref(D.OUTGOING, S.CLOSED, 400, recommended_id=anna, recipient_id=other)
        ref(D.OUTGOING, S.PARTNER_DECLINED, 5, recommended_id=anna, recipient_id=other)
        ref(D.OUTGOING, S.WITHDRAWN, 5, recommended_id=bob, recipient_id=other)
        ref(D.INCOMING, S.RECEIVED, 3, giver_id=anna, recipient_id=other)
        ref(D.INCOMING, S.WON, 500, giver_id=bob, recipient_id=client)
        ref(D.INTRODUCTION, S.RECORDED, 20, recipient_id=anna, recommended_id=bob)
    with db.reader() as s:
        result = {e.name: e for e in rc.reciprocity(s, TODAY)}
        assert set(result) == {"Anna Berater", "Bob Fotograf", "Carla Still"}
        anna_x = result["Anna Berater"]
        assert (anna_x.given, anna_x.received, anna_x.introductions) == (2, 1, 1)
        assert (anna_x.given_12m, anna_x.received_12m) == (1, 1)
        assert anna_x.last_exchange == TODAY - dt.timedelta(days=3)
        bob_x = result["Bob Fotograf"]
        assert (bob_x.given, bob_x.received, bob_x.introductions) == (0, 1, 1)
        assert (bob_x.given_12m, bob_x.received_12m, bob_x.introductions_12m) == (0, 0, 1)
        carla = result["Carla Still"]
        assert (carla.given, carla.received, carla.last_exchange) == (0, 0, None)
        d = anna_x.to_dict()
        assert d["partner_id"] == anna_x.contact_id and d["given"] == 2 and d["received"] == 1
        assert not any("saldo" in k or "balance" in k for k in d)

        found = rc.find_partners(s, "Förder", TODAY)
        assert [c.exchange.name for c in found] == ["Anna Berater"]
        assert found[0].last_referral_on == TODAY - dt.timedelta(days=3)
        assert found[0].last_referral_direction is D.INCOMING
        assert [c.exchange.name for c in rc.find_partners(s, "Fotograf", TODAY)] == ["Bob Fotograf"]
        assert rc.find_partners(s, "Kundin", TODAY) == []  # clients are no partners
