"""What goes onto a "Warum Sie" handout, assembled from the database as plain data.

:mod:`empfehlung_desktop.reports.handout` turns a :class:`HandoutData` into a
PDF; keeping the two apart makes the PDF a pure function (fast to test and
benchmark) and keeps ReportLab out of every path that does not build a PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import Contact, Engagement, Feedback, QuotePermission, Referral
from empfehlung_desktop.services.engagements import profile as profile_service
from empfehlung_desktop.services.engagements.engagements import get_engagement
from empfehlung_desktop.services.engagements.profile import EXAMPLE_PREFIX, ProfileData, Section
from empfehlung_desktop.transliterate import ascii_spelling

SAMPLE_PROSPECT = "Alexandra Beispiel"
# A testimonial on a one-page handout stays short; longer ones are not cut but skipped.
TESTIMONIAL_MAX_CHARS = 240
TESTIMONIALS_SHOWN = 2


@dataclass(frozen=True)
class Testimonial:
    """An approved client quote, attributed as the client permitted."""

    text: str
    attribution: str


@dataclass(frozen=True)
class HandoutData:
    """Everything the PDF shows; optional lines are None when they must not appear.

    ``privacy_notice`` is the short DSGVO Art. 14 notice for a referred prospect
    (whose data came from the referrer), None when the person contacted us directly.
    """

    profile: ProfileData
    prospect_name: str
    first_meeting_at: dt.datetime | None = None
    referrer_name: str | None = None
    need: str | None = None
    engagement_id: int | None = None
    sections: list[Section] = field(default_factory=list)
    testimonials: list[Testimonial] = field(default_factory=list)
    privacy_notice: str | None = None

    @property
    def greeting(self) -> str:
        return _("Guten Tag {name},").format(name=self.prospect_name)

    @classmethod
    def for_profile(cls, profile: ProfileData, prospect_name: str, **kwargs: object) -> HandoutData:
        return cls(
            profile=profile,
            prospect_name=prospect_name,
            sections=profile.visible_sections(),
            **kwargs,  # type: ignore[arg-type]
        )


def handout_data(session: Session, engagement_id: int) -> HandoutData:
    """The handout for one engagement, honouring its "show referrer/need" options."""
    engagement = get_engagement(session, engagement_id)
    profile = profile_service.load_profile(session)
    source = _referrer_name(session, engagement.referred_by_id, engagement.referral_id)
    need = engagement.need.strip() if engagement.handout_show_need else ""
    return HandoutData.for_profile(
        profile,
        engagement.contact.name,
        first_meeting_at=engagement.first_meeting_at,
        referrer_name=source if engagement.handout_show_referrer else None,
        need=need or None,
        engagement_id=engagement.id,
        testimonials=choose_testimonials(session, engagement),
        privacy_notice=privacy_notice(profile, source) if source else None,
    )


def privacy_notice(profile: ProfileData, source: str) -> str:
    """DSGVO Art. 14: data not collected from the person — who holds it, why, from whom."""
    holder = ", ".join(
        part
        for part in (
            profile.name.strip(),
            ", ".join(line.strip() for line in profile.address.splitlines() if line.strip()),
            profile.email.strip(),
        )
        if part
    )
    return _(
        "Datenschutz: Ihren Namen und Ihre Kontaktdaten habe ich von {source} erhalten, "
        "die bzw. der mich Ihnen empfohlen hat. Verantwortlich: {holder}. Ich verwende sie "
        "nur, um unser Erstgespräch vorzubereiten und zu führen (Art. 6 Abs. 1 lit. b und f "
        "DSGVO), und lösche sie, wenn keine Zusammenarbeit entsteht. Sie können jederzeit "
        "Auskunft, Berichtigung oder Löschung verlangen, der Verwendung widersprechen und "
        "sich bei einer Datenschutz-Aufsichtsbehörde beschweren."
    ).format(source=source, holder=holder or _("die Inhaberin bzw. der Inhaber der Praxis"))


def choose_testimonials(session: Session, engagement: Engagement) -> list[Testimonial]:
    """Up to two approved, short client quotes; those sharing words with the need first."""
    rows = session.execute(
        select(Feedback.testimonial_text, Feedback.quote_permission, Contact.name)
        .join(Engagement, Engagement.id == Feedback.engagement_id)
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Feedback.testimonial_approved.is_(True),
            Feedback.quote_permission != QuotePermission.NO,
            Engagement.contact_id != engagement.contact_id,
        )
        .order_by(Feedback.received_on.desc(), Feedback.id.desc())
        .limit(50)
    ).all()
    wanted = _words(" ".join((engagement.need, engagement.title, engagement.problem)))
    candidates = []
    for order, (text, permission, name) in enumerate(rows):
        text = " ".join(text.split())
        if not text or len(text) > TESTIMONIAL_MAX_CHARS:
            continue
        overlap = len(wanted & _words(text))
        candidates.append((-overlap, order, Testimonial(text, _attribution(permission, name))))
    candidates.sort(key=lambda c: (c[0], c[1]))
    return [c[2] for c in candidates[:TESTIMONIALS_SHOWN]]


def _attribution(permission: QuotePermission, name: str) -> str:
    if permission is QuotePermission.NAMED:
        return name
    return _("eine Kundin bzw. ein Kunde")


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w{5,}", text.casefold())}


def handout_problems(data: HandoutData) -> list[str]:
    """Why this handout must not go out yet (German), empty when it may.

    A section still holding the sample text or a practice without a name would
    reach the prospect as it is.
    """
    problems = []
    if not data.profile.name.strip():
        problems.append(_("Im Profil fehlt der Name der Praxis."))
    samples = [
        s.title.strip() or _("(ohne Titel)")
        for s in data.sections
        if s.body.strip().startswith(EXAMPLE_PREFIX) or s.title.strip().startswith(EXAMPLE_PREFIX)
    ]
    if samples:
        problems.append(
            _("Im Profil steht noch Beispieltext: {sections}.").format(
                sections=", ".join(f"„{title}“" for title in samples)
            )
        )
    return problems


def _referrer_name(session: Session, contact_id: int | None, referral_id: int | None) -> str | None:
    if contact_id is None and referral_id is not None:
        referral = session.get(Referral, referral_id)
        contact_id = referral.giver_id if referral else None
    if contact_id is None:
        return None
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        return None
    return contact.name


def sample_handout_data(profile: ProfileData, now: dt.datetime) -> HandoutData:
    """A handout for a fictitious prospect, for the profile editor's preview."""
    meeting = dt.datetime.combine(now.date() + dt.timedelta(days=3), dt.time(10, 0))
    return HandoutData.for_profile(
        profile,
        SAMPLE_PROSPECT,
        first_meeting_at=meeting,
        referrer_name="Max Mustermann",
        need=_("Ein klareres Angebot und mehr Anfragen, die wirklich passen."),
    )


def handout_filename(data: HandoutData) -> str:
    """``Warum-Sie_Lena-Koehler_2026-11-25.pdf``: safe on every file system."""
    name = safe_filename_part(data.prospect_name) or _("Interessent")
    when = data.first_meeting_at.date().isoformat() if data.first_meeting_at else _("ohne-Termin")
    return _("Warum-Sie_{name}_{date}.pdf").format(name=name, date=when)


def safe_filename_part(text: str, limit: int = 60) -> str:
    """ASCII letters, digits and hyphens only (Łódź → Lodz, Köhler → Koehler)."""
    cleaned = re.sub(r"[^A-Za-z0-9]+", "-", ascii_spelling(text)).strip("-")
    return cleaned[:limit].strip("-")
