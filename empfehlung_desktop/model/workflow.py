"""The referral workflow as data: which status may follow which, and when.

Outgoing referrals and introductions follow the three-step method
(clarify the need and consent → ask the partner anonymously → match → follow
up); incoming ones go from received to a first meeting to an outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from empfehlung_desktop.errors import TransitionError
from empfehlung_desktop.i18n import N_, _, enum_label, translate
from empfehlung_desktop.model.enums import ContactInitiative, ReferralDirection, ReferralStatus
from empfehlung_desktop.model.referral import Referral

S = ReferralStatus
D = ReferralDirection


@dataclass(frozen=True)
class Guard:
    check: Callable[[Referral], bool]
    message: str  # German source text, marked with N_ and translated when raised


def _consent_recorded(referral: Referral) -> bool:
    return referral.consent_given is not None and referral.consent_on is not None


def _matchable(referral: Referral) -> bool:
    # Without consent only the anonymous way is open: the recipient gets the
    # partner's details and decides, so the practitioner must mark it anonymous.
    return bool(referral.consent_given) or referral.anonymous


def _anonymous_way_respected(referral: Referral) -> bool:
    # Without consent (or if the recipient wants to stay anonymous) the partner
    # must not get the recipient's details, so only the recipient can make the first move.
    if referral.consent_given and not referral.anonymous:
        return True
    return referral.initiative is ContactInitiative.RECIPIENT_CONTACTS_PARTNER


INITIAL_STATUS: dict[ReferralDirection, ReferralStatus] = {
    D.INCOMING: S.RECEIVED,
    D.OUTGOING: S.RECORDED,
    D.INTRODUCTION: S.RECORDED,
}

_INCOMING: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    S.RECEIVED: (S.MEETING_ARRANGED, S.WON, S.LOST),
    S.MEETING_ARRANGED: (S.WON, S.LOST),
    S.WON: (),
    S.LOST: (),
}

_THREE_STEP: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    S.RECORDED: (S.NEED_CLARIFIED, S.WITHDRAWN),
    S.NEED_CLARIFIED: (S.PARTNER_ASKED, S.WITHDRAWN),
    S.PARTNER_ASKED: (S.PARTNER_ACCEPTED, S.PARTNER_DECLINED, S.WITHDRAWN),
    S.PARTNER_ACCEPTED: (S.MATCHED, S.WITHDRAWN),
    # A declined partner: ask another one, or give up.
    S.PARTNER_DECLINED: (S.PARTNER_ASKED, S.WITHDRAWN),
    S.MATCHED: (S.CONTACTED, S.CLOSED, S.WITHDRAWN),
    S.CONTACTED: (S.CLOSED, S.WITHDRAWN),
    S.CLOSED: (),
    S.WITHDRAWN: (),
}

TRANSITIONS: dict[ReferralDirection, dict[ReferralStatus, tuple[ReferralStatus, ...]]] = {
    D.INCOMING: _INCOMING,
    D.OUTGOING: _THREE_STEP,
    D.INTRODUCTION: _THREE_STEP,
}

# Conditions a target status needs beyond being a legal successor.
GUARDS: dict[ReferralStatus, tuple[Guard, ...]] = {
    S.NEED_CLARIFIED: (
        Guard(
            _consent_recorded,
            N_(
                "Bitte zuerst festhalten, ob die Kontaktdaten weitergegeben werden dürfen "
                "(ja oder nein, mit Datum)."
            ),
        ),
    ),
    S.PARTNER_ASKED: (
        Guard(
            lambda r: r.recommended_id is not None,
            N_("Bitte zuerst den Partner auswählen, der angefragt wird."),
        ),
    ),
    S.MATCHED: (
        Guard(
            _matchable,
            N_(
                "Ohne Einwilligung zur Weitergabe der Kontaktdaten ist nur der anonyme Weg "
                "offen: Bitte die Empfehlung als anonym markieren – der Empfänger erhält "
                "dann die Kontaktdaten des Partners und entscheidet selbst."
            ),
        ),
        Guard(
            lambda r: r.initiative is not None,
            N_("Bitte festhalten, wer sich bei wem meldet."),
        ),
        Guard(
            _anonymous_way_respected,
            N_(
                "Die Person möchte anonym bleiben: Dann erhält sie die Kontaktdaten des "
                "Partners und meldet sich selbst. Bitte „Empfänger meldet sich beim Partner“ "
                "wählen."
            ),
        ),
    ),
    S.CLOSED: (
        Guard(
            lambda r: r.outcome is not None,
            N_("Bitte zum Abschluss das Ergebnis festhalten (Auftrag, kein Auftrag oder offen)."),
        ),
    ),
}


def allowed_targets(referral: Referral) -> tuple[ReferralStatus, ...]:
    """Statuses that may follow the current one (guards not yet checked)."""
    return TRANSITIONS[referral.direction].get(referral.status, ())


def check_transition(referral: Referral, target: ReferralStatus) -> None:
    """Raise :class:`TransitionError` with a German message if the step is not allowed."""
    if target not in allowed_targets(referral):
        message = _("Von „{current}“ geht es nicht direkt zu „{target}“.").format(
            current=enum_label(referral.status), target=enum_label(target)
        )
        raise TransitionError(f"{message} {_next_hint(referral)}")
    for guard in GUARDS.get(target, ()):
        if not guard.check(referral):
            raise TransitionError(translate(guard.message))


def _next_hint(referral: Referral) -> str:
    targets = allowed_targets(referral)
    if not targets:
        return _("Diese Empfehlung ist bereits abgeschlossen.")
    names = ", ".join(_("„{text}“").format(text=enum_label(t)) for t in targets)
    return _("Möglich sind jetzt: {names}.").format(names=names)
