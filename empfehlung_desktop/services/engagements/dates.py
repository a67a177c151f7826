"""Plausible dates of an Anfrage: no end before the first meeting, nothing in the future."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.errors import ConflictError, NotFoundError, ValidationError
from empfehlung_desktop.i18n import _, format_date
from empfehlung_desktop.model import Engagement, EngagementStatus

E = EngagementStatus
_ENDED = (E.COMPLETED, E.DECLINED, E.REFERRED)
_STARTED = (E.ACTIVE, E.COMPLETED)


def check_not_before_meeting(engagement: Engagement, ended_on: dt.date) -> None:
    """An engagement cannot be abgeschlossen before its first meeting."""
    meeting = engagement.first_meeting_at
    if engagement.status is not E.REFERRED and meeting is not None and ended_on < meeting.date():
        raise ValidationError(
            {
                "ended_on": _(
                    "Eine Anfrage kann nicht vor ihrem Erstgespräch ({date}) abgeschlossen werden."
                ).format(date=format_date(meeting.date()))
            }
        )


def correct_dates(
    session: Session,
    engagement_id: int,
    started_on: dt.date | None,
    ended_on: dt.date | None,
    *,
    today: dt.date,
    expected_version: int | None = None,
) -> Engagement:
    """Correct when the work began and ended; the status decides which dates it has."""
    engagement = session.get(Engagement, engagement_id)
    if engagement is None:
        raise NotFoundError(
            _("Die Anfrage {engagement_id} gibt es nicht (mehr).").format(
                engagement_id=engagement_id
            )
        )
    if expected_version is not None and engagement.version != expected_version:
        raise ConflictError(
            _(
                "Diese Anfrage wurde inzwischen an anderer Stelle geändert. Bitte neu laden "
                "und noch einmal eintragen."
            )
        )
    errors: dict[str, str] = {}
    started = started_on if engagement.status in _STARTED else engagement.started_on
    ended = ended_on if engagement.status in _ENDED else None
    if started is not None and started > today:
        errors["started_on"] = _("Der Beginn darf nicht in der Zukunft liegen.")
    if ended is not None and ended > today:
        errors["ended_on"] = _("Das Ende darf nicht in der Zukunft liegen.")
    elif ended is not None and started is not None and ended < started:
        errors["ended_on"] = _("Das Ende darf nicht vor dem Beginn liegen.")
    if errors:
        raise ValidationError(errors)
    if ended is not None and engagement.status is E.COMPLETED:
        check_not_before_meeting(engagement, ended)
    engagement.started_on = started
    engagement.ended_on = ended
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(
            _("Diese Anfrage wurde inzwischen an anderer Stelle geändert.")
        ) from None
    return engagement
