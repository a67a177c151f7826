"""GDPR (DSGVO) Art. 15/20: everything stored about one person as plain data.

The contact with its details, consents, spiral steps, asks, activities and
reminders, the referrals they took part in (with their role and history), their
Anfragen and feedback, each enum with its German label; written as JSON by the
GUI and the CLI.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.i18n import N_, _, enum_label, translate
from empfehlung_desktop.model import Activity, Base, Engagement, Feedback, Referral, Reminder, Role
from empfehlung_desktop.services.contacts.contacts import get_contact
from empfehlung_desktop.services.data.serialize import row_dict

REPORT_FORMAT = "empfehlung-desktop-dsgvo-auskunft"


_ROLE_IN_REFERRAL = {
    "giver_id": ("giver", N_("Empfehlungsgeber")),
    "recommended_id": ("recommended", N_("Empfohlener")),
    "recipient_id": ("recipient", N_("Empfehlungsempfänger")),
}


def export_person(session: Session, contact_id: int) -> dict[str, Any]:
    """Everything stored about one person, with the source of the data."""
    contact = get_contact(session, contact_id)
    person = row_dict(contact, skip=("sort_name", "version"))
    referrer = contact.referred_by
    return {
        "format": REPORT_FORMAT,
        "format_version": 1,
        "created_at": utc_now().isoformat(timespec="seconds") + "Z",
        "explanation": (
            _(
                "Auskunft nach Art. 15 DSGVO: alle zu dieser Person gespeicherten Daten. "
                "Codes (z. B. status) sind englisch; die Felder *_label nennen sie auf "
                "Deutsch."
            )
        ),
        "person": person,
        "roles_labels": [enum_label(r) for r in Role.singles() if r in contact.roles],
        "source_of_data": {
            "data_origin": contact.data_origin,
            "source": contact.source.value if contact.source else None,
            "source_label": enum_label(contact.source) if contact.source else None,
            "referred_by": referrer.name if referrer and referrer.erased_at is None else None,
        },
        "further_details": [
            _labelled(d, ("kind",), skip=("contact_id", "position")) for d in contact.details
        ],
        "addresses": [row_dict(a, skip=("contact_id", "position")) for a in contact.addresses],
        "consents": [_labelled(c, ("purpose", "channel")) for c in contact.consents],
        "spiral_history": [
            _labelled(s, ("stage", "previous_stage"), skip=("contact_id",))
            for s in contact.spiral_steps
        ],
        "referral_asks": [
            _labelled(a, ("result",), skip=("contact_id",)) for a in contact.referral_asks
        ],
        "activities": [
            _labelled(a, ("kind",), skip=("contact_id",))
            for a in activities_of(session, contact.id)
        ],
        "reminders": [
            _labelled(r, (), skip=("contact_id",)) for r in reminders_of(session, contact.id)
        ],
        "referrals": referrals_of(session, contact.id),
        "engagements": _engagements_of(session, contact.id),
        "feedback": _feedback_of(session, contact.id),
    }


def reminders_of(session: Session, contact_id: int) -> list[Reminder]:
    stmt = select(Reminder).where(Reminder.contact_id == contact_id)
    return list(session.scalars(stmt.order_by(Reminder.due_on, Reminder.id)))


def activities_of(session: Session, contact_id: int) -> list[Activity]:
    stmt = select(Activity).where(Activity.contact_id == contact_id)
    return list(session.scalars(stmt.order_by(Activity.occurred_on, Activity.id)))


def _labelled(row: Base, enums: tuple[str, ...], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    data = row_dict(row, skip=skip)
    for name in enums:
        value = getattr(row, name)
        data[f"{name}_label"] = enum_label(value) if value is not None else None
    return data


def referrals_of(session: Session, contact_id: int) -> list[dict[str, Any]]:
    stmt = select(Referral).where(
        or_(
            Referral.giver_id == contact_id,
            Referral.recommended_id == contact_id,
            Referral.recipient_id == contact_id,
        )
    )
    # Each referral's history in one more query, not one per referral.
    stmt = stmt.order_by(Referral.referred_on, Referral.id).options(selectinload(Referral.events))
    result = []
    for referral in session.scalars(stmt):
        # Other people's ids are theirs, not this person's data: only the role is given.
        data = _labelled(
            referral,
            ("direction", "status"),
            skip=("giver_id", "recommended_id", "recipient_id", "version"),
        )
        roles = [
            _ROLE_IN_REFERRAL[k] for k in _ROLE_IN_REFERRAL if getattr(referral, k) == contact_id
        ]
        data["role"] = [code for code, _label in roles]
        data["role_label"] = [translate(label) for _code, label in roles]
        data["events"] = [
            _labelled(e, ("from_status", "to_status"), skip=("referral_id",))
            for e in referral.events
        ]
        result.append(data)
    return result


def _engagements_of(session: Session, contact_id: int) -> list[dict[str, Any]]:
    stmt = select(Engagement).where(Engagement.contact_id == contact_id).order_by(Engagement.id)
    return [
        _labelled(e, ("status",), skip=("version", "referred_by_id", "feedback_token"))
        for e in session.scalars(stmt)
    ]


def _feedback_of(session: Session, contact_id: int) -> list[dict[str, Any]]:
    stmt = (
        select(Feedback)
        .join(Engagement, Feedback.engagement_id == Engagement.id)
        .where(Engagement.contact_id == contact_id)
        .order_by(Feedback.id)
    )
    return [
        _labelled(f, ("quote_permission", "channel"), skip=("version", "form_token"))
        for f in session.scalars(stmt)
    ]
