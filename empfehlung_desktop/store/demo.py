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
    ConsentChannel,
    ConsentPurpose,
    ConsentRecord,
    Contact,
    ContactInitiative,
    ContactSource,
    Engagement,
    EngagementStatus,
    ExpectationFit,
    Feedback,
    FeedbackChannel,
    GiverTone,
    PracticeProfile,
    PriorKnowledge,
    QuotePermission,
    Referral,
    ReferralAsk,
    ReferralDirection,
    ReferralEvent,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
    Role,
    SpiralStage,
    SpiralStep,
    sort_key,
    utcnow,
)
from empfehlung_desktop.store.database import sync_id_sequences
from empfehlung_desktop.store.demo_data import (
    CLIENTS,
    FIRST_NAMES,
    LAST_NAMES,
    PARTNERS,
    PROFILE,
    PROSPECTS,
    REFERRERS,
    TOWNS,
)

R = Role
S = ReferralStatus


class _Builder:
    """Keeps the session, the day and name→contact lookups while building."""

    def __init__(self, session: Session, today: dt.date) -> None:
        self.session = session
        self.today = today
        self.by_name: dict[str, Contact] = {}

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    def contact(self, spec: dict[str, object]) -> Contact:
        name = str(spec["name"])
        contact = Contact(
            name=name,
            sort_name=sort_key(name),
            organisation=str(spec.get("organisation", "")),
            email=str(spec.get("email", "")),
            phone=str(spec.get("phone", "")),
            profession=str(spec.get("profession", "")),
            competences=str(spec.get("competences", "")),
            roles=spec.get("roles", R(0)),
            source=spec.get("source"),
            notes=str(spec.get("notes", "")),
            consent_share=bool(spec.get("consent", False)),
            consent_share_on=self.day(-60) if spec.get("consent") else None,
            data_origin="Beispieldaten",
        )
        referrer = spec.get("referred_by")
        if referrer:
            contact.referred_by = self.by_name[str(referrer)]
        self.session.add(contact)
        self.by_name[name] = contact
        stages = spec.get("stages")
        if isinstance(stages, list):
            self.spiral(contact, stages)
        if contact.consent_share:
            contact.consents.append(
                ConsentRecord(
                    purpose=ConsentPurpose.SHARE_CONTACT_DETAILS,
                    given_on=self.day(-60),
                    channel=ConsentChannel.VERBAL,
                    note="Im Gespräch zugestimmt",
                )
            )
        return contact

    def spiral(self, contact: Contact, stages: list[SpiralStage]) -> None:
        previous: SpiralStage | None = None
        for index, stage in enumerate(stages):
            # Evenly spaced over the past year, the latest step 30 days ago.
            contact.spiral_steps.append(
                SpiralStep(
                    changed_on=self.day(-30 - 60 * (len(stages) - 1 - index)),
                    stage=stage,
                    previous_stage=previous,
                    note="",
                )
            )
            previous = stage
        contact.spiral_stage = previous

    def referral(
        self,
        direction: ReferralDirection,
        path: list[tuple[ReferralStatus, int, str]],
        **values: object,
    ) -> Referral:
        """A referral that walked ``path`` (status, day offset, note) to its status."""
        people = {k: self.by_name[str(v)] for k, v in values.items() if k in _PEOPLE and v}
        plain = {k: v for k, v in values.items() if k not in _PEOPLE}
        referral = Referral(direction=direction, status=path[-1][0], **people, **plain)
        referral.referred_on = self.day(path[0][1])
        previous: ReferralStatus | None = None
        for status, offset, note in path:
            referral.events.append(
                ReferralEvent(
                    occurred_on=self.day(offset), from_status=previous, to_status=status, note=note
                )
            )
            previous = status
        self.session.add(referral)
        return referral


_PEOPLE = {"giver", "recommended", "recipient"}


