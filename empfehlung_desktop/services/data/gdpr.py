"""GDPR (DSGVO): everything about one person as JSON (Art. 15/20) and erasure (Art. 17).

Erasure keeps the contact row as an anonymised placeholder so that referrals
the person took part in stay countable; their own texts are blanked or
deleted, and exact mentions of their full name elsewhere become
``[gelöscht]``. After the commit, :func:`scrub_database` merges the search
index and truncates the WAL so the name is left in no file (``secure_delete``
zeroes freed space).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, or_, select
from sqlalchemy.orm import Session, selectinload

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, enum_label, translate
from empfehlung_desktop.model import (
    ERASED_NAME,
    Activity,
    AgendaState,
    Base,
    ConsentRecord,
    Contact,
    Engagement,
    Feedback,
    QuotePermission,
    Referral,
    ReferralAsk,
    ReferralEvent,
    Role,
    SpiralStep,
    sort_key,
)
from empfehlung_desktop.services.contacts.contacts import get_contact
from empfehlung_desktop.services.data.serialize import row_dict
from empfehlung_desktop.store import search

REPLACEMENT = "[gelöscht]"
REPORT_FORMAT = "empfehlung-desktop-dsgvo-auskunft"

# Free-text columns of other records where the person's name may be mentioned.
_MENTION_COLUMNS: dict[type[Base], tuple[str, ...]] = {
    Contact: ("notes",),
    Referral: (
        "need",
        "expectations",
        "giver_statement",
        "reason_note",
        "consent_how",
        "thanks_note",
        "notes",
    ),
    ReferralEvent: ("note",),
    Engagement: ("title", "need", "problem", "frustrations", "wishes", "notes"),
    Feedback: ("first_time", "works_better", "benefit", "who_else", "testimonial_text", "raw_form"),
    SpiralStep: ("note",),
    ConsentRecord: ("note",),
    ReferralAsk: ("note",),
    AgendaState: ("note",),
    Activity: ("text",),
}
_ENGAGEMENT_TEXTS = ("title", "need", "problem", "frustrations", "wishes", "notes")
_FEEDBACK_TEXTS = (
    "first_time",
    "works_better",
    "benefit",
    "who_else",
    "testimonial_text",
    "raw_form",
)
_ROLE_IN_REFERRAL = {
    "giver_id": ("giver", N_("Empfehlungsgeber")),
    "recommended_id": ("recommended", N_("Empfohlener")),
    "recipient_id": ("recipient", N_("Empfehlungsempfänger")),
}


# -- export ----------------------------------------------------------------


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
            for a in _activities_of(session, contact.id)
        ],
        "referrals": _referrals_of(session, contact.id),
        "engagements": _engagements_of(session, contact.id),
        "feedback": _feedback_of(session, contact.id),
    }


def _activities_of(session: Session, contact_id: int) -> list[Activity]:
    stmt = select(Activity).where(Activity.contact_id == contact_id)
    return list(session.scalars(stmt.order_by(Activity.occurred_on, Activity.id)))


def _labelled(row: Base, enums: tuple[str, ...], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    data = row_dict(row, skip=skip)
    for name in enums:
        value = getattr(row, name)
        data[f"{name}_label"] = enum_label(value) if value is not None else None
    return data


def _referrals_of(session: Session, contact_id: int) -> list[dict[str, Any]]:
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


# -- erasure ---------------------------------------------------------------


@dataclass
class ErasureReport:
    """What an erasure changed, for the confirmation and the CLI's output."""

    contact_id: int
    name: str
    deleted: dict[str, int] = field(default_factory=dict)
    blanked: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    referrals_kept: int = 0

    def lines(self) -> list[str]:
        out = [
            _("Kontakt {contact_id} („{name}“) wurde anonymisiert.").format(
                contact_id=self.contact_id, name=self.name
            )
        ]
        labels = {
            "spiral_steps": _("Einträge im Spiralverlauf gelöscht"),
            "consents": _("Einwilligungen gelöscht"),
            "referral_asks": _("Empfehlungsbitten gelöscht"),
            "activities": _("Einträge im Kontaktverlauf gelöscht"),
            "engagements": _("Anfragen/Aufträge: Freitexte geleert"),
            "feedback": _("Feedbacks: Texte entfernt"),
        }
        for key, count in {**self.deleted, **self.blanked}.items():
            if count:
                out.append(f"{count} {labels[key]}")
        if self.referrals_kept:
            out.append(
                _("{count} Empfehlung(en) bleiben erhalten, mit „{name}“").format(
                    count=self.referrals_kept, name=ERASED_NAME
                )
            )
        for where, count in self.mentions.items():
            out.append(
                _("{count}× Name in {where} durch „{replacement}“ ersetzt").format(
                    count=count, where=where, replacement=REPLACEMENT
                )
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "deleted": self.deleted,
            "blanked": self.blanked,
            "mentions_replaced": self.mentions,
            "referrals_kept": self.referrals_kept,
        }


