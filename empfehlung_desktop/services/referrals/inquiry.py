"""The anonymous inquiry (step 2): the text the practitioner sends to a partner.

It describes the challenge and the expectations in German and contains nothing
that identifies the recipient (see :mod:`anonymize`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

from sqlalchemy.orm import Session

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.model import (
    Contact,
    PracticeProfile,
    Referral,
    ReferralDirection,
    ReferralReason,
)
from empfehlung_desktop.services.referrals.anonymize import (
    anonymize,
    anonymize_report,
    contains_identifying,
    mask_remaining,
)
from empfehlung_desktop.services.referrals.anonymize_terms import Identity, identifying_terms
from empfehlung_desktop.services.referrals.referrals import get_referral

SUBJECT = N_("Unverbindliche Anfrage: Hätten Sie Zeit für ein Anliegen aus meinem Netzwerk?")

_REASON_SENTENCE = {
    ReferralReason.CAPACITY: N_("Ich selbst habe dafür gerade keine freie Kapazität."),
    ReferralReason.COMPETENCE: N_("Das Thema liegt außerhalb meines Schwerpunkts."),
    ReferralReason.ABSENCE: N_("Ich bin in der fraglichen Zeit selbst nicht erreichbar."),
    ReferralReason.EXPECTATIONS: N_(
        "Die Erwartungen passen besser zu Ihrem Angebot als zu meinem."
    ),
}


@dataclass(frozen=True)
class Inquiry:
    """The partner-facing text, ready to copy or to send by email."""

    referral_id: int
    partner_name: str
    partner_email: str
    subject: str
    body: str
    # What was taken out of need and expectations ("Telefonnummer (1×)") and what
    # may still identify the person (places, rare roles, ages): shown before sending.
    removed: tuple[str, ...] = field(default=())
    warnings: tuple[str, ...] = field(default=())

    def text(self) -> str:
        return _("Betreff: {subject}").format(subject=self.subject) + f"\n\n{self.body}"

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
        profession=contact.profession,
    )


def _recipient(referral: Referral) -> Contact:
    if referral.direction is ReferralDirection.INCOMING:
        raise UserError(
            _(
                "Empfehlung {id} ist eine eingehende Empfehlung. Eine anonyme Anfrage an "
                "einen Partner gibt es nur, wenn Sie selbst weiterempfehlen oder "
                "jemanden vorstellen."
            ).format(id=referral.id)
        )
    if referral.recipient is None:
        raise UserError(
            _(
                "Bei Empfehlung {id} ist kein Empfänger eingetragen. Ohne ihn lässt sich "
                "nicht prüfen, ob die Anfrage wirklich anonym ist."
            ).format(id=referral.id)
        )
    return referral.recipient


def _greeting(partner: Contact | None, identity: Identity) -> str:
    if partner is not None and partner.name and not contains_identifying(partner.name, identity):
        return _("Guten Tag {name},").format(name=partner.name)
    return _("Guten Tag,")


def _signature(session: Session, identity: Identity) -> str:
    profile = session.get(PracticeProfile, 1)
    if profile is None or not profile.name or contains_identifying(profile.name, identity):
        return _("Viele Grüße")
    return _("Viele Grüße\n{name}").format(name=profile.name)


def _opening(referral: Referral) -> str:
    if referral.direction is ReferralDirection.INTRODUCTION:
        return _(
            "ich kenne jemanden, den ich Ihnen gern vorstellen würde, und möchte "
            "vorher unverbindlich fragen, ob das für Sie passt."
        )
    return _(
        "in meinem Umfeld sucht jemand Unterstützung, und ich denke dabei an "
        "Sie. Bevor ich Kontakte weitergebe, frage ich unverbindlich an, ob das "
        "für Sie passt."
    )


def _closing(referral: Referral) -> str:
    if referral.consent_given is False or referral.anonymous:
        return _(
            "Die Person möchte zunächst anonym bleiben. Wenn Sie zusagen, gebe ich "
            "ihr Ihre Kontaktdaten, und sie meldet sich bei Ihnen."
        )
    return _(
        "Wenn Sie zusagen, bringe ich Sie beide zusammen und wir klären, wer sich bei wem meldet."
    )


def compose_body(referral: Referral, identity: Identity, greeting: str, signature: str) -> str:
    """The body, with need and expectations anonymised (no database access)."""
    need = anonymize(referral.need, identity).strip() or _("(noch nicht beschrieben)")
    expectations = anonymize(referral.expectations, identity).strip()
    paragraphs = [greeting, _opening(referral)]
    reason = _REASON_SENTENCE.get(referral.reason) if referral.reason else None
    if reason and referral.direction is ReferralDirection.OUTGOING:
        paragraphs[-1] += " " + translate(reason)
    paragraphs.append(_("Worum es geht:\n{need}").format(need=need))
    if expectations:
        paragraphs.append(
            _("Was sich die Person von der Zusammenarbeit wünscht:\n{expectations}").format(
                expectations=expectations
            )
        )
    paragraphs.append(
        _(
            "Hätten Sie Interesse und in nächster Zeit Kapazität? Über eine kurze "
            "Rückmeldung freue ich mich – auch ein ehrliches Nein hilft mir weiter."
        )
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
    subject = mask_remaining(translate(SUBJECT), identifying_terms(identity))
    checked = anonymize_report(f"{referral.need}\n\n{referral.expectations}", identity)
    return Inquiry(
        referral_id=referral.id,
        partner_name=partner.name if partner else "",
        partner_email=partner.email if partner else "",
        subject=subject,
        body=body,
        removed=checked.removed,
        warnings=checked.warnings,
    )
