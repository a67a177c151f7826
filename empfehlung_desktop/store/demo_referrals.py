"""Referrals of the sample practice: every direction and every status."""

from __future__ import annotations

from empfehlung_desktop.model import (
    ContactInitiative,
    GiverTone,
    ReferralDirection,
    ReferralOutcome,
    ReferralReason,
    ReferralStatus,
)
from empfehlung_desktop.store.demo_builder import DemoBuilder

S = ReferralStatus


def incoming_referrals(b: DemoBuilder) -> None:
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


def outgoing_referrals(b: DemoBuilder) -> None:
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


def introductions(b: DemoBuilder) -> None:
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
