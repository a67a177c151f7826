"""GDPR (DSGVO): everything about one person as JSON (Art. 15/20) and erasure (Art. 17).

Erasure keeps the contact row as an anonymised placeholder so that referrals
the person took part in stay countable; their own texts are blanked or
deleted, and every mention elsewhere becomes ``[gelöscht]``: full name,
salutation + surname, distinctive name parts, initials beside the name,
e-mail, phone (any punctuation, split in parts) and organisation, also
written without accents, with "ae" for "ä" or with look-alike letters (the
matching of :mod:`..referrals.anonymize`). After the commit,
:func:`scrub_database` merges the search index and truncates the WAL so the
person is left in no file (``secure_delete`` zeroes freed space), and
:func:`scrub_backups` erases them inside every backup in the backup folder
(or removes a backup that cannot be cleaned). What lies outside the app's
reach is stated in the report.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, or_, select
from sqlalchemy.orm import Session, selectinload

from empfehlung_desktop import files
from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.config import sqlite_url
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import N_, _, enum_label, ngettext, translate
from empfehlung_desktop.model import (
    ERASED_NAME,
    Activity,
    AddressForm,
    AgendaState,
    Base,
    ConsentRecord,
    Contact,
    ContactCare,
    DetailKind,
    Engagement,
    Feedback,
    QuotePermission,
    Referral,
    ReferralAsk,
    ReferralEvent,
    Reminder,
    Role,
    Salutation,
    SpiralStep,
    sort_key,
)
from empfehlung_desktop.services.contacts.contacts import get_contact
from empfehlung_desktop.services.data.serialize import row_dict
from empfehlung_desktop.services.referrals import anonymize, anonymize_fold, anonymize_terms
from empfehlung_desktop.store import backup, cipher, search
from empfehlung_desktop.store.database import Database, open_database

REPLACEMENT = "[gelöscht]"
REPORT_FORMAT = "empfehlung-desktop-dsgvo-auskunft"

# Free-text columns of other records where the person's name may be mentioned.
_MENTION_COLUMNS: dict[type[Base], tuple[str, ...]] = {
    Contact: ("notes", "competences"),
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
    Reminder: ("text",),
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
            for a in _activities_of(session, contact.id)
        ],
        "reminders": [
            _labelled(r, (), skip=("contact_id",)) for r in _reminders_of(session, contact.id)
        ],
        "referrals": _referrals_of(session, contact.id),
        "engagements": _engagements_of(session, contact.id),
        "feedback": _feedback_of(session, contact.id),
    }


def _reminders_of(session: Session, contact_id: int) -> list[Reminder]:
    stmt = select(Reminder).where(Reminder.contact_id == contact_id)
    return list(session.scalars(stmt.order_by(Reminder.due_on, Reminder.id)))


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

# First names so common that, alone, they may well mean someone else: replaced
# only together with the surname, an initial or a salutation.
_COMMON_FIRST_NAMES = frozenset(
    [
        "alexander", "andreas", "anna", "andrea", "angelika", "barbara", "bernd", "birgit",
        "brigitte", "christian", "christina", "christine", "claudia", "daniel", "david",
        "dieter", "elke", "elisabeth", "eva", "frank", "gabriele", "gerhard", "hans", "heike",
        "helmut", "ingrid", "jan", "jens", "joachim", "jörg", "jürgen", "karin", "katharina",
        "klaus", "lena", "lisa", "manfred", "maria", "marie", "markus", "martin", "matthias",
        "michael", "monika", "nicole", "paul", "peter", "petra", "ralf", "sabine", "sandra",
        "sebastian", "stefan", "stephan", "susanne", "thomas", "tobias", "torsten", "ulrich",
        "ursula", "uwe", "werner", "wolfgang", "julia", "laura", "lukas", "max", "felix",
        "jonas", "leon",
    ]
)  # fmt: skip
_SALUTATIONS = ("Herr", "Herrn", "Frau", "Hr.", "Fr.")


@dataclass(frozen=True)
class Person:
    """The erased person's data as it may be written in other records."""

    contact_id: int
    name: str
    email: str
    phone: str
    organisation: str
    terms: dict[str, str]
    skipped: tuple[str, ...] = ()

    def redact(self, text: str) -> tuple[str, int]:
        return anonymize.redact(text, self.terms, self.phone, REPLACEMENT, self.name)

    def needles(self) -> list[str]:
        """Folded strings whose presence makes a text worth a closer look."""
        found = {anonymize_fold.quick_skeleton(t).strip() for t in self.terms}
        # The initials' letters are too short to pre-filter: a name mention comes with them.
        return sorted(n for n in found if n)

    def phone_probe(self) -> str:
        digits = anonymize_terms.phone_digits(self.phone)
        return digits[-6:] if len(digits) >= 6 else ""

    def byte_needles(self) -> list[bytes]:
        """What must not be found in a file after the erasure (exact and folded spellings)."""
        values = {t for t in self.terms if len(anonymize_fold.skeleton(t)) >= 4}
        values |= {anonymize_fold.skeleton(t) for t in values}
        digits = anonymize_terms.phone_digits(self.phone)
        if len(digits) >= 6:
            values.add(digits)
        return sorted({v.encode("utf-8") for v in values if v.strip()})


