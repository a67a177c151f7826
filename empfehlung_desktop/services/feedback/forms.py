"""Asking for feedback by PDF form: what a form shows, and the record of what was sent.

The report (``reports/feedback_form.py``) only draws a :class:`FormContent`; these
functions collect it (creating the engagement's token on its first form), hand it
to the renderer the caller passes in, and note the request once the file is
written, in the caller's unit of work. A batch is all or nothing: when one form
fails, the files already written are removed again and the error propagates, so
the caller's rollback leaves neither a recorded request nor a file with a token
the database forgot.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import _, current_language
from empfehlung_desktop.model import Engagement, PracticeProfile
from empfehlung_desktop.services.engagements import profile as profile_service
from empfehlung_desktop.services.engagements.handout_data import ProfileData
from empfehlung_desktop.services.feedback.feedback import get_engagement_for_feedback
from empfehlung_desktop.services.feedback.tokens import ensure_token
from empfehlung_desktop.transliterate import ascii_spelling

_PROFILE_ID = 1


@dataclass(frozen=True)
class FormContent:
    """Everything one questionnaire shows, as plain values."""

    engagement_id: int
    practice_name: str
    practice_title: str
    practice_contact: str
    practice_email: str
    client_name: str
    engagement_title: str
    token: str
    practice_address: str = ""
    logo: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class FormInfo:
    """What was written: for whom, with which token, where."""

    engagement_id: int
    contact_name: str
    token: str
    path: Path | None


# Draws one form into a file or stream (reports.feedback_form.build_feedback_form).
Renderer = Callable[[FormContent, Path | BinaryIO], None]


def form_content(session: Session, engagement_id: int) -> FormContent:
    """The questionnaire for one engagement (its token is created on first use)."""
    engagement = get_engagement_for_feedback(session, engagement_id)
    token = ensure_token(session, engagement)
    row = session.get(PracticeProfile, _PROFILE_ID)
    # The title in the form's language (name, contact details and logo are shared).
    profile = profile_service.profile_data(row, current_language()) if row else ProfileData()
    contact_bits = [
        bit for bit in (profile.email, profile.phone, profile.website) if bit and bit.strip()
    ]
    return FormContent(
        engagement_id=engagement.id,
        practice_name=profile.name or "",
        practice_title=profile.title or "",
        practice_contact=" · ".join(contact_bits),
        practice_email=profile.email or "",
        client_name=engagement.contact.name,
        engagement_title=engagement.title,
        token=token,
        practice_address=profile.address or "",
        logo=profile.logo,
    )


def request_form(
    session: Session,
    engagement_id: int,
    target: Path | BinaryIO,
    render: Renderer,
    *,
    today: dt.date,
) -> FormInfo:
    """Write one questionnaire with ``render``, then record that feedback was requested."""
    content = form_content(session, engagement_id)
    render(content, target)
    _record_request(session, engagement_id, today)
    return FormInfo(
        content.engagement_id,
        content.client_name,
        content.token,
        target if isinstance(target, Path) else None,
    )


def request_forms(
    session: Session,
    engagement_ids: list[int],
    directory: Path,
    render: Renderer,
    *,
    today: dt.date,
) -> list[FormInfo]:
    """One questionnaire file per engagement (each client gets their own form)."""
    directory.mkdir(parents=True, exist_ok=True)
    written: list[FormInfo] = []
    path: Path | None = None
    try:
        for engagement_id in engagement_ids:
            engagement = get_engagement_for_feedback(session, engagement_id)
            path = directory / form_file_name(engagement.contact.name, engagement.id)
            written.append(request_form(session, engagement_id, path, render, today=today))
            path = None
    except BaseException:
        for info in written:
            if info.path is not None:
                info.path.unlink(missing_ok=True)
        if path is not None:
            path.unlink(missing_ok=True)
        raise
    return written


def _record_request(session: Session, engagement_id: int, today: dt.date) -> None:
    engagement = session.get(Engagement, engagement_id)
    if engagement is not None and engagement.feedback_requested_on is None:
        engagement.feedback_requested_on = today
    session.flush()


def form_file_name(client_name: str, engagement_id: int) -> str:
    """``Feedback-Fragebogen_Lukasz-Nowak_E12.pdf``: the pattern of all three documents
    (document_name_detail.pdf in ASCII letters, digits and hyphens)."""
    name = re.sub(r"[^A-Za-z0-9]+", "-", ascii_spelling(client_name)).strip("-")[:40].strip("-")
    return _("Feedback-Fragebogen_{name}_E{number}.pdf").format(
        name=name or _("Kunde"), number=engagement_id
    )
