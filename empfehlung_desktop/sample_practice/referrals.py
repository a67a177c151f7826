"""Referrals of the sample practice, every direction and status, walked step by step.

Each referral is recorded and then moved through the workflow's own steps on the
days the story needs, so it can only reach states the app allows. Felix
Baumgärtner's outgoing referral is not here: it comes from declining his request
(see :mod:`engagements`).
"""

from __future__ import annotations

from empfehlung_desktop.model import (
    ContactInitiative,
    GiverTone,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
)
from empfehlung_desktop.sample_practice.builder import SampleBuilder
from empfehlung_desktop.services.referrals.referrals import ReferralData

S = ReferralStatus
D = ReferralDirection
Init = ContactInitiative
WON = ReferralOutcome.WON
COMPETENCE = ReferralReason.COMPETENCE


def _incoming(
    b: SampleBuilder,
    offset: int,
    giver: str,
    recipient: str,
    need: str,
    temperature: int,
    tone: GiverTone,
    note: str = "",
    **texts: str,
) -> int:
    data = ReferralData(
        D.INCOMING,
        need=need,
        temperature=temperature,
        giver_tone=tone,
        expectations=texts.get("expectations", ""),
        giver_statement=texts.get("giver_statement", ""),
    )
    return b.referral(data, offset, note, giver=giver, recipient=recipient)


def _passed_on(
    b: SampleBuilder,
    offset: int,
    recipient: str,
    need: str,
    reason: ReferralReason | None = COMPETENCE,
    expectations: str = "",
    *,
    introduce: str | None = None,
    note: str = "",
) -> int:
    """An outgoing referral, or with ``introduce`` an introduction of that person."""
    direction = D.INTRODUCTION if introduce else D.OUTGOING
    data = ReferralData(direction, need=need, reason=reason, expectations=expectations)
    return b.referral(data, offset, note, recipient=recipient, recommended=introduce)


def incoming_referrals(b: SampleBuilder) -> None:
    _incoming(
        b,
        -2,
        "Thomas Brandt",
        "Lena Köhler",
        "Neue Positionierung für das Familienunternehmen nach dem Generationswechsel.",
        4,
        GiverTone.EUPHORIC,
        "Anruf von Herrn Brandt",
        expectations="Möchte schnell ein neues Logo und einen frischen Auftritt.",
        giver_statement="„Frau Sommerfeld hat uns damals richtig weitergebracht.“",
    )
    rid = _incoming(
        b,
        -6,
        "Sabine Hoffmann",
        "Jörg Weißenfels",
        "Markenauftritt für eine neue Praxis für Physiotherapie.",
        2,
        GiverTone.NEUTRAL,
        "E-Mail mit Kontaktdaten",
        expectations="Klarheit, wofür die Praxis stehen soll.",
        giver_statement="Hat meinen Blog weitergeleitet und kurz erzählt.",
    )
    b.thank(rid, -5)
    b.advance(rid, S.MEETING_ARRANGED, -3, "Termin steht")
    rid = _incoming(
        b,
        -120,
        "Thomas Brandt",
        "Dr. Miriam Çelik",
        "Arztpraxis sucht eine klare Sprache für Patienten.",
        5,
        GiverTone.EUPHORIC,
    )
    b.thank(rid, -118)
    b.advance(rid, S.MEETING_ARRANGED, -110)
    b.advance(rid, S.WON, -100, "Auftrag erteilt")
    rid = _incoming(
        b,
        -80,
        "Ursula Krämer",
        "Piotr Wiśniewski",
        "Rebranding eines Handwerksbetriebs.",
        1,
        GiverTone.RESERVED,
    )
    b.advance(rid, S.LOST, -60, "Budget passt nicht")
    _incoming(
        b,
        -9,
        "Ursula Krämer",
        "Annika Vogt",
        "Start-up braucht eine Markengeschichte vor der Finanzierungsrunde.",
        5,
        GiverTone.NEUTRAL,
        "Beim Netzwerktreffen vorgestellt",
    )


