"""Contacts: listing at scale (filter, sort and page in SQL) and safe edits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any, TypeVar

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from empfehlung_desktop.errors import ConflictError, NotFoundError, ValidationError
from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.model import (
    AddressForm,
    ConsentChannel,
    ConsentPurpose,
    ConsentRecord,
    Contact,
    ContactDetail,
    ContactSource,
    Role,
    Salutation,
    SpiralStage,
    SpiralStep,
)
from empfehlung_desktop.services.contacts import person
from empfehlung_desktop.services.contacts import search as contact_search
from empfehlung_desktop.services.contacts.deletion import (
    DeleteImpact as DeleteImpact,
)
from empfehlung_desktop.services.contacts.deletion import (
    delete_contacts as delete_contacts,
)
from empfehlung_desktop.services.contacts.deletion import (
    delete_impact as delete_impact,
)
from empfehlung_desktop.services.contacts.person import AddressData, DetailData
from empfehlung_desktop.services.contacts.validation import normalize_email, normalize_phone
from empfehlung_desktop.store.database import is_write_conflict

NO_ROLES = Role(0)
_S = TypeVar("_S", bound=Select[*tuple[Any, ...]])

# Columns the contacts table can sort by, in SQL.
SORT_COLUMNS: dict[str, Any] = {
    "name": Contact.sort_name,
    "organisation": Contact.organisation,
    "roles": Contact.roles,
    "source": Contact.source,
    "spiral_stage": Contact.spiral_stage,
    "email": Contact.email,
    "phone": Contact.phone,
    "updated_at": Contact.updated_at,
}

# The ORDER BY expressions of the list; NULL enums compare as "" (SQLite sorts both first).
_SORT_VALUES: dict[str, Any] = {
    key: (func.coalesce(type_coerce(col, String), "") if key in ("source", "spiral_stage") else col)
    for key, col in SORT_COLUMNS.items()
}


@dataclass(frozen=True)
class ContactQuery:
    """What the contacts list shows: search text, filters and sort order."""

    text: str = ""
    role: Role | None = None
    source: ContactSource | None = None
    spiral_stage: SpiralStage | None = None
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ContactRow:
    """One row of the contacts list (no ORM object, cheap to hold by the thousand)."""

    id: int
    name: str
    organisation: str
    roles: Role
    source: ContactSource | None
    spiral_stage: SpiralStage | None
    email: str
    phone: str
    updated_at: dt.datetime


_ROW_COLUMNS = (
    Contact.id,
    Contact.name,
    Contact.organisation,
    Contact.roles,
    Contact.source,
    Contact.spiral_stage,
    Contact.email,
    Contact.phone,
    Contact.updated_at,
)


def _filtered(
    session: Session,
    query: ContactQuery,
    stmt: _S,
    in_order: bool = False,
    erased: frozenset[int] | None = None,
    dense: bool = False,
) -> _S:
    if erased is None or len(erased) > contact_search.MAX_KNOWN_ERASED:
        stmt = stmt.where(Contact.erased_at.is_(None))
    elif erased:
        # Known ids instead of erased_at: the name index alone can answer.
        stmt = stmt.where(Contact.id.not_in(sorted(erased)))
    if query.text.strip():
        stmt = stmt.where(contact_search.text_filter(session, query.text, in_order, dense))
    if query.role:
        stmt = stmt.where(Contact.roles.op("&")(int(query.role)) != 0)
    if query.source is not None:
        stmt = stmt.where(Contact.source == query.source)
    if query.spiral_stage is not None:
        stmt = stmt.where(Contact.spiral_stage == query.spiral_stage)
    return stmt


def _has_filters(query: ContactQuery) -> bool:
    return bool(query.role or query.source is not None or query.spiral_stage is not None)


def count_contacts(
    session: Session, query: ContactQuery, erased: frozenset[int] | None = None
) -> int:
    """How many contacts match. Pass ``erased`` (see :func:`erased_contact_ids`) to
    count plain text searches on the search index alone, without touching rows."""
    fast = contact_search.count_on_index(session, query.text, _has_filters(query), erased)
    if fast is not None:
        return fast
    stmt = _filtered(session, query, select(func.count()).select_from(Contact), erased=erased)
    return int(session.execute(stmt).scalar_one())


def fetch_contacts(
    session: Session,
    query: ContactQuery,
    offset: int = 0,
    limit: int = 200,
    in_order: bool = False,
    erased: frozenset[int] | None = None,
    dense: bool = False,
    counts: tuple[int, int] | None = None,
) -> list[ContactRow]:
    """One page of contacts, filtered and sorted in SQL.

    ``in_order`` walks the name index and tests each row against the search instead
    of sorting all matches: faster when many contacts match, spread over the names,
    and the page is near the top (see :func:`prefer_in_order`; with ``counts``, the
    matches and all contacts, not when they sit together in the name order); ``dense``
    tests each row's document on that walk (:func:`prefer_row_tests`).
    """
    column = _SORT_VALUES.get(query.sort, Contact.sort_name)
    order = [column.desc() if query.descending else column.asc()]
    if column is not Contact.sort_name:
        order.append(Contact.sort_name.asc())
    order.append(Contact.id.asc())
    in_order = in_order and column is Contact.sort_name
    if in_order and counts and contact_search.clustered_by_name(session, query.text, *counts):
        in_order = False  # the walk would pass most contacts before the first match
    page = None
    if column is Contact.sort_name and not in_order and not _has_filters(query):
        page = contact_search.name_page(
            session, query.text, query.descending, offset, limit, erased
        )
    if page is not None:  # the page's ids from the indexes alone
        stmt, offset = select(*_ROW_COLUMNS).where(page), 0
    else:
        stmt = _filtered(session, query, select(*_ROW_COLUMNS), in_order, erased, dense)
    rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit)).all()
    return [ContactRow(*row) for row in rows]


def contact_position(session: Session, query: ContactQuery, contact_id: int) -> int | None:
    """The row at which ``contact_id`` appears in :func:`fetch_contacts`, or None.

    Counts the rows sorting before it (same ORDER BY as the list), so a view can
    keep or restore a selection without loading the pages in between.
    """
    row = session.execute(
        _filtered(session, query, select(*_SORT_VALUES.values())).where(Contact.id == contact_id)
    ).first()
    if row is None:
        return None
    values = dict(zip(_SORT_VALUES, row, strict=True))
    column = _SORT_VALUES.get(query.sort, Contact.sort_name)
    if query.sort not in _SORT_VALUES:
        query = replace(query, sort="name")
    value, name, ident = values[query.sort], values["name"], contact_id
    ahead = column > value if query.descending else column < value
    if column is Contact.sort_name:
        before = ahead | ((column == value) & (Contact.id < ident))
    else:
        tie = (column == value) & (
            (Contact.sort_name < name) | ((Contact.sort_name == name) & (Contact.id < ident))
        )
        before = ahead | tie
    stmt = _filtered(session, query, select(func.count()).select_from(Contact)).where(before)
    return int(session.execute(stmt).scalar_one())


@dataclass
class ContactData:
    """The editable fields of a contact, as a form or an import delivers them.

    ``name`` is the display name; give it, the parts, or both (see
    :func:`person.complete_name`). ``details`` and ``addresses`` replace the
    contact's lists as a whole.
    """

    name: str = ""
    salutation: Salutation = Salutation.NONE
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    name_suffix: str = ""
    address_form: AddressForm = AddressForm.FORMAL
    birth_day: int | None = None
    birth_month: int | None = None
    birth_year: int | None = None
    tags: str = ""
    details: tuple[DetailData, ...] = ()
    addresses: tuple[AddressData, ...] = ()
    organisation: str = ""
    email: str = ""
    phone: str = ""
    profession: str = ""
    competences: str = ""
    roles: Role = NO_ROLES
    source: ContactSource | None = None
    referred_by_id: int | None = None
    spiral_stage: SpiralStage | None = None
    notes: str = ""
    consent_share: bool = False
    consent_share_on: dt.date | None = None
    data_origin: str = ""
    spiral_note: str = field(default="", compare=False)

    @classmethod
    def from_contact(cls, contact: Contact) -> ContactData:
        values = {f.name: getattr(contact, f.name) for f in fields(cls) if f.name not in _LISTS}
        values["details"] = tuple(DetailData(d.kind, d.value, d.label) for d in contact.details)
        values["addresses"] = tuple(
            AddressData(a.street, a.postcode, a.city, a.region, a.country, a.label)
            for a in contact.addresses
        )
        return cls(**values)


_LISTS = ("spiral_note", "details", "addresses")


def validate(data: ContactData, today: dt.date | None = None) -> ContactData:
    """Check and normalise; raise :class:`ValidationError` with German messages.

    ``today`` bounds the birthday (no birthday in the future); without it only the
    calendar is checked.
    """
    errors: dict[str, str] = {}
    names = person.complete_name(
        person.PersonName(
            data.name,
            data.salutation,
            data.title,
            data.given_name,
            data.family_name,
            data.name_suffix,
        )
    )
    name = names.name
    errors.update(person.check_name_lengths(names))
    birthday_error = person.check_birthday(data.birth_day, data.birth_month, data.birth_year, today)
    if birthday_error:
        errors["birthday"] = birthday_error
    details, detail_errors = person.clean_details(data.details)
    errors.update(detail_errors)
    tags = person.clean_tags(data.tags)
    if len(tags) > 500:
        errors["tags"] = _("Zu viele Schlagwörter (höchstens 500 Zeichen).")
    if not name:
        errors["name"] = _("Bitte einen Namen eingeben.")
    elif len(name) > 200:
        errors["name"] = _("Der Name ist zu lang (höchstens 200 Zeichen).")
    email, email_error = normalize_email(data.email)
    if email_error:
        errors["email"] = email_error
    phone, phone_error = normalize_phone(data.phone)
    if phone_error:
        errors["phone"] = phone_error
    if len(data.organisation.strip()) > 200:
        errors["organisation"] = _("Die Organisation ist zu lang (höchstens 200 Zeichen).")
    if data.consent_share and data.consent_share_on is None:
        errors["consent_share_on"] = _("Bitte das Datum der Einwilligung angeben.")
    if errors:
        raise ValidationError(errors)
    competences = ", ".join(t.strip() for t in data.competences.split(",") if t.strip())
    return replace(
        data,
        name=name,
        salutation=names.salutation,
        title=names.title,
        given_name=names.given_name,
        family_name=names.family_name,
        name_suffix=names.name_suffix,
        tags=tags,
        details=details,
        addresses=person.clean_addresses(data.addresses),
        organisation=data.organisation.strip(),
        email=email,
        phone=phone,
        profession=data.profession.strip(),
        competences=competences,
        consent_share_on=data.consent_share_on if data.consent_share else None,
    )


def get_contact(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None or contact.erased_at is not None:
        raise NotFoundError(
            _("Kontakt {contact_id} gibt es nicht (mehr).").format(contact_id=contact_id)
        )
    return contact


def _apply(session: Session, contact: Contact, data: ContactData, today: dt.date) -> None:
    if data.referred_by_id is not None:
        if data.referred_by_id == contact.id:
            raise ValidationError(
                {"referred_by_id": _("Ein Kontakt kann sich nicht selbst empfehlen.")}
            )
        get_contact(session, data.referred_by_id)
    previous_stage = contact.spiral_stage
    # The lists as stored, read before any attribute changes (no autoflush mid-way).
    current = ContactData.from_contact(contact) if contact.id is not None else ContactData()
    for f in fields(ContactData):
        if f.name not in _LISTS:
            setattr(contact, f.name, getattr(data, f.name))
    contact.sort_name = person.sort_name_of(
        person.PersonName(data.name, given_name=data.given_name, family_name=data.family_name)
    )
    _apply_lists(contact, data, current)
    if data.spiral_stage is not None and data.spiral_stage != previous_stage:
        contact.spiral_steps.append(
            SpiralStep(
                changed_on=today,
                stage=data.spiral_stage,
                previous_stage=previous_stage,
                note=data.spiral_note,
            )
        )


def _apply_lists(contact: Contact, data: ContactData, current: ContactData) -> None:
    """Replace further details and addresses, only where they changed (no needless writes)."""
    if current.details != data.details:
        contact.details = [
            ContactDetail(kind=d.kind, label=d.label, value=d.value, position=i)
            for i, d in enumerate(data.details)
        ]
    if current.addresses != data.addresses:
        contact.addresses = [person.address_row(a, i) for i, a in enumerate(data.addresses)]


def create_contact(session: Session, data: ContactData, *, today: dt.date) -> Contact:
    data = validate(data, today)
    contact = Contact(name=data.name)
    session.add(contact)
    _apply(session, contact, data, today)
    session.flush()
    return contact


def update_contact(
    session: Session,
    contact_id: int,
    data: ContactData,
    expected_version: int | None = None,
    *,
    today: dt.date,
) -> Contact:
    """Save changes; refuse if someone else saved the contact in the meantime.

    A new display name with the old parts (a caller that only knows ``name``) splits
    the new name again, as long as the old name was made of those parts.
    """
    contact = get_contact(session, contact_id)
    data = person.follow_renamed(contact, data)
    data = validate(data, today)
    if expected_version is not None and contact.version != expected_version:
        raise ConflictError(translate(_CONFLICT_MESSAGE))
    _apply(session, contact, data, today)
    try:
        session.flush()
    except StaleDataError:
        raise ConflictError(translate(_CONFLICT_MESSAGE)) from None
    except DBAPIError as exc:
        # SQLite: another connection committed after this session started reading.
        if is_write_conflict(exc):
            raise ConflictError(translate(_CONFLICT_MESSAGE)) from None
        raise
    person.mark_name_checked(session, contact_id)  # after the flush that may conflict
    return contact


def record_consent(
    session: Session,
    contact_id: int,
    purpose: ConsentPurpose,
    channel: ConsentChannel,
    *,
    given_on: dt.date,
    note: str = "",
) -> ConsentRecord:
    """Keep what a person consented to, when and how (GDPR Art. 7)."""
    contact = get_contact(session, contact_id)
    record = ConsentRecord(purpose=purpose, given_on=given_on, channel=channel, note=note.strip())
    contact.consents.append(record)
    session.flush()
    return record


_CONFLICT_MESSAGE = N_(
    "Dieser Kontakt wurde inzwischen an anderer Stelle geändert. Ihre Änderungen "
    "wurden nicht gespeichert; bitte neu laden und noch einmal eintragen."
)


def contact_lists_dict(contact: Contact) -> dict[str, Any]:
    """Further details and addresses (``contacts show``; the list leaves them out)."""
    return {
        "details": [
            {"kind": d.kind.value, "label": d.label, "value": d.value} for d in contact.details
        ],
        "addresses": [
            {
                "label": a.label,
                "street": a.street,
                "postcode": a.postcode,
                "city": a.city,
                "region": a.region,
                "country": a.country,
            }
            for a in contact.addresses
        ],
    }


def contact_to_dict(contact: Contact) -> dict[str, Any]:
    """The stable JSON shape of a contact in lists, used by the CLI and scripts."""
    return {
        "id": contact.id,
        "name": contact.name,
        "salutation": contact.salutation.value,
        "title": contact.title,
        "given_name": contact.given_name,
        "family_name": contact.family_name,
        "name_suffix": contact.name_suffix,
        "address_form": contact.address_form.value,
        "birthday": person.iso_birthday(contact.birth_day, contact.birth_month, contact.birth_year),
        "tags": [t.strip() for t in contact.tags.split(",") if t.strip()],
        "organisation": contact.organisation,
        "email": contact.email,
        "phone": contact.phone,
        "profession": contact.profession,
        "competences": [t.strip() for t in contact.competences.split(",") if t.strip()],
        "notes": contact.notes,
        "roles": contact.roles.codes(),
        "source": contact.source.value if contact.source else None,
        "referred_by_id": contact.referred_by_id,
        "spiral_stage": contact.spiral_stage.value if contact.spiral_stage else None,
        "consent_share": contact.consent_share,
        "consent_share_on": contact.consent_share_on.isoformat()
        if contact.consent_share_on
        else None,
        "updated_at": contact.updated_at.isoformat(timespec="seconds"),
    }


def list_contacts(session: Session, query: ContactQuery, limit: int | None = None) -> list[Contact]:
    """Full ORM contacts for exports and the CLI (the GUI pages instead)."""
    column = SORT_COLUMNS.get(query.sort, Contact.sort_name)
    stmt = _filtered(session, query, select(Contact)).order_by(
        column.desc() if query.descending else column.asc(), Contact.id
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))
