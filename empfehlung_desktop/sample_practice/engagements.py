"""Requests, engagements and feedback of the sample practice, and two referral asks.

Each engagement starts as a request and moves through the engagement flow on the
days the story needs; feedback and testimonials go through the feedback service.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from empfehlung_desktop.model import (
    AgendaKind,
    AskResult,
    Contact,
    ContactSource,
    EngagementStatus,
    ExpectationFit,
    FeedbackChannel,
    PriorKnowledge,
    QuotePermission,
    ReferralReason,
)
from empfehlung_desktop.sample_practice.builder import SampleBuilder
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.services.today import actions

E = EngagementStatus
Fit = ExpectationFit


def _request(b: SampleBuilder, name: str, title: str, **meeting: Any) -> int:
    """A new request for ``name``; ``meeting`` fills the Erstgespräch capture."""
    engagement = engagement_service.create_engagement(b.session, b.id(name), title)
    if meeting:
        data = replace(engagement_service.MeetingData.from_engagement(engagement), **meeting)
        engagement_service.update_meeting(b.session, engagement.id, data)
    return engagement.id


def _move(b: SampleBuilder, engagement_id: int, *steps: tuple[EngagementStatus, int]) -> None:
    for status, offset in steps:
        engagement_service.change_status(b.session, engagement_id, status, today=b.day(offset))


def open_requests(b: SampleBuilder) -> None:
    """Requests and first meetings to come, one running engagement, two that ended early."""
    now = dt.datetime.combine(b.today, dt.time(10, 0))
    hours = dt.timedelta(hours=1)
    days = dt.timedelta(days=1)
    eid = _request(
        b,
        "Lena Köhler",
        "Positionierung nach Generationswechsel",
        first_meeting_at=now + 3 * days + 4 * hours,
        need="Neue Positionierung für das Familienunternehmen.",
        prior_knowledge=PriorKnowledge.NOTHING,
    )
    _move(b, eid, (E.FIRST_MEETING, -2))
    eid = _request(
        b,
        "Jörg Weißenfels",
        "Marke für die neue Praxis",
        first_meeting_at=now + 9 * days - hours,
        prior_knowledge=PriorKnowledge.BLOG,
        need="Klarheit, wofür die Praxis stehen soll.",
    )
    _move(b, eid, (E.FIRST_MEETING, -3))
    _request(
        b,
        "Annika Vogt",
        "Markengeschichte vor der Finanzierungsrunde",
        first_meeting_at=now + 12 * days,
    )
    _request(b, "Fabian Roth", "Kampagnentexte")
    eid = _request(
        b,
        "Jana Schulte",
        "Website-Relaunch",
        first_meeting_at=now + 5 * days + 2 * hours,
        prior_knowledge=PriorKnowledge.WEBSITE,
    )
    _move(b, eid, (E.FIRST_MEETING, -4))
    engagement_service.mark_handout_sent(b.session, eid, now - days)
    eid = _request(
        b,
        "Dr. Miriam Çelik",
        "Patientensprache für die Praxis",
        first_meeting_at=now - 105 * days,
        prior_knowledge=PriorKnowledge.NOTHING,
        problem="Patienten verstehen die Angebote der Praxis nicht.",
        frustrations="Viele Rückfragen am Empfang.",
        wishes="Eine Sprache, die Vertrauen schafft.",
        expectation_fit=Fit.FITS,
    )
    _move(b, eid, (E.FIRST_MEETING, -110), (E.ACTIVE, -100))
    eid = _request(
        b,
        "Piotr Wiśniewski",
        "Rebranding Handwerksbetrieb",
        first_meeting_at=now - 65 * days,
        expectation_fit=Fit.DOES_NOT_FIT,
        notes="Erwartete ein fertiges Logo in einer Woche.",
    )
    _move(b, eid, (E.FIRST_MEETING, -70), (E.DECLINED, -60))
    _declined_and_referred(b)


def _declined_and_referred(b: SampleBuilder) -> None:
    """Outside her focus: declined, and the outgoing referral recorded in one step."""
    eid = _request(
        b,
        "Felix Baumgärtner",
        "Onlineshop",
        need="Sucht jemanden für Suchmaschinenoptimierung seines Onlineshops.",
        expectation_fit=Fit.DOES_NOT_FIT,
        notes="Braucht SEO, nicht Markenberatung – weiterempfohlen.",
    )
    engagement_service.decline_and_refer(
        b.session,
        eid,
        ReferralReason.COMPETENCE,
        "Anfrage passt nicht zu meinem Schwerpunkt",
        today=b.day(-1),
    )


# name, fit, score (0-10), expectations met (1-5), may quote, first time, works better, benefit
_ANSWERS: list[tuple[str, ExpectationFit, int, int, QuotePermission, str, str, str]] = [
    (
        "Markus Engel",
        Fit.FITS,
        10,
        5,
        QuotePermission.NAMED,
        "Zum ersten Mal kann ich in zwei Sätzen sagen, wofür wir stehen.",
        "Angebote schreiben geht doppelt so schnell.",
        "Sie hört zu und bringt es dann auf den Punkt.",
    ),
    (
        "Claudia Neumann",
        Fit.FITS,
        9,
        5,
        QuotePermission.ANONYMOUS,
        "Ich traue mich, höhere Preise zu nennen.",
        "Kunden verstehen sofort, was ich anbiete.",
        "Klarheit statt Bauchgefühl.",
    ),
    (
        "Dirk Wagner",
        Fit.UNCLEAR,
        7,
        3,
        QuotePermission.NO,
        "Wir haben zum ersten Mal eine gemeinsame Sprache im Team.",
        "Die Website ist übersichtlicher.",
        "Solide Arbeit, manchmal etwas langsam.",
    ),
    (
        "Ayşe Demir",
        Fit.DOES_NOT_FIT,
        4,
        2,
        QuotePermission.NO,
        "",
        "Wenig – ich hatte mir ein fertiges Konzept erhofft.",
        "Eher Workshop als Lösung.",
    ),
    (
        "Katarzyna Nowak",
        Fit.FITS,
        10,
        5,
        QuotePermission.NAMED,
        "Ich kann Aufträge ablehnen, die nicht zu mir passen.",
        "Meine Akquise fühlt sich nicht mehr wie Betteln an.",
        "Sie hat mir geholfen, meine Marke zu finden – ehrlich & klar.",
    ),
]


def completed_engagements(b: SampleBuilder) -> None:
    """Five finished engagements with feedback, then two still waiting for it."""
    now = dt.datetime.combine(b.today, dt.time(10, 0))
    for index, (name, fit, score, met, permission, first, better, benefit) in enumerate(_ANSWERS):
        ended = -30 - 25 * index
        contact = b.session.get(Contact, b.id(name))
        reads_blog = contact is not None and contact.source is ContactSource.BLOG
        eid = _request(
            b,
            name,
            "Markenentwicklung",
            first_meeting_at=now - dt.timedelta(days=150 + 25 * index),
            expectation_fit=fit,
            prior_knowledge=PriorKnowledge.BLOG if reads_blog else None,
        )
        _move(b, eid, (E.FIRST_MEETING, ended - 120), (E.ACTIVE, ended - 100), (E.COMPLETED, ended))
        outcome = feedback_service.add_feedback(
            b.session,
            feedback_service.FeedbackData(
                engagement_id=eid,
                received_on=b.day(ended + 6),
                first_time=first,
                works_better=better,
                benefit=benefit,
                expectations_met=met,
                recommend_score=score,
                quote_permission=permission,
                channel=FeedbackChannel.PDF_FORM if index % 2 else FeedbackChannel.APP,
            ),
            today=b.today,
        )
        if permission is QuotePermission.NAMED:
            feedback_service.approve_testimonial(b.session, outcome.feedback_id, benefit)
    # Finished without feedback: one long enough ago to ask, one just now.
    for name, ended in (("Tobias Richter", -14), ("Helga Schmitt", -2)):
        eid = _request(
            b,
            name,
            "Markenworkshop",
            first_meeting_at=now + dt.timedelta(days=ended - 90),
            expectation_fit=Fit.FITS,
        )
        _move(b, eid, (E.FIRST_MEETING, ended - 90), (E.ACTIVE, ended - 80), (E.COMPLETED, ended))


def referral_asks(b: SampleBuilder) -> None:
    """Asked for a referral, as "erledigt" on the Heute list records it."""
    asks = (
        ("Markus Engel", -20, AskResult.REFERRAL_GIVEN, "Hat Annika Vogt erwähnt"),
        ("Sabine Hoffmann", -200, AskResult.PROMISED, ""),
    )
    for name, offset, result, note in asks:
        actions.complete(
            b.session,
            AgendaKind.ASK_FOR_REFERRAL,
            b.id(name),
            b.day(offset),
            result=result,
            note=note,
        )