def erase_contact(session: Session, contact_id: int) -> ErasureReport:
    """Anonymise one person in the caller's transaction (see module docstring)."""
    contact = get_contact(session, contact_id)
    name = contact.name
    if not name.strip():
        raise UserError(_("Der Kontakt hat keinen Namen; es gibt nichts zu löschen."))
    report = ErasureReport(contact_id=contact.id, name=name)
    report.deleted = {
        "spiral_steps": _delete_all(session, contact.spiral_steps),
        "consents": _delete_all(session, contact.consents),
        "referral_asks": _delete_all(session, contact.referral_asks),
        "activities": _delete_all(session, _activities_of(session, contact.id)),
    }
    report.blanked = _blank_own_records(session, contact.id)
    _anonymise(contact)
    session.flush()
    report.mentions = replace_mentions(session, name, exclude_contact=contact.id)
    report.referrals_kept = len(_referrals_of(session, contact.id))
    session.flush()
    return report


def _delete_all(session: Session, rows: list[Any]) -> int:
    count = len(rows)
    for row in list(rows):
        session.delete(row)
    rows.clear()
    return count


def _blank_own_records(session: Session, contact_id: int) -> dict[str, int]:
    engagements = list(
        session.scalars(select(Engagement).where(Engagement.contact_id == contact_id))
    )
    for engagement in engagements:
        for attr in _ENGAGEMENT_TEXTS:
            setattr(engagement, attr, "")
    feedback = list(
        session.scalars(
            select(Feedback).where(Feedback.engagement_id.in_([e.id for e in engagements]))
        )
    )
    for item in feedback:
        for attr in _FEEDBACK_TEXTS:
            setattr(item, attr, "")
        item.testimonial_approved = False
        item.quote_permission = QuotePermission.NO
        item.form_token = None
    return {"engagements": len(engagements), "feedback": len(feedback)}


def _anonymise(contact: Contact) -> None:
    contact.name = ERASED_NAME
    contact.sort_name = sort_key(ERASED_NAME)
    for attr in ("organisation", "email", "phone", "profession", "competences", "notes"):
        setattr(contact, attr, "")
    contact.roles = Role(0)
    contact.source = None
    contact.spiral_stage = None
    contact.consent_share = False
    contact.consent_share_on = None
    contact.data_origin = ""
    contact.erased_at = utc_now()


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def replace_mentions(
    session: Session, name: str, exclude_contact: int | None = None
) -> dict[str, int]:
    """Replace exact mentions of ``name`` in free text; return counts per table.field."""
    counts: dict[str, int] = {}
    pattern = _like(name)
    for entity, attrs in _MENTION_COLUMNS.items():
        cols = [getattr(entity, a) for a in attrs]
        stmt = select(entity).where(or_(*(c.like(pattern, escape="\\") for c in cols)))
        for row in session.scalars(stmt):
            if entity is Contact and row.id == exclude_contact:  # type: ignore[attr-defined]
                continue
            for attr in attrs:
                value = getattr(row, attr) or ""
                if name in value:
                    setattr(row, attr, value.replace(name, REPLACEMENT))
                    key = f"{entity.__tablename__}.{attr}"
                    counts[key] = counts.get(key, 0) + value.count(name)
    return counts


def scrub_database(engine: Engine) -> bool:
    """After an erasure's commit: merge the search index and empty the WAL (SQLite).

    Merging drops the index segments that still held the old text; the
    TRUNCATE checkpoint writes all pages home and cuts the WAL to zero bytes.
    Runs on a raw connection outside any transaction (a checkpoint cannot
    truncate while its own connection reads). Returns whether the WAL was
    emptied (another program reading at that moment can prevent it).
    """
    if engine.dialect.name != "sqlite":
        return True
    has_index = search.has_fts(engine)
    raw = engine.raw_connection()
    try:
        if has_index:
            raw.execute(f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('optimize')")
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    return not busy
