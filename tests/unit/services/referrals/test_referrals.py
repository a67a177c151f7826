import datetime as dt

import pytest
from sqlalchemy import select

from empfehlung_desktop.errors import TransitionError, ValidationError
from empfehlung_desktop.model import (
    ContactInitiative,
    GiverTone,
    ReferralDirection,
    ReferralEvent,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    Role,
)
from empfehlung_desktop.services import settings
from empfehlung_desktop.services.contacts import contacts as cs
from empfehlung_desktop.services.referrals import referrals as rs
from empfehlung_desktop.services.referrals import workflow as wf
from empfehlung_desktop.store.database import Database
from tests.conftest import DEMO_TODAY

D = ReferralDirection
S = ReferralStatus
DAY = dt.date(2026, 3, 2)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    ids = {}
    with db.session() as s:
        for key, name, roles in (
            ("giver", "Thomas Brandt", Role.CLIENT | Role.REFERRER),
            ("prospect", "Lena Köhler", Role.PROSPECT),
            ("client", "Hannah Schäfer", Role.CLIENT),
            ("partner", "Mareike Jansen", Role.PARTNER),
            ("partner2", "Stefan Ludwig", Role.PARTNER),
        ):
            ids[key] = cs.create_contact(
                s, cs.ContactData(name=name, roles=roles), today=DEMO_TODAY
            ).id
    return ids


def outgoing(db: Database, people: dict[str, int], **extra: object) -> int:
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.OUTGOING,
            recipient_id=people["client"],
            need="Sucht Hilfe bei der Gründung.",
            reason=ReferralReason.CAPACITY,
            **extra,  # type: ignore[arg-type]
        )
        return rs.create_referral(s, data, today=DAY).id


def events(db: Database, referral_id: int) -> list[tuple[S | None, S, str]]:
    with db.reader() as s:
        rows = s.scalars(
            select(ReferralEvent)
            .where(ReferralEvent.referral_id == referral_id)
            .order_by(ReferralEvent.id)
        )
        return [(e.from_status, e.to_status, e.note) for e in rows]


def test_incoming_needs_giver_prospect_and_temperature(
    db: Database, people: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        rs.create_referral(
            s, rs.ReferralData(direction=D.INCOMING, temperature=7), today=DEMO_TODAY
        )
    assert {"giver_id", "recipient_id", "temperature"} <= set(info.value.fields)
    assert "zwischen 1" in info.value.fields["temperature"]
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.INCOMING,
            giver_id=people["giver"],
            recipient_id=people["prospect"],
            temperature=4,
            giver_tone=GiverTone.EUPHORIC,
            giver_statement="Hat uns weitergebracht",
        )
        referral = rs.create_referral(s, data, today=DAY)
        assert referral.status is S.RECEIVED and referral.recommended_id is None
        rid = referral.id
    assert events(db, rid) == [(None, S.RECEIVED, "")]


def test_outgoing_needs_reason_and_no_giver(db: Database, people: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        data = rs.ReferralData(
            direction=D.OUTGOING, giver_id=people["giver"], recipient_id=people["client"]
        )
        rs.create_referral(s, data, today=DEMO_TODAY)
    assert {"giver_id", "reason", "need"} <= set(info.value.fields)


def test_introduction_needs_two_different_people(db: Database, people: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as info, db.session() as s:
        data = rs.ReferralData(
            direction=D.INTRODUCTION,
            recipient_id=people["partner"],
            recommended_id=people["partner"],
            need="x",
        )
        rs.create_referral(s, data, today=DEMO_TODAY)
    assert "people" in info.value.fields
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.INTRODUCTION,
            recipient_id=people["partner"],
            recommended_id=people["partner2"],
            need="Könnten gemeinsam Pakete anbieten",
        )
        assert rs.create_referral(s, data, today=DEMO_TODAY).status is S.RECORDED


def test_full_three_step_path_writes_an_event_per_step(
    db: Database, people: dict[str, int]
) -> None:
    rid = outgoing(db, people)
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY, "mündlich")
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY, note="hat Zeit")
        r = wf.match(
            s, rid, ContactInitiative.PARTNER_CONTACTS_RECIPIENT, DAY + dt.timedelta(3), on=DAY
        )
        assert r.follow_up_on == DAY + dt.timedelta(days=21)
        wf.advance(s, rid, S.CONTACTED, "Telefoniert", on=DAY)
        r = wf.record_follow_up(s, rid, ReferralOutcome.WON, on=DAY + dt.timedelta(21))
        assert r.status is S.CLOSED and r.followed_up_on and r.outcome is ReferralOutcome.WON
    steps = [(a, b) for a, b, _ in events(db, rid)]
    assert steps == [
        (None, S.RECORDED),
        (S.RECORDED, S.NEED_CLARIFIED),
        (S.NEED_CLARIFIED, S.PARTNER_ASKED),
        (S.PARTNER_ASKED, S.PARTNER_ACCEPTED),
        (S.PARTNER_ACCEPTED, S.MATCHED),
        (S.MATCHED, S.CONTACTED),
        (S.CONTACTED, S.CLOSED),
    ]
    assert events(db, rid)[3][2] == "hat Zeit"


