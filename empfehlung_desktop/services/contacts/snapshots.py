"""Snapshots of a contact and what hangs on it, so edits and deletions can be undone."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import ConflictError, NotFoundError
from empfehlung_desktop.i18n import _
from empfehlung_desktop.model import (
    Activity,
    ConsentRecord,
    Contact,
    ContactAddress,
    ContactCare,
    ContactDetail,
    Engagement,
    Feedback,
    Referral,
    ReferralAsk,
    Reminder,
    SpiralStep,
)
from empfehlung_desktop.store import search

# -- undo: snapshots of a contact and everything a deletion takes with it -----------

# Rows deleted together with a contact (ON DELETE CASCADE), in insert order.
# Activities come after engagements: they may refer to one of them.
_OWNED: tuple[type[Any], ...] = (
    SpiralStep,
    ConsentRecord,
    ReferralAsk,
    ContactDetail,
    ContactAddress,
    Engagement,
    Activity,
    ContactCare,
)
# Owned rows that may point to the contact's feedback: restored after it.
_LATE: tuple[type[Any], ...] = (Reminder,)
# Rows whose reference to the contact a deletion sets to NULL.
_LINKS: tuple[tuple[type[Any], str], ...] = (
    (Referral, "giver_id"),
    (Referral, "recommended_id"),
    (Referral, "recipient_id"),
    (Contact, "referred_by_id"),
    (Engagement, "referred_by_id"),
)
# Rows that an edit may add or replace and an undo of that edit takes back.
_HISTORY: tuple[type[Any], ...] = (
    SpiralStep,
    ConsentRecord,
    ReferralAsk,
    ContactDetail,
    ContactAddress,
    ContactCare,  # the person's own rhythm and "never ask", saved with the form
)


def _table(entity: type[Any]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table


@dataclass(frozen=True)
class ContactSnapshot:
    """A contact as plain column values, with the rows that hang on it.

    ``rows`` maps a table name to its rows (spiral steps, consents, asks,
    engagements and their feedback); ``links`` lists ``(table, column, row id)``
    of rows elsewhere that referred to the contact.
    """

    contact: dict[str, Any]
    rows: dict[str, list[dict[str, Any]]]
    links: list[tuple[str, str, int]]

    @property
    def contact_id(self) -> int:
        return int(self.contact["id"])

    @property
    def version(self) -> int:
        return int(self.contact["version"])


def snapshot_contact(session: Session, contact_id: int) -> ContactSnapshot:
    """Everything needed to bring the contact back after an edit or a deletion."""
    contact_table = _table(Contact)
    row = session.execute(select(contact_table).where(contact_table.c.id == contact_id)).first()
    if row is None or row._mapping["erased_at"] is not None:
        raise NotFoundError(
            _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)
        )
    rows: dict[str, list[dict[str, Any]]] = {}
    for entity in (*_OWNED, *_LATE):
        table = _table(entity)
        key = table.c.id if "id" in table.c else table.c.contact_id
        stmt = select(table).where(table.c.contact_id == contact_id).order_by(key)
        rows[table.name] = [dict(r._mapping) for r in session.execute(stmt)]
    engagement_ids = [r["id"] for r in rows[_table(Engagement).name]]
    feedback = _table(Feedback)
    stmt = select(feedback).where(feedback.c.engagement_id.in_(engagement_ids))
    rows[feedback.name] = [dict(r._mapping) for r in session.execute(stmt.order_by(feedback.c.id))]
    links: list[tuple[str, str, int]] = []
    for entity, column in _LINKS:
        table = _table(entity)
        ids = session.scalars(select(table.c.id).where(table.c[column] == contact_id))
        links.extend((table.name, column, int(i)) for i in ids)
    return ContactSnapshot(dict(row._mapping), rows, links)


def restore_contacts(session: Session, snapshots: list[ContactSnapshot]) -> None:
    """Bring contacts back to their snapshots (undo of an edit, a creation or a deletion).

    A contact that still exists gets its columns and history rows back; a
    deleted one is re-created with its history, engagements, feedback and the
    references that pointed to it (where those rows still exist and have not
    been pointed elsewhere meanwhile).
    """
    contact_table = _table(Contact)
    existing = {
        int(cid): erased
        for cid, erased in session.execute(
            select(contact_table.c.id, contact_table.c.erased_at).where(
                contact_table.c.id.in_([s.contact_id for s in snapshots])
            )
        )
    }
    if any(erased is not None for erased in existing.values()):
        raise ConflictError(
            _(
                "Dieser Kontakt wurde inzwischen endgültig gelöscht (DSGVO); Rückgängig "
                "ist nicht mehr möglich."
            )
        )
    for snap in snapshots:
        values = {**snap.contact, "referred_by_id": None, "updated_at": utc_now()}
        values["search_text"] = search.contact_search_text(
            values,
            [SimpleNamespace(**r) for r in snap.rows.get(_table(ContactDetail).name, [])],
            [SimpleNamespace(**r) for r in snap.rows.get(_table(ContactAddress).name, [])],
        )
        if snap.contact_id in existing:
            current = session.scalar(
                select(contact_table.c.version).where(contact_table.c.id == snap.contact_id)
            )
            values["version"] = int(current or 0) + 1
            session.execute(
                update(contact_table).where(contact_table.c.id == snap.contact_id).values(values)
            )
            for entity in _HISTORY:
                table = _table(entity)
                session.execute(delete(table).where(table.c.contact_id == snap.contact_id))
        else:
            session.execute(insert(contact_table).values(values))
    for snap in snapshots:
        restored: tuple[type[Any], ...] = (
            _HISTORY if snap.contact_id in existing else (*_OWNED, Feedback, *_LATE)
        )
        for entity in restored:
            table = _table(entity)
            for row in snap.rows.get(table.name, []):
                session.execute(insert(table).values(_without_dangling(session, table, row)))
    for snap in snapshots:
        _relink(session, snap)
    session.expire_all()


def _exists(session: Session, table: Table, row_id: int) -> bool:
    return session.scalar(select(table.c.id).where(table.c.id == row_id)) is not None


def _without_dangling(session: Session, table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """The row with nullable references to rows that no longer exist set to NULL."""
    values = dict(row)
    for column in table.columns:
        value = values.get(column.name)
        if value is None or not column.nullable:
            continue
        for fk in column.foreign_keys:
            if not _exists(session, fk.column.table, value):
                values[column.name] = None
    return values


def _relink(session: Session, snap: ContactSnapshot) -> None:
    contact_table = _table(Contact)
    referrer = snap.contact.get("referred_by_id")
    if referrer is not None and _exists(session, contact_table, referrer):
        session.execute(
            update(contact_table)
            .where(contact_table.c.id == snap.contact_id)
            .values(referred_by_id=referrer)
        )
    tables = {_table(entity).name: _table(entity) for entity, _column in _LINKS}
    for table_name, column, row_id in snap.links:
        table = tables[table_name]
        values: dict[str, Any] = {column: snap.contact_id}
        if "version" in table.c:
            values["version"] = table.c.version + 1
        session.execute(
            update(table).where(table.c.id == row_id, table.c[column].is_(None)).values(values)
        )


# -- undo of a merge -------------------------------------------------------------------

# Rows a merge moves from the other contact to the kept one (by id, so they move back).
_MOVED: tuple[type[Any], ...] = (
    SpiralStep,
    ConsentRecord,
    ReferralAsk,
    Engagement,
    Activity,
    Reminder,
)


def restore_merge(session: Session, keep: ContactSnapshot, other: ContactSnapshot) -> None:
    """Take a merge back: the other contact returns with its own records, details,
    care and the references that pointed to it; the kept one gets its state back.

    ``keep`` and ``other`` are the snapshots taken right before the merge.
    """
    contact_table = _table(Contact)
    keep_id, other_id = keep.contact_id, other.contact_id
    if session.scalar(select(contact_table.c.id).where(contact_table.c.id == other_id)):
        raise ConflictError(_("Der zusammengeführte Kontakt ist schon wieder da."))
    values = {**other.contact, "referred_by_id": None, "updated_at": utc_now()}
    values["search_text"] = search.contact_search_text(
        values,
        [SimpleNamespace(**r) for r in other.rows.get(_table(ContactDetail).name, [])],
        [SimpleNamespace(**r) for r in other.rows.get(_table(ContactAddress).name, [])],
    )
    session.execute(insert(contact_table).values(values))
    for entity in _MOVED:
        table = _table(entity)
        ids = [row["id"] for row in other.rows.get(table.name, [])]
        if ids:
            session.execute(
                update(table)
                .where(table.c.id.in_(ids), table.c.contact_id == keep_id)
                .values(contact_id=other_id)
            )
    for entity in (ContactDetail, ContactAddress):
        table = _table(entity)
        for row in other.rows.get(table.name, []):
            session.execute(insert(table).values(row))
    tables = {_table(entity).name: _table(entity) for entity, _column in _LINKS}
    for table_name, column, row_id in other.links:
        table = tables[table_name]
        moved: dict[str, Any] = {column: other_id}
        if "version" in table.c:
            moved["version"] = table.c.version + 1
        session.execute(
            update(table).where(table.c.id == row_id, table.c[column] == keep_id).values(moved)
        )
    referrer = other.contact.get("referred_by_id")
    if referrer is not None and _exists(session, contact_table, referrer):
        session.execute(
            update(contact_table)
            .where(contact_table.c.id == other_id)
            .values(referred_by_id=referrer)
        )
    restore_contacts(session, [keep])  # its columns, details, addresses, history, care
    care = _table(ContactCare)
    session.execute(delete(care).where(care.c.contact_id == other_id))
    for row in other.rows.get(care.name, []):
        session.execute(insert(care).values(row))
    session.expire_all()
