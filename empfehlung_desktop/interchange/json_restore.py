"""Restoring a full JSON export (``json_io``) into an EMPTY database.

Everything is checked first (types, the app's limits, unique ids, every reference
pointing at a record in the file), then written in one transaction keeping the
ids: nothing else can own them in an empty database, so every reference stays
valid. A non-empty database only takes the contacts (``json_io.contacts_from_json``).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.interchange.json_io import TOP_LEVEL, records_of
from empfehlung_desktop.model import (
    Activity,
    AgendaState,
    AppSetting,
    Base,
    ConsentRecord,
    Contact,
    ContactAddress,
    ContactCare,
    ContactDetail,
    Engagement,
    Feedback,
    PracticeProfile,
    Referral,
    ReferralAsk,
    ReferralEvent,
    Reminder,
    Role,
    SpiralStep,
)
from empfehlung_desktop.model.base import RoleSet
from empfehlung_desktop.names import name_sort_key, split_name
from empfehlung_desktop.services.contacts.validation import normalize_email
from empfehlung_desktop.services.data.serialize import columns
from empfehlung_desktop.services.feedback.feedback import MAX_TEXT
from empfehlung_desktop.store import search

DATA_TABLES: tuple[type[Base], ...] = (
    Contact,
    SpiralStep,
    ConsentRecord,
    ReferralAsk,
    ContactDetail,
    ContactAddress,
    ContactCare,
    Referral,
    ReferralEvent,
    Engagement,
    Feedback,
    Activity,
    Reminder,
    AgendaState,
)


# The same limits as the forms, the CLI and the services (see validate() there).
_RANGES: dict[tuple[type[Base], str], tuple[int, int]] = {
    (Feedback, "recommend_score"): (0, 10),
    (Feedback, "expectations_met"): (1, 5),
    (Referral, "temperature"): (1, 5),
    (Contact, "birth_day"): (1, 31),
    (Contact, "birth_month"): (1, 12),
    (Contact, "birth_year"): (1850, 2200),
}
_MAX_TEXT = MAX_TEXT
_MAX_RAW_FORM = 200_000


class _Refused(Exception):
    """A value the app would not accept; the message is German and names the problem."""


def _decode(column: Any, value: Any) -> Any:
    """The JSON value as the column's Python value, or :class:`_Refused` in German."""
    if value is None:
        if not column.nullable and column.key != "id":
            raise _Refused(_("darf nicht leer sein"))
        return None
    kind = column.type
    try:
        return _decode_value(column, kind, value)
    except _Refused:
        raise
    except (ValueError, TypeError, KeyError, OverflowError, AttributeError):
        raise _Refused(_describe_expected(kind)) from None


def _describe_expected(kind: Any) -> str:
    if isinstance(kind, RoleSet):
        return _("erwartet eine Liste bekannter Rollen")
    if isinstance(kind, SAEnum):
        return _("unbekannter Wert")
    if isinstance(kind, DateTime):
        return _("erwartet Datum und Uhrzeit (JJJJ-MM-TTTHH:MM:SS)")
    if isinstance(kind, Date):
        return _("erwartet ein Datum (JJJJ-MM-TT)")
    if isinstance(kind, LargeBinary):
        return _("erwartet Base64-kodierte Daten")
    return _("ungültiger Wert")


def _decode_value(column: Any, kind: Any, value: Any) -> Any:
    if isinstance(kind, RoleSet):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(value)
        return Role.from_codes(list(value))
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise _Refused(_("erwartet wahr oder falsch (true/false)"))
        return value
    if isinstance(kind, Integer):
        if not isinstance(value, int) or isinstance(value, bool):
            raise _Refused(_("erwartet eine ganze Zahl"))
        if not -(2**62) < value < 2**62:
            raise _Refused(_("die Zahl ist zu groß"))
        return value
    if isinstance(kind, SAEnum | Date | DateTime | LargeBinary) and not isinstance(value, str):
        raise _Refused(_describe_expected(kind))
    if isinstance(kind, String) and not isinstance(value, str):
        raise _Refused(_("erwartet Text"))
    return _decode_plain(kind, value)


def _decode_plain(kind: Any, value: Any) -> Any:
    if isinstance(kind, SAEnum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value, validate=True)
    return value


