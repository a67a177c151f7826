"""A believable sample practice: Katrin Sommerfeld, brand consultant in Freiburg.

Deterministic for a given day: every date is relative to ``today`` so the daily
list always has something due. ``add_generated_contacts`` bulk-inserts many
plain contacts for scale tests.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    AskResult,
    Contact,
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    Feedback,
    FeedbackChannel,
    PracticeProfile,
    PriorKnowledge,
    QuotePermission,
    ReferralAsk,
    ReferralStatus,
    Role,
    SpiralStage,
    sort_key,
    utcnow,
)
from empfehlung_desktop.store.database import sync_id_sequences
from empfehlung_desktop.store.demo_builder import DemoBuilder
from empfehlung_desktop.store.demo_data import CLIENTS, PARTNERS, PROFILE, REFERRERS
from empfehlung_desktop.store.demo_people import FIRST_NAMES, LAST_NAMES, PROSPECTS, TOWNS
from empfehlung_desktop.store.demo_referrals import (
    incoming_referrals,
    introductions,
    outgoing_referrals,
)

R = Role
S = ReferralStatus


def build_demo(session: Session, today: dt.date) -> None:
    """Fill an empty database with the sample practice."""
    builder = DemoBuilder(session, today)
    _profile(session)
    for group in (PARTNERS, REFERRERS, CLIENTS, PROSPECTS):
        for spec in group:
            builder.contact(spec)
    session.flush()
    incoming_referrals(builder)
    outgoing_referrals(builder)
    introductions(builder)
    _engagements(builder)
    _asks(builder)
    session.flush()


def _profile(session: Session) -> None:
    session.add(PracticeProfile(id=1, **PROFILE))
    session.flush()
    sync_id_sequences(session, "practice_profile")


def _engagements(b: DemoBuilder) -> None:
    now = dt.datetime.combine(b.today, dt.time(10, 0))

    def eng(name: str, status: EngagementStatus, **values: object) -> Engagement:
        contact = b.by_name[name]
        values.setdefault("source", contact.source)
        values.setdefault("referred_by_id", contact.referred_by_id)
        engagement = Engagement(contact=contact, status=status, **values)
        b.session.add(engagement)
        return engagement

    eng(
        "Lena Köhler",
        EngagementStatus.FIRST_MEETING,
        title="Positionierung nach Generationswechsel",
        first_meeting_at=now + dt.timedelta(days=3, hours=4),
        need="Neue Positionierung für das Familienunternehmen.",
        prior_knowledge=PriorKnowledge.NOTHING,
    )
    eng(
        "Jörg Weißenfels",
        EngagementStatus.FIRST_MEETING,
        title="Marke für die neue Praxis",
        first_meeting_at=now + dt.timedelta(days=9, hours=-1),
        prior_knowledge=PriorKnowledge.BLOG,
        need="Klarheit, wofür die Praxis stehen soll.",
    )
    eng(
        "Annika Vogt",
        EngagementStatus.REQUEST,
        title="Markengeschichte vor der Finanzierungsrunde",
        first_meeting_at=now + dt.timedelta(days=12),
    )
    eng("Fabian Roth", EngagementStatus.REQUEST, title="Kampagnentexte")
    eng(
        "Jana Schulte",
        EngagementStatus.FIRST_MEETING,
        title="Website-Relaunch",
        first_meeting_at=now + dt.timedelta(days=5, hours=2),
        handout_sent_at=now - dt.timedelta(days=1),
        prior_knowledge=PriorKnowledge.WEBSITE,
    )
    eng(
        "Dr. Miriam Çelik",
        EngagementStatus.ACTIVE,
        title="Patientensprache für die Praxis",
        first_meeting_at=now - dt.timedelta(days=105),
        started_on=b.day(-100),
        prior_knowledge=PriorKnowledge.NOTHING,
        problem="Patienten verstehen die Angebote der Praxis nicht.",
        frustrations="Viele Rückfragen am Empfang.",
        wishes="Eine Sprache, die Vertrauen schafft.",
        expectation_fit=ExpectationFit.FITS,
    )
    eng(
        "Piotr Wiśniewski",
        EngagementStatus.DECLINED,
        title="Rebranding Handwerksbetrieb",
        first_meeting_at=now - dt.timedelta(days=65),
        expectation_fit=ExpectationFit.DOES_NOT_FIT,
        notes="Erwartete ein fertiges Logo in einer Woche.",
    )
    eng(
        "Felix Baumgärtner",
        EngagementStatus.REFERRED,
        title="Onlineshop",
        expectation_fit=ExpectationFit.DOES_NOT_FIT,
        notes="Braucht SEO, nicht Markenberatung – weiterempfohlen.",
    )
    _completed_engagements(b, eng, now)


def _completed_engagements(
    b: DemoBuilder, eng: Callable[..., Engagement], now: dt.datetime
) -> None:
    done = EngagementStatus.COMPLETED
    answers = [
        (
            "Markus Engel",
            ContactSource.REFERRAL,
            ExpectationFit.FITS,
            10,
            5,
            QuotePermission.NAMED,
            "Zum ersten Mal kann ich in zwei Sätzen sagen, wofür wir stehen.",
            "Angebote schreiben geht doppelt so schnell.",
            "Sie hört zu und bringt es dann auf den Punkt.",
        ),
        (
            "Claudia Neumann",
            ContactSource.BLOG,
            ExpectationFit.FITS,
            9,
            5,
            QuotePermission.ANONYMOUS,
            "Ich traue mich, höhere Preise zu nennen.",
            "Kunden verstehen sofort, was ich anbiete.",
            "Klarheit statt Bauchgefühl.",
        ),
        (
            "Dirk Wagner",
            ContactSource.WEBSITE,
            ExpectationFit.UNCLEAR,
            7,
            3,
            QuotePermission.NO,
            "Wir haben zum ersten Mal eine gemeinsame Sprache im Team.",
            "Die Website ist übersichtlicher.",
            "Solide Arbeit, manchmal etwas langsam.",
        ),
        (
            "Ayşe Demir",
            ContactSource.REFERRAL,
            ExpectationFit.DOES_NOT_FIT,
            4,
            2,
            QuotePermission.NO,
            "",
            "Wenig – ich hatte mir ein fertiges Konzept erhofft.",
            "Eher Workshop als Lösung.",
        ),
        (
            "Katarzyna Nowak",
            ContactSource.BLOG,
            ExpectationFit.FITS,
            10,
            5,
            QuotePermission.NAMED,
            "Ich kann Aufträge ablehnen, die nicht zu mir passen.",
            "Meine Akquise fühlt sich nicht mehr wie Betteln an.",
            "Sie hat mir geholfen, meine Marke zu finden – ehrlich & klar.",
        ),
    ]
    for index, (name, source, fit, score, met, permission, first, better, benefit) in enumerate(
        answers
    ):
        ended = b.day(-30 - 25 * index)
        engagement = eng(
            name,
            done,
            title="Markenentwicklung",
            first_meeting_at=now - dt.timedelta(days=150 + 25 * index),
            started_on=ended - dt.timedelta(days=100),
            ended_on=ended,
            expectation_fit=fit,
            source=source,
            prior_knowledge=PriorKnowledge.BLOG if source is ContactSource.BLOG else None,
            feedback_received_on=ended + dt.timedelta(days=6),
            feedback_token=f"demo-{index + 1:04d}",
        )
        b.session.add(
            Feedback(
                engagement=engagement,
                received_on=ended + dt.timedelta(days=6),
                first_time=first,
                works_better=better,
                benefit=benefit,
                expectations_met=met,
                recommend_score=score,
                quote_permission=permission,
                channel=FeedbackChannel.PDF_FORM if index % 2 else FeedbackChannel.APP,
                testimonial_approved=permission is QuotePermission.NAMED,
                testimonial_text=benefit if permission is QuotePermission.NAMED else "",
            )
        )
    # Finished without feedback: one long enough ago to ask, one just now.
    for name, ended_offset in (("Tobias Richter", -14), ("Helga Schmitt", -2)):
        eng(
            name,
            done,
            title="Markenworkshop",
            first_meeting_at=now + dt.timedelta(days=ended_offset - 90),
            started_on=b.day(ended_offset - 80),
            ended_on=b.day(ended_offset),
            expectation_fit=ExpectationFit.FITS,
        )


def _asks(b: DemoBuilder) -> None:
    b.session.add(
        ReferralAsk(
            contact=b.by_name["Markus Engel"],
            asked_on=b.day(-20),
            result=AskResult.REFERRAL_GIVEN,
            note="Hat Annika Vogt erwähnt",
        )
    )
    b.session.add(
        ReferralAsk(
            contact=b.by_name["Sabine Hoffmann"],
            asked_on=b.day(-200),
            result=AskResult.PROMISED,
        )
    )


def add_generated_contacts(session: Session, count: int, seed: int = 7) -> int:
    """Bulk-insert ``count`` generated contacts in batches; return how many."""
    rng = random.Random(seed)
    stages = [None, *list(SpiralStage)]
    sources = list(ContactSource)
    professions = ["Coach", "Berater", "Trainerin", "Grafikerin", "Steuerberater", "Fotograf"]
    start = int(session.scalar(select(func.coalesce(func.max(Contact.id), 0))) or 0)
    now = utcnow()
    batch: list[dict[str, object]] = []
    for i in range(count):
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        batch.append(
            {
                "id": start + i + 1,
                "name": name,
                "sort_name": sort_key(name),
                "organisation": f"{last} {rng.choice(['GmbH', 'KG', '& Partner', 'Beratung'])}",
                "email": f"{sort_key(first)}.{sort_key(last)}{i}@example.org".replace(" ", ""),
                "phone": f"+49 761 {rng.randint(100000, 9999999)}",
                "profession": rng.choice(professions),
                "competences": "",
                "roles": int(rng.choice(Role.singles())),
                "source": rng.choice(sources).value,
                "spiral_stage": (s.value if (s := rng.choice(stages)) else None),
                "notes": f"Aus {rng.choice(TOWNS)}",
                "consent_share": False,
                "data_origin": "Generierte Testdaten",
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
        if len(batch) >= 5000:
            session.execute(insert(Contact), batch)
            batch = []
    if batch:
        session.execute(insert(Contact), batch)
    sync_id_sequences(session, "contact")
    return count