def test_follow_up_days_come_from_the_setting(db: Database, people: dict[str, int]) -> None:
    rid = outgoing(db, people)
    with db.session() as s:
        settings.set_value(s, "referrals.follow_up_days", 10)
        wf.record_consent(s, rid, True, DAY, "per E-Mail")
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY)
        r = wf.match(s, rid, ContactInitiative.JOINT_INTRODUCTION, None, on=DAY)
        assert r.follow_up_on == DAY + dt.timedelta(days=10)


@pytest.mark.parametrize(
    "target",
    [S.MATCHED, S.PARTNER_ASKED, S.CLOSED, S.CONTACTED, S.PARTNER_ACCEPTED],
)
def test_illegal_jumps_are_refused_in_german_and_change_nothing(
    db: Database, people: dict[str, int], target: S
) -> None:
    rid = outgoing(db, people)
    with pytest.raises(TransitionError, match="nicht direkt") as info, db.session() as s:
        wf.advance(s, rid, target, on=DAY)
    assert "Möglich sind jetzt" in str(info.value)
    with db.reader() as s:
        assert rs.get_referral(s, rid).status is S.RECORDED
    assert len(events(db, rid)) == 1


def test_match_without_consent_only_the_anonymous_way(db: Database, people: dict[str, int]) -> None:
    rid = outgoing(db, people)
    with db.session() as s:
        r = wf.record_consent(s, rid, False, DAY, "telefonisch")
        assert r.anonymous  # no consent: only the anonymous way is open
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY)
    with pytest.raises(TransitionError, match="anonym") as info, db.session() as s:
        wf.match(s, rid, ContactInitiative.PARTNER_CONTACTS_RECIPIENT, None, on=DAY)
    assert "Empfänger meldet sich beim Partner" in str(info.value)
    with db.session() as s:
        r = rs.get_referral(s, rid)
        assert r.status is S.PARTNER_ACCEPTED and r.initiative is None
        wf.match(s, rid, ContactInitiative.RECIPIENT_CONTACTS_PARTNER, None, on=DAY)


def test_declined_partner_then_ask_another(db: Database, people: dict[str, int]) -> None:
    rid = outgoing(db, people)
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY, "mündlich")
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_DECLINED, on=DAY, note="keine Zeit")
        r = wf.ask_partner(s, rid, people["partner2"], on=DAY)
        assert r.status is S.PARTNER_ASKED and r.recommended_id == people["partner2"]


def test_consent_step_needs_how_and_refuses_recipient_as_partner(
    db: Database, people: dict[str, int]
) -> None:
    rid = outgoing(db, people)
    with pytest.raises(ValidationError), db.session() as s:
        wf.record_consent(s, rid, True, DAY, "  ")
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY, "mündlich")
    with pytest.raises(ValidationError), db.session() as s:
        wf.ask_partner(s, rid, people["client"], on=DAY)


def test_closing_needs_an_outcome_and_incoming_outcome(
    db: Database, people: dict[str, int]
) -> None:
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.INCOMING,
            giver_id=people["giver"],
            recipient_id=people["prospect"],
            temperature=3,
        )
        rid = rs.create_referral(s, data, today=DAY).id
        wf.advance(s, rid, S.MEETING_ARRANGED, on=DAY)
        r = wf.advance(s, rid, S.WON, on=DAY)
        assert r.outcome is ReferralOutcome.WON
    with pytest.raises(TransitionError, match="abgeschlossen"), db.session() as s:
        wf.advance(s, rid, S.LOST, on=DAY)


def test_thanks_only_for_incoming(db: Database, people: dict[str, int]) -> None:
    rid = outgoing(db, people)
    with pytest.raises(ValidationError), db.session() as s:
        wf.thank_giver(s, rid, on=DAY)
    with db.session() as s:
        data = rs.ReferralData(
            direction=D.INCOMING,
            giver_id=people["giver"],
            recipient_id=people["prospect"],
            temperature=2,
        )
        inc = rs.create_referral(s, data, today=DAY).id
        r = wf.thank_giver(s, inc, on=DAY, note="Blumen geschickt")
        assert r.thanked_on == DAY and r.thanks_note == "Blumen geschickt"
    assert events(db, inc)[-1] == (S.RECEIVED, S.RECEIVED, "Danke gesagt: Blumen geschickt")