def _check_value(entity: type[Base], column: Any, value: Any) -> None:
    """Length, range and format rules of the app for one decoded value."""
    if value is None:
        return
    kind = column.type
    if isinstance(value, str):
        if "\x00" in value:
            raise _Refused(_("enthält ein unzulässiges Steuerzeichen"))
        limit = getattr(kind, "length", None)
        if limit is None and not isinstance(kind, SAEnum):
            limit = _MAX_RAW_FORM if column.key == "raw_form" else _MAX_TEXT
        if limit is not None and len(value) > limit:
            raise _Refused(
                _("ist zu lang ({length} Zeichen, höchstens {limit})").format(
                    length=len(value), limit=limit
                )
            )
    bounds = _RANGES.get((entity, column.key))
    if bounds is not None and not bounds[0] <= value <= bounds[1]:
        raise _Refused(
            _("muss zwischen {low} und {high} liegen, nicht {value}").format(
                low=bounds[0], high=bounds[1], value=value
            )
        )
    if isinstance(value, dt.date) and not 1900 <= value.year <= 2200:
        raise _Refused(_("das Jahr {year} ist nicht plausibel").format(year=value.year))
    if entity is Contact and column.key == "email" and value:
        _normalized, problem = normalize_email(value)
        if problem:
            raise _Refused(_("keine gültige E-Mail-Adresse"))
    if entity is Contact and column.key == "name" and not value.strip():
        raise _Refused(_("darf nicht leer sein"))


def database_is_empty(session: Session) -> bool:
    for entity in DATA_TABLES:
        if session.scalar(select(func.count()).select_from(entity)):
            return False
    return True


def _prepare(entity: type[Base], record: Any, where: str, extra: dict[str, Any]) -> dict[str, Any]:
    if not isinstance(record, dict):
        raise UserError(_("JSON-Datei: {where} ist kein Objekt.").format(where=where))
    row: dict[str, Any] = dict(extra)
    for column in columns(entity):
        if column.key in record and column.key not in extra:
            try:
                row[column.key] = value = _decode(column, record[column.key])
                _check_value(entity, column, value)
            except _Refused as exc:
                raise UserError(
                    _("JSON-Datei: {where}, Feld „{key}“: {problem}.").format(
                        where=where, key=column.key, problem=exc
                    )
                ) from None
    missing = [
        c.key
        for c in columns(entity)
        if c.key not in row and not c.nullable and c.default is None and c.key != "id"
        and c.server_default is None
    ]  # fmt: skip
    if missing:
        raise UserError(
            _("JSON-Datei: {where}, Feld „{key}“ fehlt.").format(where=where, key=missing[0])
        )
    if "id" not in row or not isinstance(row["id"], int) or row["id"] < 1:
        raise UserError(_("JSON-Datei: {where} hat keine gültige „id“.").format(where=where))
    return row


def restore_all(session: Session, document: dict[str, Any]) -> dict[str, int]:
    """Write a full export into an EMPTY database (caller's transaction)."""
    if not database_is_empty(session):
        raise UserError(
            _(
                "Eine vollständige JSON-Sicherung kann nur in eine leere Datenbank "
                "eingespielt werden. In eine Datenbank mit Daten werden nur die Kontakte "
                "übernommen."
            )
        )
    rows: dict[type[Base], list[dict[str, Any]]] = {}
    for key, entity, children in TOP_LEVEL:
        records = document.get(key)
        if key == "practice_profile":
            records = [records] if records else []
        elif not isinstance(records, list):
            records = records_of(document, key)
        for index, record in enumerate(records, start=1):
            where = _("{key} Nr. {index}").format(key=key, index=index)
            row = _prepare(entity, record, where, {})
            rows.setdefault(entity, []).append(row)
            for name, child, fk in children:
                child_records = record.get(name) or []
                if not isinstance(child_records, list):
                    raise UserError(
                        _("JSON-Datei: {where}, „{key}“ muss eine Liste sein.").format(
                            where=where, key=name
                        )
                    )
                for c_index, c_record in enumerate(child_records, start=1):
                    c_where = f"{where}, " + _("{key} Nr. {index}").format(key=name, index=c_index)
                    rows.setdefault(child, []).append(
                        _prepare(child, c_record, c_where, {fk: row["id"]})
                    )
    _check_references(rows)
    try:
        _insert_rows(session, rows)
        _restore_settings(session, document.get("settings") or {})
    except SQLAlchemyError:
        # Everything checked above should make this impossible; never show driver text.
        raise UserError(
            _(
                "Die JSON-Datei enthält Werte, die die Datenbank nicht annimmt (z. B. "
                "doppelte Kennungen); nichts wurde eingespielt."
            )
        ) from None
    return {e.__tablename__: len(r) for e, r in rows.items()}


_LABELS = {
    Contact: N_("Kontakt"),
    SpiralStep: N_("Spiralschritt"),
    ConsentRecord: N_("Einwilligung"),
    ReferralAsk: N_("Empfehlungsbitte"),
    Referral: N_("Empfehlung"),
    ReferralEvent: N_("Empfehlungsschritt"),
    Engagement: N_("Anfrage/Auftrag"),
    Feedback: N_("Feedback"),
    PracticeProfile: N_("Praxisprofil"),
    AgendaState: N_("Heute-Eintrag"),
}


