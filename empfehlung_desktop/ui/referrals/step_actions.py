"""The workflow steps of the referral view: each asks in its dialog, then writes.

Every step function takes the dialogs' parent and the view's context, returns True
when it wrote something, and lets the services' refusals (a date before the
previous step, a stale version) propagate to the view, which shows them. Texts
keep the context "ReferralsView", so their translations stay where they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from empfehlung_desktop.model import ReferralStatus
from empfehlung_desktop.model.workflow import allowed_targets
from empfehlung_desktop.services.engagements import connections
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.services.referrals import workflow
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.referrals.detail import STEP_TEXT
from empfehlung_desktop.ui.referrals.models import _t
from empfehlung_desktop.ui.referrals.partner_steps import MatchDialog, PartnerDialog
from empfehlung_desktop.ui.referrals.steps import (
    ConsentDialog,
    Earliest,
    MeetingDialog,
    NoteDialog,
    OutcomeDialog,
)

S = ReferralStatus


def earliest(context: ViewContext, rid: int, *, thanks: bool = False) -> Earliest:
    """The first date the next step (or the thanks) of referral ``rid`` may carry."""
    with context.db.reader() as session:
        referral = referral_service.get_referral(session, rid)
        if thanks:
            return Earliest(
                referral.referred_on,
                QCoreApplication.translate(
                    "ReferralsView", "Der Dank kann nicht vor der Empfehlung ({date}) liegen."
                ).format(date=date_text(referral.referred_on)),
            )
        return Earliest(*workflow.earliest_step_date(referral))


def step(
    parent: QWidget, context: ViewContext, target: ReferralStatus, rid: int, version: int | None
) -> bool:
    today = context.clock.today()
    special: dict[ReferralStatus, Callable[[QWidget, ViewContext, int, int | None], bool]] = {
        S.NEED_CLARIFIED: _consent,
        S.PARTNER_ASKED: _ask_partner,
        S.MATCHED: _match,
        S.CLOSED: _close,
        S.MEETING_ARRANGED: _meeting,
    }
    if target in special:
        return special[target](parent, context, rid, version)
    answer = NoteDialog.ask(
        parent, _t(STEP_TEXT[target]).rstrip(" …"), today, earliest(context, rid)
    )
    if answer is None:
        return False
    on, note = answer
    _write(
        context, lambda s: workflow.advance(s, rid, target, note, on=on, expected_version=version)
    )
    return True


def _meeting(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    a = MeetingDialog.ask(parent, context.clock.today(), earliest(context, rid))
    if a is None:
        return False
    _write(
        context,
        lambda s: connections.arrange_first_meeting(
            s, rid, a.meeting_at, on=a.on, place=a.place, note=a.note, expected_version=version
        ),
    )
    return True


def _consent(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    answer = ConsentDialog.ask(parent, context.clock.today(), earliest(context, rid))
    if answer is None:
        return False
    _write(
        context,
        lambda s: workflow.record_consent(
            s, rid, answer.given, answer.on, answer.how, answer.anonymous, answer.note, version
        ),
    )
    return True


def _ask_partner(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    with context.db.reader() as session:
        current = referral_service.get_referral(session, rid).recommended_id
    answer = PartnerDialog.ask(parent, context.db, context.clock.today(), current)
    if answer is None:
        return False
    partner_id, note = answer
    on = max(context.clock.today(), earliest(context, rid).day)
    _write(
        context,
        lambda s: workflow.ask_partner(
            s, rid, partner_id, on=on, note=note, expected_version=version
        ),
    )
    return True


def _match(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    today = context.clock.today()
    with context.db.reader() as session:
        anonymous = referral_service.get_referral(session, rid).anonymous
        follow_up = workflow.default_follow_up(session, today)
    answer = MatchDialog.ask(parent, today, follow_up, anonymous, earliest(context, rid))
    if answer is None:
        return False
    _write(
        context,
        lambda s: workflow.match(
            s,
            rid,
            answer.initiative,
            answer.contact_by,
            on=answer.on,
            follow_up_on=answer.follow_up_on,
            note=answer.note,
            expected_version=version,
        ),
    )
    return True


def _close(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    answer = OutcomeDialog.ask(
        parent,
        QCoreApplication.translate("ReferralsView", "Abschließen"),
        context.clock.today(),
        earliest(context, rid),
    )
    if answer is None:
        return False
    outcome, on, note = answer
    _write(
        context,
        lambda s: workflow.close(s, rid, outcome, on=on, note=note, expected_version=version),
    )
    return True


def follow_up(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    answer = OutcomeDialog.ask(
        parent,
        QCoreApplication.translate("ReferralsView", "Nachgefasst – wie ist es gelaufen?"),
        context.clock.today(),
        earliest(context, rid),
    )
    if answer is None:
        return False
    outcome, on, note = answer
    with context.db.reader() as session:
        can_close = S.CLOSED in allowed_targets(referral_service.get_referral(session, rid))
    _write(
        context,
        lambda s: workflow.record_follow_up(
            s, rid, outcome, on=on, note=note, close=can_close, expected_version=version
        ),
    )
    return True


def thank(parent: QWidget, context: ViewContext, rid: int, version: int | None) -> bool:
    answer = NoteDialog.ask(
        parent,
        QCoreApplication.translate("ReferralsView", "Danke gesagt – wann und wie?"),
        context.clock.today(),
        earliest(context, rid, thanks=True),
    )
    if answer is None:
        return False
    on, note = answer
    _write(
        context, lambda s: workflow.thank_giver(s, rid, on=on, note=note, expected_version=version)
    )
    return True


def note(parent: QWidget, context: ViewContext, rid: int, _version: int | None) -> bool:
    answer = NoteDialog.ask(
        parent,
        QCoreApplication.translate("ReferralsView", "Notiz zum Verlauf"),
        context.clock.today(),
    )
    if answer is None:
        return False
    on, note = answer
    _write(context, lambda s: workflow.add_note(s, rid, note, on=on))
    return True


def _write(context: ViewContext, operation: Callable[[Any], object]) -> None:
    with context.db.session() as session:
        operation(session)
