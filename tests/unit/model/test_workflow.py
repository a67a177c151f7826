import datetime as dt

import pytest

from empfehlung_desktop.errors import TransitionError
from empfehlung_desktop.model import ContactInitiative, Referral, ReferralDirection, ReferralStatus
from empfehlung_desktop.model.workflow import (
    INITIAL_STATUS,
    allowed_targets,
    check_transition,
)

S = ReferralStatus


def outgoing(status: ReferralStatus, **values: object) -> Referral:
    return Referral(direction=ReferralDirection.OUTGOING, status=status, **values)


def test_initial_status_per_direction() -> None:
    assert INITIAL_STATUS[ReferralDirection.INCOMING] is S.RECEIVED
    assert INITIAL_STATUS[ReferralDirection.OUTGOING] is S.RECORDED


def test_need_clarified_requires_recorded_consent() -> None:
    referral = outgoing(S.RECORDED)
    with pytest.raises(TransitionError, match="weitergegeben"):
        check_transition(referral, S.NEED_CLARIFIED)
    referral.consent_given = False
    referral.consent_on = dt.date(2026, 1, 2)
    check_transition(referral, S.NEED_CLARIFIED)


def test_cannot_jump_to_matched_before_partner_said_yes() -> None:
    referral = outgoing(S.PARTNER_ASKED, consent_given=True, consent_on=dt.date(2026, 1, 1))
    with pytest.raises(TransitionError, match="nicht direkt"):
        check_transition(referral, S.MATCHED)


def test_matching_without_consent_needs_anonymous_way() -> None:
    referral = outgoing(
        S.PARTNER_ACCEPTED,
        consent_given=False,
        consent_on=dt.date(2026, 1, 1),
        initiative=ContactInitiative.RECIPIENT_CONTACTS_PARTNER,
        anonymous=False,
    )
    with pytest.raises(TransitionError):
        check_transition(referral, S.MATCHED)
    referral.anonymous = True
    check_transition(referral, S.MATCHED)


def test_withdrawn_possible_from_every_open_three_step_status() -> None:
    for status in (S.RECORDED, S.NEED_CLARIFIED, S.PARTNER_ASKED, S.MATCHED, S.CONTACTED):
        assert S.WITHDRAWN in allowed_targets(outgoing(status))


def test_terminal_statuses_have_no_successors() -> None:
    assert allowed_targets(outgoing(S.CLOSED)) == ()
    incoming = Referral(direction=ReferralDirection.INCOMING, status=S.WON)
    with pytest.raises(TransitionError, match="abgeschlossen"):
        check_transition(incoming, S.LOST)
