"""The referral spiral per contact: change a stage (always with a history entry),
read the history, and suggest changes from feedback and referral events.

Suggestion rules (kept deliberately simple; the practitioner decides):

* **Feedback** – the contact's latest feedback goes through
  :func:`model.spiral.suggest_from_feedback` (9–10 and expectations met →
  at least Begeisterung; 7–8 → at least Zufriedenheit; 0–4 or expectations
  met 1–2 → Unzufriedenheit).
* **Referral given** – someone who recommended the practitioner (an incoming
  referral with them as giver, not withdrawn) shows Sympathie at least; a
  contact in the negative branch is left to the practitioner's judgement.
* **Engagement completed** – the person has had their first experience: below
  Erfahrung suggests Erfahrung, at Erfahrung suggests Zufriedenheit (the next
  step; feedback speaks for more).

A suggestion only counts when its evidence is newer than the contact's last
stage change (so a deliberate change is not second-guessed by old evidence),
and it stays hidden once dismissed until newer evidence arrives.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import ScalarSelect

from empfehlung_desktop.errors import NotFoundError, UserError, ValidationError
from empfehlung_desktop.i18n import _, enum_label, format_date, ngettext
from empfehlung_desktop.model import (
    AgendaKind,
    AgendaState,
    Contact,
    Engagement,
    EngagementStatus,
    Feedback,
    Referral,
    ReferralDirection,
    ReferralStatus,
    SpiralStage,
    SpiralStep,
)
from empfehlung_desktop.model.spiral import POSITIVE_ORDER, rank, suggest_from_feedback
from empfehlung_desktop.services.today import agenda_state

KIND = AgendaKind.SPIRAL_SUGGESTION


@dataclass(frozen=True)
class StageChange:
    """One entry of a contact's spiral history."""

    id: int
    changed_on: dt.date
    stage: SpiralStage
    previous_stage: SpiralStage | None
    note: str


@dataclass(frozen=True)
class Suggestion:
    """The app's proposal to move a contact to another stage, and why."""

    contact_id: int
    contact_name: str
    current: SpiralStage | None
    suggested: SpiralStage
    reason: str
    evidence_on: dt.date
    source: str  # "feedback", "referral" or "engagement"
    source_id: int


def change_stage(
    session: Session,
    contact_id: int,
    stage: SpiralStage,
    note: str = "",
    *,
    on: dt.date,
) -> SpiralStep:
    """Move a contact to ``stage``; always writes a history entry with the note."""
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(_("Diesen Kontakt gibt es nicht mehr."))
    if contact.spiral_stage is stage:
        message = _("{name} steht schon auf der Stufe {stage}.")
        raise ValidationError({"stage": message.format(name=contact.name, stage=enum_label(stage))})
    step = SpiralStep(
        contact_id=contact.id,
        changed_on=on,
        stage=stage,
        previous_stage=contact.spiral_stage,
        note=note.strip(),
    )
    session.add(step)
    contact.spiral_stage = stage
    session.flush()
    return step


def history(session: Session, contact_id: int) -> list[StageChange]:
    """The contact's stage changes, oldest first."""
    rows = session.execute(
        select(
            SpiralStep.id,
            SpiralStep.changed_on,
            SpiralStep.stage,
            SpiralStep.previous_stage,
            SpiralStep.note,
        )
        .where(SpiralStep.contact_id == contact_id)
        .order_by(SpiralStep.changed_on, SpiralStep.id)
    ).all()
    return [StageChange(*row) for row in rows]


def suggestions(
    session: Session, today: dt.date, contact_id: int | None = None
) -> list[Suggestion]:
    """Open suggestions (not dismissed, not snoozed), newest evidence first."""
    found: dict[int, Suggestion] = {}
    for suggestion in [
        *_from_feedback(session, contact_id),
        *_from_referrals(session, contact_id),
        *_from_completed(session, contact_id),
    ]:
        known = found.get(suggestion.contact_id)
        if known is None or suggestion.evidence_on > known.evidence_on:
            found[suggestion.contact_id] = suggestion
    if not found:
        return []
    states = {
        row.subject_id: row
        for row in session.scalars(
            select(AgendaState).where(
                AgendaState.kind == KIND, AgendaState.subject_id.in_(list(found))
            )
        )
    }
    open_ones = []
    for suggestion in found.values():
        state = states.get(suggestion.contact_id)
        if state is not None:
            if state.done_on is not None and state.done_on >= suggestion.evidence_on:
                continue
            if state.snoozed_until is not None and state.snoozed_until > today:
                continue
        open_ones.append(suggestion)
    open_ones.sort(key=lambda s: (s.evidence_on, s.contact_id), reverse=True)
    return open_ones


def suggestion_for(session: Session, contact_id: int, today: dt.date) -> Suggestion | None:
    found = suggestions(session, today, contact_id)
    return found[0] if found else None


def accept_suggestion(
    session: Session, contact_id: int, today: dt.date, note: str = ""
) -> SpiralStep:
    """Take over the open suggestion for this contact (with its reason as note)."""
    suggestion = suggestion_for(session, contact_id, today)
    if suggestion is None:
        raise UserError(_("Für diesen Kontakt liegt kein Vorschlag mehr vor."))
    text = note.strip() or _("Vorschlag übernommen: {reason}").format(reason=suggestion.reason)
    return change_stage(session, contact_id, suggestion.suggested, text, on=today)