def test_due_list_and_filters(db: Database, people: dict[str, int]) -> None:
    rid = outgoing(db, people)
    other = outgoing(db, people)
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY, "mündlich")
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY)
        wf.match(s, rid, ContactInitiative.JOINT_INTRODUCTION, None, on=DAY)
    later = DAY + dt.timedelta(days=21)
    with db.reader() as s:
        assert rs.count_due(s, later - dt.timedelta(days=1)) == 0
        rows = rs.fetch_rows(s, rs.ReferralQuery(due_only=True, today=later))
        assert [(r.id, r.due, r.recommended_name) for r in rows] == [(rid, True, "Mareike Jansen")]
        assert rs.count_due(s, later) == 1
        rows = rs.fetch_rows(s, rs.ReferralQuery(status=S.RECORDED, today=later))
        assert [r.id for r in rows] == [other]
        assert rs.fetch_rows(s, rs.ReferralQuery(direction=D.INCOMING, today=DEMO_TODAY)) == []
        newest = rs.fetch_rows(s, rs.ReferralQuery(today=DEMO_TODAY), limit=1)
        assert [r.id for r in newest] == [other] and rs.count_rows(
            s, rs.ReferralQuery(today=DEMO_TODAY)
        ) == 2
        d = rs.referral_to_dict(rs.get_referral(s, rid), later)
        assert d["due"] is True and d["direction"] == "outgoing"
        assert d["follow_up_on"] == later.isoformat() and d["recommended_id"] == people["partner"]
    with db.session() as s:
        wf.record_follow_up(s, rid, ReferralOutcome.OPEN, on=later, close=False)
    with db.reader() as s:
        assert rs.count_due(s, later) == 0
        assert rs.get_referral(s, rid).status is S.MATCHED


def test_anonymous_wish_with_consent_still_needs_the_recipient_to_call(
    db: Database, people: dict[str, int]
) -> None:
    rid = outgoing(db, people)
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY, "mündlich", anonymous=True)
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY)
    with pytest.raises(TransitionError, match="anonym"), db.session() as s:
        wf.match(s, rid, ContactInitiative.JOINT_INTRODUCTION, None, on=DAY)


def test_a_step_cannot_precede_the_referral_or_the_step_before(
    db: Database, people: dict[str, int]
) -> None:
    rid = outgoing(db, people)
    before = DAY - dt.timedelta(days=1)
    with (
        pytest.raises(ValidationError, match=r"vor der Empfehlung \(02\.03\.2026\)"),
        db.session() as s,
    ):
        wf.record_consent(s, rid, True, before, "mündlich")
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY + dt.timedelta(days=3), "mündlich")
        wf.ask_partner(s, rid, people["partner"], on=DAY + dt.timedelta(days=3))
    # A partner's yes dated years earlier (2020) is refused and changes nothing.
    with (
        pytest.raises(ValidationError, match=r"letzten Schritt \(05\.03\.2026\)") as info,
        db.session() as s,
    ):
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=dt.date(2020, 5, 4))
    assert set(info.value.fields) == {"on"}
    with db.reader() as s:
        assert rs.get_referral(s, rid).status is S.PARTNER_ASKED


def test_a_follow_up_cannot_precede_the_match(db: Database, people: dict[str, int]) -> None:
    rid = outgoing(db, people)
    match_day = DAY + dt.timedelta(days=2)
    with db.session() as s:
        wf.record_consent(s, rid, True, DAY, "mündlich")
        wf.ask_partner(s, rid, people["partner"], on=DAY)
        wf.advance(s, rid, S.PARTNER_ACCEPTED, on=DAY)
        wf.match(s, rid, ContactInitiative.JOINT_INTRODUCTION, None, on=match_day)
    with pytest.raises(ValidationError) as info, db.session() as s:
        wf.record_follow_up(s, rid, ReferralOutcome.WON, on=DAY)
    assert set(info.value.fields) == {"followed_up_on"}
    with db.reader() as s:
        assert rs.get_referral(s, rid).followed_up_on is None


def test_thanks_before_the_referral_and_a_referral_in_the_future_are_refused(
    db: Database, people: dict[str, int]
) -> None:
    data = rs.ReferralData(
        direction=D.INCOMING,
        giver_id=people["giver"],
        recipient_id=people["prospect"],
        temperature=2,
        referred_on=DAY + dt.timedelta(days=1),
    )
    with pytest.raises(ValidationError, match="Zukunft") as info, db.session() as s:
        rs.create_referral(s, data, today=DAY)
    assert set(info.value.fields) == {"referred_on"}
    with db.session() as s:
        inc = rs.create_referral(s, data, today=DAY + dt.timedelta(days=1)).id
    with pytest.raises(ValidationError, match="Dank"), db.session() as s:
        wf.thank_giver(s, inc, on=DAY)


def test_search_finds_people_need_and_notes(demo_db: Database) -> None:
    def found(text: str) -> list[str]:
        with demo_db.reader() as s:
            rows = rs.fetch_rows(s, rs.ReferralQuery(DEMO_TODAY, text=text))
        return sorted({r.recipient_name or "" for r in rows})

    assert found("Köhler") == ["Lena Köhler"]  # the recipient's name
    assert "Lena Köhler" in found("Brandt")  # the giver's name
    assert found("Physiotherapie") == ["Jörg Weißenfels"]  # words of the need
    assert found("Brandt Generationswechsel") == ["Lena Köhler"]  # every word must match
    assert found("zzzz") == []
    with demo_db.reader() as s:
        assert rs.count_rows(s, rs.ReferralQuery(DEMO_TODAY, text="Köhler")) == 1
