"""Stable English codes for every choice the app stores, with German labels.

The codes are what the database, the JSON exports and the CLI speak; the labels
are what people read. The UI passes labels through ``tr()`` with the context
``"enums"`` so that other languages can follow.
"""

from __future__ import annotations

from enum import IntFlag, StrEnum

from empfehlung_desktop.i18n import _


class LabeledEnum(StrEnum):
    """A string enum whose members carry a German label."""

    @property
    def label(self) -> str:
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def from_code(cls, code: str) -> LabeledEnum:
        """Return the member for ``code`` or raise ``ValueError`` in German."""
        try:
            return cls(code)
        except ValueError:
            allowed = ", ".join(m.value for m in cls)
            message = _("Unbekannter Wert „{code}“ (erlaubt: {allowed})")
            raise ValueError(message.format(code=code, allowed=allowed)) from None


class Role(IntFlag):
    """Roles a contact can hold, several at once (stored as a bit set)."""

    CLIENT = 1
    PROSPECT = 2
    PARTNER = 4
    REFERRER = 8

    @property
    def code(self) -> str:
        return _ROLE_CODES[self]

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]

    @classmethod
    def singles(cls) -> list[Role]:
        return [cls.CLIENT, cls.PROSPECT, cls.PARTNER, cls.REFERRER]

    @classmethod
    def from_code(cls, code: str) -> Role:
        for role, role_code in _ROLE_CODES.items():
            if role_code == code:
                return role
        allowed = ", ".join(_ROLE_CODES.values())
        message = _("Unbekannte Rolle „{code}“ (erlaubt: {allowed})")
        raise ValueError(message.format(code=code, allowed=allowed))

    @classmethod
    def from_codes(cls, codes: list[str] | tuple[str, ...]) -> Role:
        value = cls(0)
        for code in codes:
            value |= cls.from_code(code)
        return value

    def codes(self) -> list[str]:
        return [r.code for r in Role.singles() if r in self]

    def labels(self) -> list[str]:
        return [r.label for r in Role.singles() if r in self]


_ROLE_CODES = {
    Role.CLIENT: "client",
    Role.PROSPECT: "prospect",
    Role.PARTNER: "partner",
    Role.REFERRER: "referrer",
}
_ROLE_LABELS = {
    Role.CLIENT: "Kunde",
    Role.PROSPECT: "Interessent",
    Role.PARTNER: "Netzwerkpartner",
    Role.REFERRER: "Empfehlungsgeber",
}


class ContactSource(LabeledEnum):
    """How a contact came to the practitioner."""

    REFERRAL = "referral"
    BLOG = "blog"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    EVENT = "event"
    EXISTING = "existing"
    OTHER = "other"


class SpiralStage(LabeledEnum):
    """Stages of the referral spiral; ``dissatisfied`` is the negative branch."""

    EXPECTATION = "expectation"
    EXPERIENCE = "experience"
    SATISFACTION = "satisfaction"
    SYMPATHY = "sympathy"
    ENTHUSIASM = "enthusiasm"
    LOYALTY = "loyalty"
    DISSATISFIED = "dissatisfied"