def build_demo(session: Session, today: dt.date | None = None) -> None:
    """Fill an empty database with the sample practice."""
    builder = _Builder(session, today or dt.date.today())
    _profile(session)
    for group in (PARTNERS, REFERRERS, CLIENTS, PROSPECTS):
        for spec in group:
            builder.contact(spec)
    session.flush()
    _incoming_referrals(builder)
    _outgoing_referrals(builder)
    _introductions(builder)
    _engagements(builder)
    _asks(builder)
    session.flush()


def _profile(session: Session) -> None:
    session.add(PracticeProfile(id=1, **PROFILE))
    session.flush()
    sync_id_sequences(session, "practice_profile")


def _incoming_referrals(b: _Builder) -> None:
    inc = ReferralDirection.INCOMING
    b.referral(
        inc,
        [(S.RECEIVED, -2, "Anruf von Herrn Brandt")],
        giver="Thomas Brandt",
        recipient="Lena Köhler",
        need="Neue Positionierung für das Familienunternehmen nach dem Generationswechsel.",
        expectations="Möchte schnell ein neues Logo und einen frischen Auftritt.",
        giver_statement="„Frau Sommerfeld hat uns damals richtig weitergebracht.“",
        temperature=4,
        giver_tone=GiverTone.EUPHORIC,
    )
    b.referral(
        inc,
        [(S.RECEIVED, -6, "E-Mail mit Kontaktdaten"), (S.MEETING_ARRANGED, -3, "Termin steht")],
        giver="Sabine Hoffmann",
        recipient="Jörg Weißenfels",
        need="Markenauftritt für eine neue Praxis für Physiotherapie.",
        expectations="Klarheit, wofür die Praxis stehen soll.",
        giver_statement="Hat meinen Blog weitergeleitet und kurz erzählt.",
        temperature=2,
        giver_tone=GiverTone.NEUTRAL,
        thanked_on=b.day(-5),
    )
    b.referral(
        inc,
        [(S.RECEIVED, -120, ""), (S.MEETING_ARRANGED, -110, ""), (S.WON, -100, "Auftrag erteilt")],
        giver="Thomas Brandt",
        recipient="Dr. Miriam Çelik",
        need="Arztpraxis sucht eine klare Sprache für Patienten.",
        temperature=5,
        giver_tone=GiverTone.EUPHORIC,
        outcome=ReferralOutcome.WON,
        thanked_on=b.day(-118),
    )
    b.referral(
        inc,
        [(S.RECEIVED, -80, ""), (S.LOST, -60, "Budget passt nicht")],
        giver="Ursula Krämer",
        recipient="Piotr Wiśniewski",
        need="Rebranding eines Handwerksbetriebs.",
        temperature=1,
        giver_tone=GiverTone.RESERVED,
        outcome=ReferralOutcome.LOST,
    )
    b.referral(
        inc,
        [(S.RECEIVED, -9, "Beim Netzwerktreffen vorgestellt")],
        giver="Ursula Krämer",
        recipient="Annika Vogt",
        need="Start-up braucht eine Markengeschichte vor der Finanzierungsrunde.",
        temperature=5,
        giver_tone=GiverTone.NEUTRAL,
    )


