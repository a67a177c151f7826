"""The import flow shared by GUI and CLI: read → preview (duplicates, warnings) → commit.

Nothing is written before :func:`interchange.import_commit.commit_import`, and
that writes everything in one transaction: either the whole preview lands in
the database or nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from empfehlung_desktop.i18n import N_, _, format_date, ngettext
from empfehlung_desktop.interchange import import_person
from empfehlung_desktop.interchange.records import ImportedContact, PersonFields
from empfehlung_desktop.model import Contact, ContactSource, Role, SpiralStage, sort_key
from empfehlung_desktop.services.contacts.validation import (
    DEFAULT_REGION,
    check_phone,
    normalize_email,
)

FORMAT_LABELS = {"vcard": "vCard", "csv": "CSV", "json": "JSON"}
_EXTENSIONS = {".vcf": "vcard", ".vcard": "vcard", ".csv": "csv", ".txt": "csv", ".json": "json"}
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


@dataclass
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


@dataclass
class ImportPreview:
    file_name: str
    format: str
    items: list[PreviewItem]
    origin: str
    notice: str = ""

    def count(self, action: Action) -> int:
        return sum(1 for item in self.items if item.action is action)

    @property
    def duplicates(self) -> int:
        return sum(1 for item in self.items if item.is_duplicate)

    @property
    def warnings(self) -> list[str]:
        return [f"{i.position}: {w}" for i in self.items for w in i.warnings]

    def summary(self) -> str:
        total, warnings = len(self.items), len(self.warnings)
        head = ngettext(
            "{total} Kontakt in „{file_name}“", "{total} Kontakte in „{file_name}“", total
        ).format(total=total, file_name=self.file_name)
        duplicates = ngettext(
            "{duplicates} mögliche Dublette", "{duplicates} mögliche Dubletten", self.duplicates
        ).format(duplicates=self.duplicates)
        hints = ngettext("{warnings} Hinweis", "{warnings} Hinweise", warnings)
        return _(
            "{head}: {new} neu, {duplicates} ({merge} zusammenführen, {import_anyway} "
            "trotzdem importieren), {skipped} übersprungen, {hints}."
        ).format(
            head=head,
            new=self.count(Action.NEW),
            duplicates=duplicates,
            merge=self.count(Action.MERGE),
            import_anyway=self.count(Action.IMPORT),
            skipped=self.count(Action.SKIP),
            hints=hints.format(warnings=warnings),
        )


@dataclass(frozen=True)
class ImportResult:
    created: int
    merged: int
    skipped: int

    def describe(self) -> str:
        created = ngettext(
            "{created} Kontakt importiert", "{created} Kontakte importiert", self.created
        ).format(created=self.created)
        return _("{created}, {merged} zusammengeführt, {skipped} übersprungen.").format(
            created=created, merged=self.merged, skipped=self.skipped
        )


def detect_format(path: Path, data: bytes) -> str:
    fmt = _EXTENSIONS.get(path.suffix.lower())
    if fmt:
        return fmt
    head = data[:200].lstrip(b"\xef\xbb\xbf \r\n\t").upper()
    if head.startswith(b"BEGIN:VCARD"):
        return "vcard"
    if head.startswith(b"{"):
        return "json"
    return "csv"


def origin_text(fmt: str, file_name: str, today: dt.date) -> str:
    text = _("{format}-Import vom {date}, Datei {file_name}").format(
        format=FORMAT_LABELS.get(fmt, fmt), date=format_date(today), file_name=file_name
    )
    return text[:200]


def _clean(
    raw: ImportedContact, practice_country: str = DEFAULT_REGION, today: dt.date | None = None
) -> PreviewItem:
    """Normalise one contact; odd values move to the notes with a warning."""
    warnings: list[str] = list(raw.warnings)
    extra = list(raw.extra)
    name, person = import_person.clean_person(
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
    notes = ImportedContact(position="", notes=raw.notes, extra=extra).full_notes()
    item = PreviewItem(
        position=raw.position,
        email=email,
        phone=phone,
        competences=", ".join(t.strip() for t in raw.competences.split(",") if t.strip()),
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


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", phone)


def build_preview(
    session: Session,
    contacts: list[ImportedContact],
    *,
    file_name: str,
    fmt: str,
    today: dt.date,
    merge: bool = False,
    practice_country: str = DEFAULT_REGION,
) -> ImportPreview:
    """Check every contact and find likely duplicates (same UID, email, or name and phone).

    Duplicates default to "skip" (or "merge" with ``merge``).
    """
    items = [_clean(raw, practice_country, today) for raw in contacts]
    by_email: dict[str, tuple[int, str]] = {}
    by_name_phone: dict[tuple[str, str], tuple[int, str]] = {}
    by_uid: dict[str, tuple[int, str]] = {}
    rows = session.execute(
        select(Contact.id, Contact.name, Contact.email, Contact.phone, Contact.uid).where(
            Contact.erased_at.is_(None)
        )
    )
    for cid, name, email, phone, uid in rows:
        if uid:
            by_uid[uid] = (cid, name)
        if email:
            by_email.setdefault(email.casefold(), (cid, name))
        if phone:
            by_name_phone.setdefault((sort_key(name), _digits(phone)), (cid, name))
    seen_email: dict[str, str] = {}
    seen_name_phone: dict[tuple[str, str], str] = {}
    for item in items:
        if not item.importable:
            continue
        email_key = item.email.casefold()
        np_key = (sort_key(item.name), _digits(item.phone))
        found = by_uid.get(item.uid) if item.uid else None
        reason = _("gleicher Kontakt (gleiche UID)")
        if found is None:
            found = by_email.get(email_key) if email_key else None
            reason = _("gleiche E-Mail-Adresse")
        if found is None and np_key[1]:
            found, reason = by_name_phone.get(np_key), _("gleicher Name und gleiche Telefonnummer")
        if found is not None:
            item.duplicate_of, item.duplicate_name = found
            item.duplicate_reason = reason
            item.action = Action.MERGE if merge else Action.SKIP
        else:
            earlier = (seen_email.get(email_key) if email_key else None) or (
                seen_name_phone.get(np_key) if np_key[1] else None
            )
            if earlier:
                item.duplicate_reason = _("kommt in der Datei schon vor ({earlier})").format(
                    earlier=earlier
                )
                item.action = Action.SKIP
        if email_key:
            seen_email.setdefault(email_key, item.position)
        if np_key[1]:
            seen_name_phone.setdefault(np_key, item.position)
    return ImportPreview(
        file_name=file_name,
        format=fmt,
        items=items,
        origin=origin_text(fmt, file_name, today),
    )


def count_contacts(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Contact)) or 0)