class ReferralDirection(LabeledEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"
    INTRODUCTION = "introduction"


class ReferralStatus(LabeledEnum):
    """Status of a referral; incoming ones use the first four."""

    RECEIVED = "received"
    MEETING_ARRANGED = "meeting_arranged"
    WON = "won"
    LOST = "lost"
    RECORDED = "recorded"
    NEED_CLARIFIED = "need_clarified"
    PARTNER_ASKED = "partner_asked"
    PARTNER_ACCEPTED = "partner_accepted"
    PARTNER_DECLINED = "partner_declined"
    MATCHED = "matched"
    CONTACTED = "contacted"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


class GiverTone(LabeledEnum):
    """How the giver spoke of the practitioner."""

    RESERVED = "reserved"
    NEUTRAL = "neutral"
    EUPHORIC = "euphoric"


class ReferralReason(LabeledEnum):
    """Why the practitioner passes a prospect or client on."""

    CAPACITY = "capacity"
    COMPETENCE = "competence"
    ABSENCE = "absence"
    EXPECTATIONS = "expectations"
    OTHER = "other"


class ContactInitiative(LabeledEnum):
    """Who contacts whom after a match."""

    PARTNER_CONTACTS_RECIPIENT = "partner_contacts_recipient"
    RECIPIENT_CONTACTS_PARTNER = "recipient_contacts_partner"
    JOINT_INTRODUCTION = "joint_introduction"


class ReferralOutcome(LabeledEnum):
    WON = "won"
    LOST = "lost"
    OPEN = "open"


class EngagementStatus(LabeledEnum):
    REQUEST = "request"
    FIRST_MEETING = "first_meeting"
    ACTIVE = "active"
    COMPLETED = "completed"
    DECLINED = "declined"
    REFERRED = "referred"


class PriorKnowledge(LabeledEnum):
    """What a prospect had read or seen of the practitioner before meeting."""

    BLOG = "blog"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    BOOK_OR_TALK = "book_or_talk"
    NOTHING = "nothing"
    OTHER = "other"


class ExpectationFit(LabeledEnum):
    FITS = "fits"
    UNCLEAR = "unclear"
    DOES_NOT_FIT = "does_not_fit"


class QuotePermission(LabeledEnum):
    NAMED = "named"
    ANONYMOUS = "anonymous"
    NO = "no"


class FeedbackChannel(LabeledEnum):
    APP = "app"
    PDF_FORM = "pdf_form"


class AskResult(LabeledEnum):
    """What came of asking a client for a referral."""

    REFERRAL_GIVEN = "referral_given"
    PROMISED = "promised"
    NOT_NOW = "not_now"
    DECLINED = "declined"


class ConsentPurpose(LabeledEnum):
    """What a person consented to (GDPR Art. 7 records)."""

    SHARE_CONTACT_DETAILS = "share_contact_details"
    STORE_DATA = "store_data"
    QUOTE_FEEDBACK = "quote_feedback"
    NEWSLETTER = "newsletter"


class ConsentChannel(LabeledEnum):
    VERBAL = "verbal"
    EMAIL = "email"
    WRITTEN = "written"
    FORM = "form"
    OTHER = "other"


class ActivityKind(LabeledEnum):
    """How the practitioner was in touch with a person."""

    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    GIFT = "gift"
    NOTE = "note"


class Salutation(LabeledEnum):
    """How a letter addresses the person (Anrede)."""

    NONE = "none"
    MS = "ms"
    MR = "mr"


class AddressForm(LabeledEnum):
    """Whether the practitioner writes to the person with "Sie" or "du"."""

    FORMAL = "formal"
    INFORMAL = "informal"


class DetailKind(LabeledEnum):
    """Further ways to reach a person, beyond the main e-mail and phone."""

    EMAIL = "email"
    PHONE = "phone"
    WEB = "web"
    MESSENGER = "messenger"


class AgendaKind(LabeledEnum):
    """Kinds of items on the daily "Heute" list."""

    FOLLOW_UP = "follow_up"
    THANK_REFERRER = "thank_referrer"
    SEND_HANDOUT = "send_handout"
    REQUEST_FEEDBACK = "request_feedback"
    ASK_FOR_REFERRAL = "ask_for_referral"
    SPIRAL_SUGGESTION = "spiral_suggestion"
    KEEP_IN_TOUCH = "keep_in_touch"
    REMINDER = "reminder"
    BIRTHDAY = "birthday"


_LABELS: dict[str, dict[str, str]] = {
    "ContactSource": {
        "referral": "Empfehlung",
        "blog": "Blog",
        "website": "Website",
        "social_media": "Social Media",
        "event": "Veranstaltung",
        "existing": "Bestandskontakt",
        "other": "Sonstiges",
    },
    "SpiralStage": {
        "expectation": "Erwartung",
        "experience": "Erfahrung",
        "satisfaction": "Zufriedenheit",
        "sympathy": "Sympathie",
        "enthusiasm": "Begeisterung",
        "loyalty": "Loyalität",
        "dissatisfied": "Unzufriedenheit",
    },
    "ReferralDirection": {
        "incoming": "Eingehend",
        "outgoing": "Ausgehend",
        "introduction": "Vorstellung",
    },
    "ReferralStatus": {
        "received": "Eingegangen",
        "meeting_arranged": "Erstgespräch vereinbart",
        "won": "Auftrag",
        "lost": "Kein Auftrag",
        "recorded": "Erfasst",
        "need_clarified": "Bedarf geklärt",
        "partner_asked": "Partner angefragt",
        "partner_accepted": "Partner hat zugesagt",
        "partner_declined": "Partner hat abgesagt",
        "matched": "Vermittelt",
        "contacted": "Kontakt erfolgt",
        "closed": "Abgeschlossen",
        "withdrawn": "Zurückgezogen",
    },
    "GiverTone": {
        "reserved": "zurückhaltend",
        "neutral": "neutral",
        "euphoric": "euphorisch",
    },
    "ReferralReason": {
        "capacity": "Kapazität",
        "competence": "Kompetenz",
        "absence": "Abwesenheit",
        "expectations": "Erwartungen passen nicht",
        "other": "Sonstiges",
    },
    "ContactInitiative": {
        "partner_contacts_recipient": "Partner meldet sich beim Empfänger",
        "recipient_contacts_partner": "Empfänger meldet sich beim Partner",
        "joint_introduction": "Gemeinsames Kennenlernen",
    },
    "ReferralOutcome": {
        "won": "Auftrag",
        "lost": "Kein Auftrag",
        "open": "Offen",
    },
    "EngagementStatus": {
        "request": "Anfrage",
        "first_meeting": "Erstgespräch",
        "active": "Laufend",
        "completed": "Abgeschlossen",
        "declined": "Abgelehnt",
        "referred": "Weiterempfohlen",
    },
    "PriorKnowledge": {
        "blog": "Blog",
        "website": "Website",
        "social_media": "Social Media",
        "book_or_talk": "Buch oder Vortrag",
        "nothing": "Nichts",
        "other": "Sonstiges",
    },
    "ExpectationFit": {
        "fits": "Passt",
        "unclear": "Unklar",
        "does_not_fit": "Passt nicht",
    },
    "QuotePermission": {
        "named": "Mit Namen",
        "anonymous": "Anonym",
        "no": "Nein",
    },
    "FeedbackChannel": {
        "app": "In der App",
        "pdf_form": "PDF-Formular",
    },
    "AskResult": {
        "referral_given": "Empfehlung ausgesprochen",
        "promised": "Zugesagt",
        "not_now": "Gerade nicht",
        "declined": "Abgelehnt",
    },
    "ConsentPurpose": {
        "share_contact_details": "Kontaktdaten weitergeben",
        "store_data": "Daten speichern",
        "quote_feedback": "Feedback zitieren",
        "newsletter": "Newsletter",
    },
    "ConsentChannel": {
        "verbal": "Mündlich",
        "email": "E-Mail",
        "written": "Schriftlich",
        "form": "Formular",
        "other": "Sonstiges",
    },
    "Salutation": {"none": "keine Anrede", "ms": "Frau", "mr": "Herr"},
    "AddressForm": {"formal": "Sie", "informal": "du"},
    "DetailKind": {
        "email": "E-Mail",
        "phone": "Telefon",
        "web": "Website oder Profil",
        "messenger": "Messenger",
    },
    "ActivityKind": {
        "call": "Anruf",
        "email": "E-Mail",
        "meeting": "Treffen",
        "gift": "Karte oder kleines Geschenk",
        "note": "Notiz",
    },
    "AgendaKind": {
        "follow_up": "Nachfassen",
        "thank_referrer": "Danke sagen",
        "send_handout": "„Warum Sie“ senden",
        "request_feedback": "Feedback erbitten",
        "ask_for_referral": "Jetzt um Empfehlung bitten",
        "spiral_suggestion": "Stufe prüfen",
        "keep_in_touch": "Kontakt halten",
        "reminder": "Erinnerungen",
        "birthday": "Geburtstage",
    },
}
