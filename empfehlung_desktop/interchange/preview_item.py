"""One contact of an import file as it would be imported: checked and cleaned.

Everything here is a pure function of the file's contact (and the practice's
country and today's date): the preview's checks run in a second process for
big files (:mod:`interchange.parallel`), so this module imports no database
code. Nothing is dropped: a value that cannot be kept in its field (an invalid
further e-mail, an impossible birthday, an over-long address line) goes into
the notes with a hint, like every other value without a field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from empfehlung_desktop.i18n import N_, _
from empfehlung_desktop.interchange.records import ImportedContact, PersonFields, full_notes
from empfehlung_desktop.model import ContactSource, DetailKind, Role, SpiralStage
from empfehlung_desktop.names import split_name
from empfehlung_desktop.services.contacts import person as person_service
from empfehlung_desktop.services.contacts.person import AddressData, DetailData, PersonName
from empfehlung_desktop.services.contacts.validation import (
    DEFAULT_REGION,
    check_phone,
    normalize_email,
)

_MAX_LEN = {"name": 200, "organisation": 200, "profession": 200}


class Action(StrEnum):
    """What happens to one previewed contact."""

    NEW = "new"  # not a duplicate: imported
    SKIP = "skip"  # not imported
    MERGE = "merge"  # empty fields of the existing contact filled, notes appended
    IMPORT = "import"  # a duplicate imported anyway as a separate contact


# German source texts; the UI translates them with tr(), messages with translate().
ACTION_LABELS = {
    Action.NEW: N_("neu"),
    Action.SKIP: N_("überspringen"),
    Action.MERGE: N_("zusammenführen"),
    Action.IMPORT: N_("trotzdem importieren"),
}


@dataclass(slots=True)
class PreviewItem:
    """One contact of the file as it would be imported."""

    position: str
    name: str
    organisation: str
    email: str
    phone: str
    profession: str
    competences: str
    notes: str
    warnings: list[str] = field(default_factory=list)
    duplicate_of: int | None = None
    duplicate_name: str = ""
    duplicate_reason: str = ""
    action: Action = Action.NEW
    uid: str = ""
    roles: Role = field(default_factory=lambda: Role(0))
    source: ContactSource | None = None
    spiral_stage: SpiralStage | None = None
    referred_by: str = ""
    referred_by_uid: str = ""
    consent_share: bool = False
    consent_share_on: dt.date | None = None
    person: PersonFields = field(default_factory=PersonFields)

    @property
    def is_duplicate(self) -> bool:
        return bool(self.duplicate_reason)

    @property
    def importable(self) -> bool:
        return bool(self.name)

    def allowed_actions(self) -> list[Action]:
        if not self.importable:
            return [Action.SKIP]
        if self.duplicate_of is not None:
            return [Action.SKIP, Action.MERGE, Action.IMPORT]
        if self.is_duplicate:
            return [Action.SKIP, Action.IMPORT]
        return [Action.NEW, Action.SKIP]


def clean_item(
    raw: ImportedContact, practice_country: str = DEFAULT_REGION, today: dt.date | None = None
) -> PreviewItem:
    """Normalise one contact; odd values move to the notes with a warning."""
    warnings: list[str] = list(raw.warnings)
    extra = list(raw.extra)
    name, person = clean_person(
        raw.name,
        raw.person,
        country=raw.country,
        practice_country=practice_country,
        today=today,
        warnings=warnings,
        extra=extra,
    )
    if extra:
        labels = list(dict.fromkeys(line.split(": ", 1)[0] for line in extra))
        warnings.append(
            _("Ohne eigenes Feld, steht in den Notizen: {labels}.").format(labels=", ".join(labels))
        )
    email, error = normalize_email(raw.email)
    if error:
        warnings.append(_("{error} Sie steht stattdessen in den Notizen.").format(error=error))
        extra.append(_("E-Mail (ungültig): {email}").format(email=raw.email.strip()))
        email = ""
    # A number is never turned into another one: it is formatted internationally
    # only when its country is certain, otherwise kept exactly as written.
    checked = check_phone(raw.phone, country=raw.country, practice_country=practice_country)
    phone = checked.text
    if checked.error:
        warnings.append(_("{error} Sie wird unverändert übernommen.").format(error=checked.error))
    elif checked.hint:
        warnings.append(checked.hint)
    if len(phone) > 40:
        warnings.append(_("Telefonnummer zu lang, sie steht vollständig in den Notizen."))
        extra.append(_("Telefon: {value}").format(value=phone))
        phone = phone[:40]
    values = {
        "name": name,
        "organisation": raw.organisation.strip(),
        "profession": raw.profession.strip(),
    }
    for key, limit in _MAX_LEN.items():
        if len(values[key]) > limit:
            warnings.append(
                _("Zu lang, gekürzt: {key} ({count} Zeichen).").format(
                    key=key, count=len(values[key])
                )
            )
            extra.append(_("{key} vollständig: {value}").format(key=key, value=values[key]))
            values[key] = values[key][:limit]
    if not values["name"]:
        warnings.append(_("Kein Name – wird übersprungen."))
    notes = full_notes(raw.notes, extra)
    competences = raw.competences
    if competences:
        competences = ", ".join(t.strip() for t in competences.split(",") if t.strip())
    item = PreviewItem(
        position=raw.position,
        email=email,
        phone=phone,
        competences=competences,
        notes=notes,
        warnings=warnings,
        name=values["name"],
        organisation=values["organisation"],
        profession=values["profession"],
        uid=raw.uid,
        roles=raw.roles,
        source=raw.source,
        spiral_stage=raw.spiral_stage,
        referred_by=raw.referred_by.strip(),
        referred_by_uid=raw.referred_by_uid,
        consent_share=raw.consent_share,
        consent_share_on=raw.consent_share_on,
        person=person,
    )
    if not item.importable:
        item.action = Action.SKIP
    return item


def clean_person(
    name: str,
    fields: PersonFields,
    *,
    country: str,
    practice_country: str,
    today: dt.date | None,
    warnings: list[str],
    extra: list[str],
) -> tuple[str, PersonFields]:
    """(display name, checked person fields); odd values go to ``extra`` with a warning."""
    names = person_service.complete_name(
        PersonName(
            name,
            fields.salutation,
            fields.title,
            fields.given_name,
            fields.family_name,
            fields.name_suffix,
        )
    )
    parts = {
        "title": names.title,
        "given_name": names.given_name,
        "family_name": names.family_name,
        "name_suffix": names.name_suffix,
    }
    limits = {"title": 60, "given_name": 100, "family_name": 100, "name_suffix": 60}
    for key, limit in limits.items():
        if len(parts[key]) > limit:
            parts[key] = ""  # the full name is still in the display name
    day, month, year = fields.birth_day, fields.birth_month, fields.birth_year
    error = person_service.check_birthday(day, month, year, today)
    if error:
        warnings.append(_("Geburtstag: {error} Er steht in den Notizen.").format(error=error))
        shown = person_service.iso_birthday(day, month, year) or ""
        extra.append(_("Geburtstag: {value}").format(value=shown))
        day = month = year = None
    details = [
        d
        for d in (
            _clean_detail(d, country, practice_country, warnings, extra) for d in fields.details
        )
        if d is not None
    ]
    addresses = [_clean_address(a, warnings, extra) for a in fields.addresses]
    tags = person_service.clean_tags(fields.tags) if fields.tags else ""
    if len(tags) > 500:
        warnings.append(_("Zu viele Schlagwörter; sie stehen in den Notizen."))
        extra.append(_("Schlagwörter: {value}").format(value=tags))
        tags = ""
    # Every field of PersonFields (dataclasses.replace costs as much again).
    cleaned = PersonFields(
        salutation=names.salutation,
        title=parts["title"],
        given_name=parts["given_name"],
        family_name=parts["family_name"],
        name_suffix=parts["name_suffix"],
        address_form=fields.address_form,
        birth_day=day,
        birth_month=month,
        birth_year=year,
        tags=tags,
        name_guessed=_split_by_guess(name, fields),
        details=details,
        addresses=[a for a in addresses if not a.is_empty()],
    )
    return names.name, cleaned


def _split_by_guess(name: str, fields: PersonFields) -> bool:
    """Whether the name parts will be a guess: the file gave only a name, an unsure one."""
    if fields.given_name.strip() or fields.family_name.strip() or not name.strip():
        return False
    return not split_name(name).certain


def _clean_detail(
    detail: DetailData,
    country: str,
    practice_country: str,
    warnings: list[str],
    extra: list[str],
) -> DetailData | None:
    value = detail.value.strip()
    if not value:
        return None
    label = _tidy_line(detail.label)
    if len(label) > 60:
        extra.append(_("Bezeichnung: {value}").format(value=label))
        label = label[:60]
    if detail.kind is DetailKind.EMAIL:
        value, error = normalize_email(value)
        if error:
            warnings.append(_("{error} Sie steht stattdessen in den Notizen.").format(error=error))
            extra.append(_("E-Mail (ungültig): {email}").format(email=detail.value.strip()))
            return None
    elif detail.kind is DetailKind.PHONE:
        checked = check_phone(value, country=country, practice_country=practice_country)
        value = checked.text
        if checked.error:
            warnings.append(
                _("{error} Sie wird unverändert übernommen.").format(error=checked.error)
            )
        elif checked.hint:
            warnings.append(checked.hint)
    if len(value) > 500:
        warnings.append(_("Eine Angabe ist zu lang; sie steht vollständig in den Notizen."))
        extra.append(f"{label or detail.kind.label}: {value}")
        return None
    if value == detail.value and label == detail.label:
        return detail  # unchanged (and immutable): no copy
    return DetailData(detail.kind, value, label)


def _clean_address(address: AddressData, warnings: list[str], extra: list[str]) -> AddressData:
    street, postcode = _tidy(address.street), _tidy(address.postcode)
    city, region, country = _tidy(address.city), _tidy(address.region), _tidy(address.country)
    label = _tidy_line(address.label)[:60]
    if (
        len(street) > 200
        or len(postcode) > 20
        or len(city) > 100
        or len(region) > 100
        or len(country) > 100
    ):
        full = AddressData(street, postcode, city, region, country).one_line()
        warnings.append(_("Eine Adresse ist zu lang; sie steht vollständig in den Notizen."))
        extra.append(_("Adresse: {value}").format(value=full))
        street, postcode, city = street[:200], postcode[:20], city[:100]
        region, country = region[:100], country[:100]
    if (street, postcode, city, region, country, label) == (
        address.street,
        address.postcode,
        address.city,
        address.region,
        address.country,
        address.label,
    ):
        return address  # already clean (and immutable): no copy
    return AddressData(street, postcode, city, region, country, label)


def _tidy(text: str) -> str:
    """Spaces tidied within each line; line breaks (a street on two lines) kept."""
    if _is_tidy(text):
        return text
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def _tidy_line(text: str) -> str:
    """Whitespace runs as one space, none at the ends (``" ".join(text.split())``)."""
    return text if _is_tidy(text) else " ".join(text.split())


def _is_tidy(text: str) -> bool:
    """Whether tidying leaves ``text`` as it is: its only white space is single
    spaces between words (a printable text has no other white space: every
    other white space character is a control or a separator character)."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