def dismiss_suggestion(session: Session, contact_id: int, today: dt.date) -> None:
    """Hide the suggestion until newer evidence arrives."""
    agenda_state.mark_done(session, KIND, contact_id, today)


def _last_step_on() -> ScalarSelect[Any]:
    return (
        select(func.max(SpiralStep.changed_on))
        .where(SpiralStep.contact_id == Contact.id)
        .correlate(Contact)
        .scalar_subquery()
    )


def _from_feedback(session: Session, contact_id: int | None) -> list[Suggestion]:
    """The latest feedback per contact, run through the pure rule."""
    ranked = select(
        Feedback.id.label("feedback_id"),
        Engagement.contact_id.label("contact_id"),
        Feedback.received_on.label("received_on"),
        Feedback.recommend_score.label("score"),
        Feedback.expectations_met.label("met"),
        func.row_number()
        .over(
            partition_by=Engagement.contact_id,
            order_by=(Feedback.received_on.desc(), Feedback.id.desc()),
        )
        .label("position"),
    ).join(Engagement, Feedback.engagement_id == Engagement.id)
    if contact_id is not None:
        ranked = ranked.where(Engagement.contact_id == contact_id)
    latest = ranked.subquery()
    last_step = _last_step_on()
    stmt = (
        select(
            latest.c.feedback_id,
            Contact.id,
            Contact.name,
            Contact.spiral_stage,
            latest.c.received_on,
            latest.c.score,
            latest.c.met,
            last_step,
        )
        .join(Contact, Contact.id == latest.c.contact_id)
        .where(latest.c.position == 1, Contact.erased_at.is_(None))
    )
    result = []
    for feedback_id, cid, name, current, received_on, score, met, step_on in session.execute(stmt):
        if step_on is not None and step_on >= received_on:
            continue
        target = suggest_from_feedback(current, score, met)
        if target is None:
            continue
        reason = _feedback_reason(score, met, received_on)
        result.append(
            Suggestion(cid, name, current, target, reason, received_on, "feedback", feedback_id)
        )
    return result


def _feedback_reason(score: int | None, met: int | None, received_on: dt.date) -> str:
    parts = []
    if score is not None:
        parts.append(_("Weiterempfehlung {score}/10").format(score=score))
    if met is not None:
        parts.append(_("Erwartungen erfüllt {met}/5").format(met=met))
    return _("Feedback vom {date}: {details}").format(
        date=format_date(received_on), details=", ".join(parts)
    )


def _from_referrals(session: Session, contact_id: int | None) -> list[Suggestion]:
    """Givers of incoming referrals who stand below Sympathie."""
    target = SpiralStage.SYMPATHY
    below = [s for s in SpiralStage if s is not SpiralStage.DISSATISFIED and rank(s) < rank(target)]
    last_step = _last_step_on()
    stmt = (
        select(
            func.max(Referral.id),
            Contact.id,
            Contact.name,
            Contact.spiral_stage,
            func.max(Referral.referred_on),
            func.count(Referral.id),
            last_step,
        )
        .join(Contact, Contact.id == Referral.giver_id)
        .where(
            Referral.direction == ReferralDirection.INCOMING,
            Referral.status != ReferralStatus.WITHDRAWN,
            Contact.erased_at.is_(None),
            Contact.spiral_stage.is_(None) | Contact.spiral_stage.in_(below),
        )
        .group_by(Contact.id, Contact.name, Contact.spiral_stage)
    )
    if contact_id is not None:
        stmt = stmt.where(Contact.id == contact_id)
    result = []
    for referral_id, cid, name, current, last_on, count, step_on in session.execute(stmt):
        if step_on is not None and step_on >= last_on:
            continue
        times = ngettext("eine Empfehlung", "{count} Empfehlungen", count).format(count=count)
        reason = _("Hat Sie weiterempfohlen ({times}, zuletzt am {date})").format(
            times=times, date=format_date(last_on)
        )
        result.append(
            Suggestion(cid, name, current, target, reason, last_on, "referral", referral_id)
        )
    return result


def _from_completed(session: Session, contact_id: int | None) -> list[Suggestion]:
    """People whose engagement was completed, still below Zufriedenheit: the next step."""
    upto = rank(SpiralStage.SATISFACTION)
    below = [s for s in POSITIVE_ORDER if rank(s) < upto]
    last_step = _last_step_on()
    stmt = (
        select(
            func.max(Engagement.id),
            Contact.id,
            Contact.name,
            Contact.spiral_stage,
            func.max(Engagement.ended_on),
            last_step,
        )
        .join(Contact, Contact.id == Engagement.contact_id)
        .where(
            Engagement.status == EngagementStatus.COMPLETED,
            Engagement.ended_on.is_not(None),
            Contact.erased_at.is_(None),
            Contact.spiral_stage.is_(None) | Contact.spiral_stage.in_(below),
        )
        .group_by(Contact.id, Contact.name, Contact.spiral_stage)
    )
    if contact_id is not None:
        stmt = stmt.where(Contact.id == contact_id)
    result = []
    for engagement_id, cid, name, current, ended_on, step_on in session.execute(stmt):
        if step_on is not None and step_on >= ended_on:
            continue
        target = POSITIVE_ORDER[max(rank(current) + 1, rank(SpiralStage.EXPERIENCE))]
        reason = _("Auftrag abgeschlossen am {date}").format(date=format_date(ended_on))
        result.append(
            Suggestion(cid, name, current, target, reason, ended_on, "engagement", engagement_id)
        )
    return result