def describe_person(session: Session, contact: Contact) -> Person:
    """Which spellings of the person are replaced in other records.

    The full name, the e-mail (and its distinctive parts), the phone number, the
    organisation (with and without its legal form) and salutation + surname are
    always replaced. A name part alone only where it is distinctive: no other
    contact has it in their name, and a first name is not among the most common.
    """
    tokens = anonymize_terms.name_parts(contact.name)
    others: set[str] = set()
    stmt = select(Contact.name).where(Contact.id != contact.id, Contact.erased_at.is_(None))
    for (other,) in session.execute(stmt):
        others.update(anonymize_fold.quick_skeleton(other).replace("-", " ").split())
    terms: dict[str, str] = {}
    skipped: list[str] = []

    def add(value: str, kind: str) -> None:
        for variant in anonymize_terms.variants(value):
            terms.setdefault(variant, kind)

    add(contact.name, anonymize_terms.NAME)
    words = contact.name.split()
    if len(words) >= 2:
        add(f"{words[0]} {words[-1]}", anonymize_terms.NAME)
    surname = tokens[-1] if tokens else ""
    for index, part in enumerate(tokens):
        folded = anonymize_fold.quick_skeleton(part)
        common = folded in _COMMON_FIRST_NAMES and part != surname
        if len(folded) < 3 or folded in others or common or (index == 0 and len(tokens) == 1):
            if part not in skipped:
                skipped.append(part)
            continue
        add(part, anonymize_terms.NAME)
    if surname:
        for salutation in _SALUTATIONS:
            add(f"{salutation} {surname}", anonymize_terms.NAME)
        hyphenated = [w for w in words if "-" in w and len(w) > 3]
        for word in hyphenated:
            add(word.strip(".,"), anonymize_terms.NAME)
    if contact.email.strip():
        add(contact.email.strip(), anonymize_terms.EMAIL)
        for part in anonymize_terms.mail_parts(contact.email.strip()):
            if len(part) >= 4 and anonymize_fold.quick_skeleton(part) not in others:
                add(part, anonymize_terms.EMAIL)
    organisation = contact.organisation.strip()
    if organisation:
        add(organisation, anonymize_terms.ORG)
        core = anonymize_terms.org_core(organisation)
        if len(core) >= 4:
            add(core, anonymize_terms.ORG)
    if contact.phone.strip():
        add(contact.phone.strip(), anonymize_terms.PHONE)
    if contact.family_name.strip() and contact.family_name.strip() != surname:
        add(contact.family_name.strip(), anonymize_terms.NAME)
        for salutation in _SALUTATIONS:
            add(f"{salutation} {contact.family_name.strip()}", anonymize_terms.NAME)
    for detail in contact.details:
        kind = {
            DetailKind.EMAIL: anonymize_terms.EMAIL,
            DetailKind.PHONE: anonymize_terms.PHONE,
        }.get(detail.kind, anonymize_terms.NAME)
        if len(detail.value.strip()) >= 4:
            add(detail.value.strip(), kind)
    for address in contact.addresses:
        if len(address.street.strip()) >= 4:
            add(address.street.strip(), anonymize_terms.NAME)
    return Person(
        contact_id=contact.id,
        name=contact.name,
        email=contact.email,
        phone=contact.phone,
        organisation=organisation,
        terms=terms,
        skipped=tuple(skipped),
    )