def _check_references(rows: dict[type[Base], list[dict[str, Any]]]) -> None:
    """Unique ids and tokens, and every reference pointing at a record in the file."""
    ids: dict[str, set[int]] = {}
    for entity, batch in rows.items():
        seen: set[int] = set()
        label = translate(_LABELS.get(entity, entity.__tablename__))
        for row in batch:
            if row["id"] in seen:
                raise UserError(
                    _("JSON-Datei: {what} mit der id {id} kommt doppelt vor.").format(
                        what=label, id=row["id"]
                    )
                )
            seen.add(row["id"])
        ids[entity.__tablename__] = seen
        for column in columns(entity):
            if column.unique:
                values = [r.get(column.key) for r in batch if r.get(column.key) is not None]
                if len(values) != len(set(values)):
                    raise UserError(
                        _("JSON-Datei: {what}, Feld „{key}“: ein Wert kommt doppelt vor.").format(
                            what=label, key=column.key
                        )
                    )
    for entity, batch in rows.items():
        label = translate(_LABELS.get(entity, entity.__tablename__))
        for column in columns(entity):
            for fk in column.foreign_keys:
                target = fk.column.table.name
                for row in batch:
                    value = row.get(column.key)
                    if value is not None and value not in ids.get(target, set()):
                        raise UserError(
                            _(
                                "JSON-Datei: {what} {id}, Feld „{key}“: verweist auf "
                                "{target} {value}, den es in der Datei nicht gibt."
                            ).format(
                                what=label, id=row["id"], key=column.key, target=target,
                                value=value,
                            )
                        )  # fmt: skip


def _split_old_name(row: dict[str, Any]) -> None:
    parts = split_name(str(row.get("name") or ""))
    row["title"], row["given_name"], row["family_name"] = parts.title, parts.given, parts.family
    row["name_suffix"] = parts.suffix
    row["sort_name"] = name_sort_key(parts.given, parts.family, str(row.get("name") or ""))


def _insert_rows(session: Session, rows: dict[type[Base], list[dict[str, Any]]]) -> None:
    # Contacts refer to each other: insert without "referred by", then set it.
    contacts = rows.get(Contact, [])
    referred = [(r["id"], r.pop("referred_by_id", None), r.get("updated_at")) for r in contacts]
    details: dict[Any, list[SimpleNamespace]] = {}
    for detail in rows.get(ContactDetail, []):
        details.setdefault(detail.get("contact_id"), []).append(SimpleNamespace(**detail))
    addresses: dict[Any, list[SimpleNamespace]] = {}
    for address in rows.get(ContactAddress, []):
        addresses.setdefault(address.get("contact_id"), []).append(SimpleNamespace(**address))
    for row in contacts:
        if "given_name" not in row and "family_name" not in row:
            _split_old_name(row)  # an export from before the person fields
        row["search_text"] = search.contact_search_text(
            row, details.get(row.get("id"), ()), addresses.get(row.get("id"), ())
        )
    session.execute(select(PracticeProfile.id)).all()  # start the transaction
    if rows.get(PracticeProfile):
        session.execute(delete(PracticeProfile))
    order = (Contact, SpiralStep, ConsentRecord, ReferralAsk, ContactDetail, ContactAddress,
             ContactCare, Referral, ReferralEvent, Engagement, Feedback, Activity, Reminder,
             PracticeProfile, AgendaState)  # fmt: skip
    for entity in order:
        batch = rows.get(entity, [])
        for start in range(0, len(batch), 2000):
            # Table-level insert: the ORM would reset the optimistic-lock version.
            table = cast(Table, entity.__table__)
            session.execute(insert(table), batch[start : start + 2000])
    links = [
        {"cid": cid, "ref": ref, "upd": updated or utc_now()}
        for cid, ref, updated in referred
        if ref is not None
    ]
    if links:
        contact_table = cast(Table, Contact.__table__)
        stmt = (
            update(contact_table)
            .where(contact_table.c.id == bindparam("cid"))
            .values(referred_by_id=bindparam("ref"), updated_at=bindparam("upd"))
        )
        session.connection().execute(stmt, links)
    if session.get_bind().dialect.name == "postgresql":
        for entity in order:
            name = entity.__tablename__
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
                )
            )


def _restore_settings(session: Session, settings: Any) -> None:
    if not isinstance(settings, dict):
        raise UserError(_("JSON-Datei: „settings“ muss ein Objekt sein."))
    for key, value in settings.items():
        if len(str(key)) > 100:
            raise UserError(_("JSON-Datei: ein Einstellungsname ist zu lang."))
        try:
            encoded = json.dumps(value)
        except (ValueError, RecursionError):
            raise UserError(
                _("JSON-Datei: Einstellung „{key}“ ist ungültig.").format(key=str(key)[:100])
            ) from None
        row = session.get(AppSetting, str(key))
        if row is None:
            session.add(AppSetting(key=str(key), value=encoded))
        else:
            row.value = encoded
    session.flush()