def _outgoing_referrals(b: _Builder) -> None:
    out = ReferralDirection.OUTGOING
    b.referral(
        out,
        [(S.RECORDED, -1, "Anfrage passt nicht zu meinem Schwerpunkt")],
        recipient="Felix Baumgärtner",
        need="Sucht jemanden für Suchmaschinenoptimierung seines Onlineshops.",
        reason=ReferralReason.COMPETENCE,
    )
    b.referral(
        out,
        [(S.RECORDED, -5, ""), (S.NEED_CLARIFIED, -4, "Einwilligung mündlich")],
        recipient="Greta Lindqvist",
        need="Greta Lindqvist von der Nordlicht GmbH braucht Coaching für ihr Führungsteam.",
        expectations="Erfahrung mit Teams im Wachstum; Termine auch abends.",
        reason=ReferralReason.COMPETENCE,
        consent_given=True,
        consent_on=b.day(-4),
        consent_how="mündlich im Telefonat",
    )
    b.referral(
        out,
        [
            (S.RECORDED, -12, ""),
            (S.NEED_CLARIFIED, -11, "Möchte anonym bleiben"),
            (S.PARTNER_ASKED, -10, "Anonyme Anfrage per E-Mail"),
        ],
        recipient="Hannah Schäfer",
        recommended="Mareike Jansen",
        need="Hannah Schäfer (hannah.schaefer@example.org, 0761 555 123) sucht Hilfe "
        "bei der Gründung einer Beratungsfirma; Schäfer Consulting soll im Frühjahr starten.",
        expectations="Pragmatisch, gründungserfahren, ohne lange Verträge.",
        reason=ReferralReason.CAPACITY,
        consent_given=False,
        consent_on=b.day(-11),
        consent_how="telefonisch",
        anonymous=True,
    )
    b.referral(
        out,
        [
            (S.RECORDED, -30, ""),
            (S.NEED_CLARIFIED, -29, ""),
            (S.PARTNER_ASKED, -28, ""),
            (S.PARTNER_ACCEPTED, -26, "Hat Zeit ab nächster Woche"),
            (S.MATCHED, -25, "Partner meldet sich bis Freitag"),
        ],
        recipient="Oliver Dąbrowski",
        recommended="Stefan Ludwig",
        need="Fotoshooting für die neue Website.",
        reason=ReferralReason.COMPETENCE,
        consent_given=True,
        consent_on=b.day(-29),
        consent_how="per E-Mail",
        initiative=ContactInitiative.PARTNER_CONTACTS_RECIPIENT,
        contact_by=b.day(-21),
        follow_up_on=b.day(-4),
    )
    b.referral(
        out,
        [
            (S.RECORDED, -40, ""),
            (S.NEED_CLARIFIED, -39, "Möchte anonym bleiben"),
            (S.PARTNER_ASKED, -38, ""),
            (S.PARTNER_ACCEPTED, -36, ""),
            (S.MATCHED, -35, "Empfänger hat die Kontaktdaten des Partners erhalten"),
            (S.CONTACTED, -20, "Erstes Gespräch hat stattgefunden"),
        ],
        recipient="Zsófia Horváth",
        recommended="Mareike Jansen",
        need="Zsófia Horváth möchte sich als Trainerin selbstständig machen.",
        reason=ReferralReason.ABSENCE,
        consent_given=False,
        consent_on=b.day(-39),
        consent_how="mündlich",
        anonymous=True,
        initiative=ContactInitiative.RECIPIENT_CONTACTS_PARTNER,
        contact_by=b.day(-30),
        follow_up_on=b.day(0),
    )
    b.referral(
        out,
        [
            (S.RECORDED, -90, ""),
            (S.NEED_CLARIFIED, -89, ""),
            (S.PARTNER_ASKED, -88, ""),
            (S.PARTNER_ACCEPTED, -86, ""),
            (S.MATCHED, -85, ""),
            (S.CONTACTED, -70, ""),
            (S.CLOSED, -50, "Hat gut gepasst, Auftrag kam zustande"),
        ],
        recipient="Bernd Albrecht",
        recommended="Dr. Nina Petersen",
        need="Steuerliche Fragen zur Umstellung auf eine GmbH.",
        reason=ReferralReason.COMPETENCE,
        consent_given=True,
        consent_on=b.day(-89),
        consent_how="schriftlich",
        initiative=ContactInitiative.PARTNER_CONTACTS_RECIPIENT,
        contact_by=b.day(-80),
        follow_up_on=b.day(-64),
        followed_up_on=b.day(-60),
        outcome=ReferralOutcome.WON,
    )
    b.referral(
        out,
        [
            (S.RECORDED, -15, ""),
            (S.NEED_CLARIFIED, -14, ""),
            (S.PARTNER_ASKED, -13, ""),
            (S.PARTNER_DECLINED, -11, "Keine Kapazität bis Sommer"),
        ],
        recipient="Kerstin Maurer",
        recommended="Stefan Ludwig",
        need="Imagefilm für einen Verein.",
        reason=ReferralReason.COMPETENCE,
        consent_given=True,
        consent_on=b.day(-14),
        consent_how="mündlich",
    )
    b.referral(
        out,
        [
            (S.RECORDED, -8, ""),
            (S.NEED_CLARIFIED, -7, "Einwilligung per E-Mail"),
            (S.PARTNER_ASKED, -6, "Anonyme Anfrage geschickt"),
            (S.PARTNER_ACCEPTED, -1, "Hat Zeit ab Januar"),
        ],
        recipient="Sophie Hartmann",
        recommended="Henrike Özdemir",
        need="Die Texte der neuen Website sollen lektoriert werden.",
        expectations="Schnell, freundlich, mit Blick für Kosmetik-Kundinnen.",
        reason=ReferralReason.COMPETENCE,
        consent_given=True,
        consent_on=b.day(-7),
        consent_how="per E-Mail",
    )
    b.referral(
        out,
        [(S.RECORDED, -60, ""), (S.WITHDRAWN, -58, "Hat sich anders entschieden")],
        recipient="Fabian Roth",
        need="Texte für eine Kampagne.",
        reason=ReferralReason.EXPECTATIONS,
    )