@dataclass
class ErasureReport:
    """What an erasure changed and where it looked, for the GUI and the CLI."""

    contact_id: int
    name: str
    deleted: dict[str, int] = field(default_factory=dict)
    blanked: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    referrals_kept: int = 0
    looked_in: list[str] = field(default_factory=list)
    searched_for: list[str] = field(default_factory=list)
    not_alone: list[str] = field(default_factory=list)
    search_index: bool = False
    wal_truncated: bool | None = None
    backup_folder: str = ""
    backups_checked: int = 0
    backups_rewritten: list[str] = field(default_factory=list)
    backups_removed: list[str] = field(default_factory=list)
    person: Person | None = field(default=None, repr=False)

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
            "reminders": _("Erinnerungen gelöscht"),
            "engagements": _("Anfragen/Aufträge: Freitexte geleert"),
            "feedback": _("Feedbacks: Texte entfernt"),
        }
        for key, count in {**self.deleted, **self.blanked}.items():
            if count:
                out.append(f"{count} {labels[key]}")
        if self.referrals_kept:
            out.append(
                ngettext(
                    "{count} Empfehlung bleibt erhalten, mit „{name}“",
                    "{count} Empfehlungen bleiben erhalten, mit „{name}“",
                    self.referrals_kept,
                ).format(count=self.referrals_kept, name=ERASED_NAME)
            )
        out.append(
            _("Gesucht nach: {what}.").format(what=", ".join(self.searched_for))
            + " "
            + _(
                "Geschrieben auch ohne Akzente, mit „ae/oe/ue“ und in jeder Schreibweise "
                "der Telefonnummer."
            )
        )
        if self.not_alone:
            out.append(
                _(
                    "Nicht allein ersetzt, weil auch andere so heißen: {parts} (nur zusammen "
                    "mit Nachname, Initiale oder Anrede)."
                ).format(parts=", ".join(self.not_alone))
            )
        out.append(_("Durchsucht: {where}.").format(where=", ".join(self.looked_in)))
        if self.mentions:
            for where, count in sorted(self.mentions.items()):
                out.append(
                    _("{count}× Erwähnung in {where} durch „{replacement}“ ersetzt").format(
                        count=count, where=where, replacement=REPLACEMENT
                    )
                )
        else:
            out.append(_("In anderen Einträgen wurde die Person nicht erwähnt."))
        if self.search_index:
            out.append(_("Der Suchindex enthält die Person nicht mehr."))
        if self.wal_truncated is False:
            out.append(
                _(
                    "Hinweis: Ein anderes Programm liest gerade die Datenbank; das Protokoll "
                    "(WAL) wird geleert, sobald es geschlossen ist."
                )
            )
        out.extend(self.backup_lines())
        out.append(self.outside())
        return out

    def backup_lines(self) -> list[str]:
        out = [
            _("Datensicherungen in {folder}: {count} geprüft.").format(
                folder=self.backup_folder or "–", count=self.backups_checked
            )
        ]
        if self.backups_rewritten:
            out.append(
                _("Darin gelöscht (neu geschrieben): {files}").format(
                    files=", ".join(self.backups_rewritten)
                )
            )
        if self.backups_removed:
            out.append(
                _("Entfernt, weil sie sich nicht sicher bereinigen ließen: {files}").format(
                    files=", ".join(self.backups_removed)
                )
            )
        return out

    @staticmethod
    def outside() -> str:
        return _(
            "Außerhalb der Reichweite des Programms: Exporte (JSON, CSV, vCard, Kalender, "
            "PDF), DSGVO-Auskünfte und Datensicherungen, die an einem anderen Ort gespeichert "
            "wurden, sowie versandte E-Mails, Ausdrucke und Kopien auf anderen Geräten. Diese "
            "enthalten die Person weiterhin; bitte dort selbst löschen."
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "deleted": self.deleted,
            "blanked": self.blanked,
            "mentions_replaced": self.mentions,
            "referrals_kept": self.referrals_kept,
            "looked_in": self.looked_in,
            "searched_for": self.searched_for,
            "not_replaced_alone": self.not_alone,
            "search_index_cleaned": self.search_index,
            "wal_truncated": self.wal_truncated,
            "backup_folder": self.backup_folder,
            "backups_checked": self.backups_checked,
            "backups_rewritten": self.backups_rewritten,
            "backups_removed": self.backups_removed,
            "outside_reach": self.outside(),
        }