def outgoing_referrals(b: SampleBuilder) -> None:
    """Every step of the three-step method, from "recorded" to closed or withdrawn."""
    rid = _passed_on(
        b,
        -5,
        "Greta Lindqvist",
        "Greta Lindqvist von der Nordlicht GmbH braucht Coaching für ihr Führungsteam.",
        expectations="Erfahrung mit Teams im Wachstum; Termine auch abends.",
    )
    b.consent(rid, True, -4, "mündlich im Telefonat", "Einwilligung mündlich")
    _anonymous_inquiry(b)
    rid = _passed_on(b, -30, "Oliver Dąbrowski", "Fotoshooting für die neue Website.")
    b.consent(rid, True, -29, "per E-Mail")
    b.ask(rid, "Stefan Ludwig", -28)
    b.answer(rid, True, -26, "Hat Zeit ab nächster Woche")
    b.match(
        rid,
        Init.PARTNER_CONTACTS_RECIPIENT,
        -25,
        contact_by=-21,
        follow_up=-4,
        note="Partner meldet sich bis Freitag",
    )
    _anonymous_match(b)
    rid = _passed_on(b, -90, "Bernd Albrecht", "Steuerliche Fragen zur Umstellung auf eine GmbH.")
    b.consent(rid, True, -89, "schriftlich")
    b.ask(rid, "Dr. Nina Petersen", -88)
    b.answer(rid, True, -86)
    b.match(rid, Init.PARTNER_CONTACTS_RECIPIENT, -85, contact_by=-80, follow_up=-64)
    b.advance(rid, S.CONTACTED, -70)
    b.follow_up(rid, WON, -60)
    b.close(rid, WON, -50, "Hat gut gepasst, Auftrag kam zustande")
    rid = _passed_on(b, -15, "Kerstin Maurer", "Imagefilm für einen Verein.")
    b.consent(rid, True, -14, "mündlich")
    b.ask(rid, "Stefan Ludwig", -13)
    b.answer(rid, False, -11, "Keine Kapazität bis Sommer")
    rid = _passed_on(
        b,
        -8,
        "Sophie Hartmann",
        "Die Texte der neuen Website sollen lektoriert werden.",
        expectations="Schnell, freundlich, mit Blick für Kosmetik-Kundinnen.",
    )
    b.consent(rid, True, -7, "per E-Mail", "Einwilligung per E-Mail")
    b.ask(rid, "Henrike Özdemir", -6, "Anonyme Anfrage geschickt")
    b.answer(rid, True, -1, "Hat Zeit ab Januar")
    rid = _passed_on(b, -60, "Fabian Roth", "Texte für eine Kampagne.", ReferralReason.EXPECTATIONS)
    b.advance(rid, S.WITHDRAWN, -58, "Hat sich anders entschieden")


def _anonymous_inquiry(b: SampleBuilder) -> None:
    """No consent to pass on details: the partner is asked without names."""
    rid = _passed_on(
        b,
        -12,
        "Hannah Schäfer",
        # On purpose full of personal details: the anonymous inquiry must hide them.
        "Hannah Schäfer (hannah.schaefer@example.org, 0761 555 123) sucht Hilfe "
        "bei der Gründung einer Beratungsfirma; Schäfer Consulting soll im Frühjahr starten.",
        ReferralReason.CAPACITY,
        "Pragmatisch, gründungserfahren, ohne lange Verträge.",
    )
    b.consent(rid, False, -11, "telefonisch", "Möchte anonym bleiben", anonymous=True)
    b.ask(rid, "Mareike Jansen", -10, "Anonyme Anfrage per E-Mail")


def _anonymous_match(b: SampleBuilder) -> None:
    """Without consent the recipient gets the partner's details and calls first."""
    rid = _passed_on(
        b,
        -40,
        "Zsófia Horváth",
        "Zsófia Horváth möchte sich als Trainerin selbstständig machen.",
        ReferralReason.ABSENCE,
    )
    b.consent(rid, False, -39, "mündlich", "Möchte anonym bleiben", anonymous=True)
    b.ask(rid, "Mareike Jansen", -38)
    b.answer(rid, True, -36)
    b.match(
        rid,
        Init.RECIPIENT_CONTACTS_PARTNER,
        -35,
        contact_by=-30,
        follow_up=0,
        note="Empfänger hat die Kontaktdaten des Partners erhalten",
    )
    b.advance(rid, S.CONTACTED, -20, "Erstes Gespräch hat stattgefunden")


def introductions(b: SampleBuilder) -> None:
    rid = _passed_on(
        b,
        -20,
        "Dr. Nina Petersen",
        "Zwei Selbstständige, die sich bei Gründungsberatungen ergänzen.",
        None,
        introduce="Mareike Jansen",
    )
    b.consent(rid, True, -19, "mündlich")
    b.ask(rid, "Mareike Jansen", -18)
    b.answer(rid, True, -17)
    b.match(
        rid,
        Init.JOINT_INTRODUCTION,
        -16,
        contact_by=-10,
        follow_up=-2,
        note="Gemeinsames Mittagessen vereinbart",
    )
    _passed_on(
        b,
        -3,
        "Stefan Ludwig",
        "Fotograf und Webentwickler könnten gemeinsam Pakete anbieten.",
        None,
        introduce="Łukasz Zieliński",
        note="Idee beim Stammtisch",
    )
    rid = _passed_on(
        b,
        -200,
        "Łukasz Zieliński",
        "Webentwickler sucht Steuerberaterin für Selbstständige.",
        None,
        introduce="Dr. Nina Petersen",
    )
    b.consent(rid, True, -199, "mündlich")
    b.ask(rid, "Dr. Nina Petersen", -198)
    b.answer(rid, True, -197)
    b.match(rid, Init.RECIPIENT_CONTACTS_PARTNER, -196, follow_up=-170)
    b.advance(rid, S.CONTACTED, -180)
    b.follow_up(rid, WON, -168)
    b.close(rid, WON, -150, "Arbeiten seither zusammen")
