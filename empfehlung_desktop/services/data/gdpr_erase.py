"""GDPR (DSGVO) Art. 17 in one unit of work: the person anonymised, mentions replaced.

The contact row stays as an anonymised placeholder so that referrals the person
took part in stay countable; their own records are deleted, their Anfragen' and
feedback texts blanked, and every mention in other records' free text becomes
``[gelöscht]``. :class:`ErasureReport` says what changed and what lies outside
the app's reach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from empfehlung_desktop.clock import utc_now
from empfehlung_desktop.errors import UserError
from empfehlung_desktop.i18n import _, ngettext
from empfehlung_desktop.model import (
    ERASED_NAME,
    Activity,
    AddressForm,
    AgendaState,
    Base,
    ConsentRecord,
    Contact,
    ContactCare,
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
from empfehlung_desktop.services.data.gdpr_export import activities_of, referrals_of, reminders_of
from empfehlung_desktop.services.data.gdpr_person import REPLACEMENT, Person, describe_person
from empfehlung_desktop.services.referrals import anonymize_fold, anonymize_terms

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
    erase_person(session, contact, report)
    report.mentions = replace_mentions(session, person, exclude_contact=contact.id)
    report.looked_in = [f"{e.__tablename__}.{a}"
                        for e, attrs in _MENTION_COLUMNS.items() for a in attrs]  # fmt: skip
    report.looked_in.append(_("Suchindex"))
    report.referrals_kept = len(referrals_of(session, contact.id))
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


def erase_person(session: Session, contact: Contact, report: ErasureReport) -> None:
    deleted = {
        "spiral_steps": _delete_all(session, contact.spiral_steps),
        "consents": _delete_all(session, contact.consents),
        "referral_asks": _delete_all(session, contact.referral_asks),
        "activities": _delete_all(session, activities_of(session, contact.id)),
        "reminders": _delete_all(session, reminders_of(session, contact.id)),
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