def erase_contact(session: Session, contact_id: int) -> ErasureReport:
    """Anonymise one person in the caller's transaction (see module docstring)."""
    contact = get_contact(session, contact_id)
    name = contact.name
    if not name.strip():
        raise UserError(_("Der Kontakt hat keinen Namen; es gibt nichts zu löschen."))
    person = describe_person(session, contact)
    report = ErasureReport(contact_id=contact.id, name=name, person=person)
    report.searched_for = _searched_for(person)
    report.not_alone = list(person.skipped)
    _erase_person(session, contact, report)
    report.mentions = replace_mentions(session, person, exclude_contact=contact.id)
    report.looked_in = [f"{e.__tablename__}.{a}"
                        for e, attrs in _MENTION_COLUMNS.items() for a in attrs]  # fmt: skip
    report.looked_in.append(_("Suchindex"))
    report.referrals_kept = len(_referrals_of(session, contact.id))
    session.flush()
    report.search_index = True
    return report


def _searched_for(person: Person) -> list[str]:
    kinds = {kind for kind in person.terms.values()}
    out = [_("vollständiger Name"), _("Anrede mit Nachname"), _("Initialen")]
    if len(anonymize_terms.name_parts(person.name)) > len(person.skipped):
        out.append(_("Namensteile"))
    if anonymize_terms.EMAIL in kinds:
        out.append(_("E-Mail-Adresse"))
    if person.phone.strip():
        out.append(_("Telefonnummer"))
    if anonymize_terms.ORG in kinds:
        out.append(_("Organisation"))
    return out


def _erase_person(session: Session, contact: Contact, report: ErasureReport) -> None:
    deleted = {
        "spiral_steps": _delete_all(session, contact.spiral_steps),
        "consents": _delete_all(session, contact.consents),
        "referral_asks": _delete_all(session, contact.referral_asks),
        "activities": _delete_all(session, _activities_of(session, contact.id)),
        "reminders": _delete_all(session, _reminders_of(session, contact.id)),
    }
    care = session.get(ContactCare, contact.id)
    if care is not None:
        session.delete(care)
    for key, count in deleted.items():
        report.deleted[key] = report.deleted.get(key, 0) + count
    for key, count in _blank_own_records(session, contact.id).items():
        report.blanked[key] = report.blanked.get(key, 0) + count
    _anonymise(contact)
    session.flush()


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
    for attr in (
        "organisation",
        "email",
        "phone",
        "profession",
        "competences",
        "notes",
        "title",
        "given_name",
        "family_name",
        "name_suffix",
        "tags",
    ):
        setattr(contact, attr, "")
    contact.salutation = Salutation.NONE
    contact.address_form = AddressForm.FORMAL
    contact.birth_day = contact.birth_month = contact.birth_year = None
    contact.details.clear()
    contact.addresses.clear()
    contact.roles = Role(0)
    contact.source = None
    contact.spiral_stage = None
    contact.consent_share = False
    contact.consent_share_on = None
    contact.data_origin = ""
    contact.erased_at = utc_now()


def replace_mentions(
    session: Session, person: Person | str, exclude_contact: int | None = None
) -> dict[str, int]:
    """Replace every mention of ``person`` in free text; return counts per table.field.

    Rows are pre-filtered on a folded copy of their text (cheap), and only
    candidates are rewritten through the ORM (so versions and the search
    index's triggers see the change).
    """
    if isinstance(person, str):
        terms = {v: anonymize_terms.NAME for v in anonymize_terms.variants(person)}
        person = Person(0, person, "", "", "", terms)
    needles = person.needles()
    probe = person.phone_probe()
    counts: dict[str, int] = {}
    for entity, attrs in _MENTION_COLUMNS.items():
        cols = [getattr(entity, a) for a in attrs]
        key_col = entity.__mapper__.primary_key[0]
        stmt = select(key_col, *cols).where(or_(*(c != "" for c in cols)))
        candidates = []
        for row in session.execute(stmt):
            if entity is Contact and row[0] == exclude_contact:
                continue
            values = [v for v in row[1:] if v]
            if any(_worth_a_look(v, needles, probe) for v in values):
                candidates.append(row[0])
        for row_id in candidates:
            record = session.get(entity, row_id)
            for attr in attrs:
                value = getattr(record, attr) or ""
                if not value:
                    continue
                new, count = person.redact(value)
                if count:
                    setattr(record, attr, new)
                    key = f"{entity.__tablename__}.{attr}"
                    counts[key] = counts.get(key, 0) + count
    session.flush()
    return counts


