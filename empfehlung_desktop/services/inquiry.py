"""The anonymous inquiry (step 2): the text the practitioner sends to a partner.

It describes the challenge and the expectations in German and contains nothing
that identifies the recipient (see :mod:`anonymize`).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from sqlalchemy.orm import Session

from empfehlung_desktop.model import (
    Contact,
    PracticeProfile,
    Referral,
    ReferralDirection,
    ReferralReason,
)
from empfehlung_desktop.services.anonymize import (
    Identity,
    anonymize,
    contains_identifying,
    identifying_terms,
    mask_remaining,
)
from empfehlung_desktop.services.errors import UserError
from empfehlung_desktop.services.referrals import get_referral

SUBJECT = "Unverbindliche Anfrage: Hätten Sie Zeit für ein Anliegen aus meinem Netzwerk?"

_REASON_SENTENCE = {
    ReferralReason.CAPACITY: "Ich selbst habe dafür gerade keine freie Kapazität.",
    ReferralReason.COMPETENCE: "Das Thema liegt außerhalb meines Schwerpunkts.",
    ReferralReason.ABSENCE: "Ich bin in der fraglichen Zeit selbst nicht erreichbar.",
    ReferralReason.EXPECTATIONS: "Die Erwartungen passen besser zu Ihrem Angebot als zu meinem.",
}


@dataclass(frozen=True)
class Inquiry:
    """The partner-facing text, ready to copy or to send by email."""

    referral_id: int
    partner_name: str
    partner_email: str
    subject: str
    body: str

    def text(self) -> str:
        return f"Betreff: {self.subject}\n\n{self.body}"

    def mailto_url(self) -> str:
        """A mailto: URL (RFC 6068) with subject and body percent-encoded."""
        body = self.body.replace("\r\n", "\n").replace("\n", "\r\n")
        return (
            f"mailto:{quote(self.partner_email, safe='@')}"
            f"?subject={quote(self.subject, safe='')}&body={quote(body, safe='')}"
        )


def identity_of(contact: Contact) -> Identity:
    return Identity(
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        organisation=contact.organisation,
    )


def _recipient(referral: Referral) -> Contact:
    if referral.direction is ReferralDirection.INCOMING:
        raise UserError(
            f"Empfehlung {referral.id} ist eine eingehende Empfehlung. Eine anonyme Anfrage "
            "an einen Partner gibt es nur, wenn Sie selbst weiterempfehlen oder jemanden "
            "vorstellen."
        )
    if referral.recipient is None:
        raise UserError(
            f"Bei Empfehlung {referral.id} ist kein Empfänger eingetragen. Ohne ihn lässt "
            "sich nicht prüfen, ob die Anfrage wirklich anonym ist."
        )
    return referral.recipient


def _greeting(partner: Contact | None, identity: Identity) -> str:
    if partner is not None and partner.name and not contains_identifying(partner.name, identity):
        return f"Guten Tag {partner.name},"
    return "Guten Tag,"


def _signature(session: Session, identity: Identity) -> str:
    profile = session.get(PracticeProfile, 1)
    if profile is None or not profile.name or contains_identifying(profile.name, identity):
        return "Viele Grüße"
    return f"Viele Grüße\n{profile.name}"


def _opening(referral: Referral) -> str:
    if referral.direction is ReferralDirection.INTRODUCTION:
        return (
            "ich kenne jemanden, den ich Ihnen gern vorstellen würde, und möchte vorher "
            "unverbindlich fragen, ob das für Sie passt."
        )
    return (
        "in meinem Umfeld sucht jemand Unterstützung, und ich denke dabei an Sie. Bevor ich "
        "Kontakte weitergebe, frage ich unverbindlich an, ob das für Sie passt."
    )


def _closing(referral: Referral) -> str:
    if referral.consent_given is False or referral.anonymous:
        return (
            "Die Person möchte zunächst anonym bleiben. Wenn Sie zusagen, gebe ich ihr Ihre "
            "Kontaktdaten, und sie meldet sich bei Ihnen."
        )
    return (
        "Wenn Sie zusagen, bringe ich Sie beide zusammen und wir klären, wer sich bei wem meldet."
    )


def compose_body(referral: Referral, identity: Identity, greeting: str, signature: str) -> str:
    """The body, with need and expectations anonymised (no database access)."""
    need = anonymize(referral.need, identity).strip() or "(noch nicht beschrieben)"
    expectations = anonymize(referral.expectations, identity).strip()
    paragraphs = [greeting, _opening(referral)]
    reason = _REASON_SENTENCE.get(referral.reason) if referral.reason else None
    if reason and referral.direction is ReferralDirection.OUTGOING:
        paragraphs[-1] += " " + reason
    paragraphs.append(f"Worum es geht:\n{need}")
    if expectations:
        paragraphs.append(f"Was sich die Person von der Zusammenarbeit wünscht:\n{expectations}")
    paragraphs.append(
        "Hätten Sie Interesse und in nächster Zeit Kapazität? Über eine kurze Rückmeldung "
        "freue ich mich – auch ein ehrliches Nein hilft mir weiter."
    )
    paragraphs.append(_closing(referral))
    paragraphs.append(signature)
    body = "\n\n".join(paragraphs) + "\n"
    # The fixed wording could, by chance, contain a name part (someone called "Zeit").
    return mask_remaining(body, identifying_terms(identity))


def build_inquiry(session: Session, referral_id: int) -> Inquiry:
    """The anonymous inquiry for an outgoing referral or an introduction."""
    referral = get_referral(session, referral_id)
    recipient = _recipient(referral)
    identity = identity_of(recipient)
    partner = referral.recommended
    body = compose_body(
        referral, identity, _greeting(partner, identity), _signature(session, identity)
    )
    subject = mask_remaining(SUBJECT, identifying_terms(identity))
    return Inquiry(
        referral_id=referral.id,
        partner_name=partner.name if partner else "",
        partner_email=partner.email if partner else "",
        subject=subject,
        body=body,
    )