def _introductions(b: _Builder) -> None:
    intro = ReferralDirection.INTRODUCTION
    b.referral(
        intro,
        [
            (S.RECORDED, -20, ""),
            (S.NEED_CLARIFIED, -19, ""),
            (S.PARTNER_ASKED, -18, ""),
            (S.PARTNER_ACCEPTED, -17, ""),
            (S.MATCHED, -16, "Gemeinsames Mittagessen vereinbart"),
        ],
        recipient="Dr. Nina Petersen",
        recommended="Mareike Jansen",
        need="Zwei Selbstständige, die sich bei Gründungsberatungen ergänzen.",
        consent_given=True,
        consent_on=b.day(-19),
        consent_how="mündlich",
        initiative=ContactInitiative.JOINT_INTRODUCTION,
        contact_by=b.day(-10),
        follow_up_on=b.day(-2),
    )
    b.referral(
        intro,
        [(S.RECORDED, -3, "Idee beim Stammtisch")],
        recipient="Stefan Ludwig",
        recommended="Łukasz Zieliński",
        need="Fotograf und Webentwickler könnten gemeinsam Pakete anbieten.",
    )
    b.referral(
        intro,
        [
            (S.RECORDED, -200, ""),
            (S.NEED_CLARIFIED, -199, ""),
            (S.PARTNER_ASKED, -198, ""),
            (S.PARTNER_ACCEPTED, -197, ""),
            (S.MATCHED, -196, ""),
            (S.CONTACTED, -180, ""),
            (S.CLOSED, -150, "Arbeiten seither zusammen"),
        ],
        recipient="Łukasz Zieliński",
        recommended="Dr. Nina Petersen",
        need="Webentwickler sucht Steuerberaterin für Selbstständige.",
        consent_given=True,
        consent_on=b.day(-199),
        consent_how="mündlich",
        initiative=ContactInitiative.RECIPIENT_CONTACTS_PARTNER,
        follow_up_on=b.day(-170),
        followed_up_on=b.day(-168),
        outcome=ReferralOutcome.WON,
    )


def _engagements(b: _Builder) -> None:
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
        handout_sent_at=utcnow() - dt.timedelta(days=1),
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


def _completed_engagements(b: _Builder, eng: Callable[..., Engagement], now: dt.datetime) -> None:
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


def _asks(b: _Builder) -> None:
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