def _worth_a_look(value: str, needles: list[str], probe: str) -> bool:
    if probe and probe in re.sub(r"\D", "", value):
        return True
    folded = anonymize_fold.quick_skeleton(value)
    return any(n in folded for n in needles)


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
            raw.commit()
        busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        raw.close()
    return not busy


# -- backups ----------------------------------------------------------------


def erase_everywhere(db: Database, contact_id: int) -> ErasureReport:
    """Erase in the database, clean its search index and WAL, then its backups."""
    with db.session() as session:
        report = erase_contact(session, contact_id)
    report.wal_truncated = scrub_database(db.engine)
    try:
        db_path = backup.sqlite_file(db.url)
    except UserError:
        return report  # a database server has no backup folder of ours
    if report.person is not None:
        scrub_backups(db_path, report.person, report)
    return report


def scrub_backups(db_path: Path, person: Person, report: ErasureReport) -> None:
    """Erase the person inside every backup of this database in the backup folder.

    Each backup is copied beside itself, erased inside the copy, VACUUMed (no
    free page keeps the old text) and checked byte by byte; then the copy
    replaces the backup atomically. A backup that cannot be cleaned so is removed.
    """
    folder = backup.backup_dir()
    report.backup_folder = str(folder)
    for info in backup.list_backups(db_path):
        report.backups_checked += 1
        try:
            changed = _scrub_backup(info.path, person)
        except Exception:
            changed = None
        if changed is None:
            info.path.unlink(missing_ok=True)
            report.backups_removed.append(info.path.name)
        elif changed:
            report.backups_rewritten.append(info.path.name)


def _scrub_backup(path: Path, person: Person) -> bool | None:
    """True: rewritten; False: the person was not in it; None: could not be cleaned."""
    staged = path.with_name(f".{path.name}.erase")
    try:
        backup.copy_database(path, staged)
        db = open_database(sqlite_url(staged), migrate=False)
        try:
            with db.session() as session:
                found = _erase_in_backup(session, person)
        finally:
            db.dispose()
        if not found and not _bytes_contain(path, person):
            return False
        con = cipher.connect(staged)
        try:
            con.execute("PRAGMA secure_delete = ON")
            con.execute("PRAGMA journal_mode = DELETE")
            if search.FTS_TABLE in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}:
                con.execute(
                    f"INSERT INTO {search.FTS_TABLE}({search.FTS_TABLE}) VALUES ('rebuild')"
                )
                con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        if _bytes_contain(staged, person) or not backup.check_file(staged).ok:
            return None
        os.replace(staged, path)
        files.fsync_dir(path.parent)
        return True
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)


def _erase_in_backup(session: Session, person: Person) -> bool:
    key = sort_key(person.name)
    conditions = [Contact.id == person.contact_id, Contact.sort_name == key]
    if person.email.strip():
        conditions.append(func.lower(Contact.email) == person.email.strip().lower())
    stmt = select(Contact).where(Contact.erased_at.is_(None), or_(*conditions))
    found = False
    for contact in session.scalars(stmt).all():
        if (
            contact.id == person.contact_id
            and sort_key(contact.name) != key
            and not (person.email and contact.email.lower() == person.email.lower())
        ):
            continue  # the id belongs to someone else in this older copy
        _erase_person(session, contact, ErasureReport(contact.id, contact.name))
        found = True
    mentions = replace_mentions(session, person, exclude_contact=None)
    return found or bool(mentions)


def _bytes_contain(path: Path, person: Person) -> bool:
    data = path.read_bytes().lower()
    return any(needle.lower() in data for needle in person.byte_needles())
