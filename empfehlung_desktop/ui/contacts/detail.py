"""The panel beside the contacts table: one contact's details and their story.

The story (``services.contacts.timeline``) is newest first under counts; every entry
is a link ``record:VIEW:ID`` that the view hands to ``context.navigate``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlalchemy.exc import SQLAlchemyError

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.model import Contact, DetailKind
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts.person import (
    AddressData,
    format_birthday,
    greeting_for,
)
from empfehlung_desktop.services.contacts.timeline import Timeline, build_timeline
from empfehlung_desktop.services.today import care as care_service
from empfehlung_desktop.services.today.care import Care
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.contacts.table_model import local_date, roles_text
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.i18n import enum_label, plural

# A long story is cut for the panel (``contacts show`` prints all of it).
MAX_ENTRIES = 200


class ContactDetail(QTextBrowser):
    """Read-only summary of the selected contact.

    Signals:
        contactLinkClicked(int): the "empfohlen von" link was clicked.
        recordLinkClicked(str, int): a story entry was clicked (view key, record id).
    """

    contactLinkClicked = Signal(int)
    recordLinkClicked = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.contact_id: int | None = None
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setMinimumWidth(240)
        # An e-mail or web address longer than the panel wraps instead of scrolling.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.show_contact(None)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        if contact_id is None:
            self.setHtml(self._empty(self.tr("Kein Kontakt ausgewählt.")))
            return
        try:
            with self._db.reader() as session:
                contact = contact_service.get_contact(session, contact_id)
                care = care_service.get_care(session, contact_id)
                html = self._render(contact, build_timeline(session, contact_id), care)
        except (UserError, SQLAlchemyError):
            self.contact_id = None
            html = self._empty(self.tr("Dieser Kontakt ist nicht mehr vorhanden."))
        self.setHtml(html)

    def _empty(self, text: str) -> str:
        return f"<p style='color: {theme.colours().muted}'>{escape(text)}</p>"

    def _render(self, contact: Contact, story: Timeline, care: Care | None = None) -> str:
        rows: list[tuple[str, str]] = []

        def add(label: str, value: str, raw: bool = False) -> None:
            if value:
                rows.append((label, value if raw else escape(value)))

        add(self.tr("Briefanrede"), greeting_for(contact))
        add(
            self.tr("Geburtstag"),
            format_birthday(contact.birth_day, contact.birth_month, contact.birth_year),
        )
        add(self.tr("Organisation"), contact.organisation)
        add(self.tr("Beruf"), contact.profession)
        if contact.email:
            mail = escape(contact.email)
            add(self.tr("E-Mail"), f"<a href='mailto:{mail}'>{mail}</a>", raw=True)
        add(self.tr("Telefon"), contact.phone)
        for detail in contact.details:
            label = enum_label(detail.kind)
            if detail.label:
                label = f"{label} ({detail.label})"
            value = escape(detail.value)
            if detail.kind is DetailKind.WEB and detail.value.startswith(("http://", "https://")):
                value = f"<a href='{value}'>{value}</a>"
            elif detail.kind is DetailKind.EMAIL:
                value = f"<a href='mailto:{value}'>{value}</a>"
            add(label, value, raw=True)
        for address in contact.addresses:
            label = self.tr("Adresse")
            if address.label:
                label = f"{label} ({address.label})"
            line = AddressData(
                address.street, address.postcode, address.city, address.region, address.country
            ).one_line()
            add(label, line)
        add(self.tr("Kompetenzen"), contact.competences)
        add(self.tr("Schlagwörter"), contact.tags)
        add(self.tr("Rollen"), roles_text(contact.roles))
        add(self.tr("Herkunft"), enum_label(contact.source) if contact.source else "")
        if contact.referred_by is not None and contact.referred_by.erased_at is None:
            link = (
                f"<a href='contact:{contact.referred_by.id}'>{escape(contact.referred_by.name)}</a>"
            )
            add(self.tr("Empfohlen von"), link, raw=True)
        if contact.consent_share:
            when = date_text(contact.consent_share_on)
            add(self.tr("Weitergabe"), self.tr("erlaubt seit {date}").format(date=when).strip())
        else:
            add(self.tr("Weitergabe"), self.tr("nicht erlaubt"))
        if care is not None:
            for label, value in self._care_rows(care):
                add(label, value)
        add(self.tr("Geändert"), local_date(contact.updated_at))
        parts = [f"<h3>{escape(contact.name)}</h3>", self._counts(story), "<table cellspacing='3'>"]
        muted = theme.colours().muted
        parts += [
            f"<tr><td style='color: {muted}'>{escape(label)}</td><td>{value}</td></tr>"
            for label, value in rows
        ]
        parts.append("</table>")
        if contact.notes:
            notes = escape(contact.notes).replace("\n", "<br/>")
            parts.append(f"<h4>{escape(self.tr('Notizen'))}</h4><p>{notes}</p>")
        parts.append(self._story(story))
        return "".join(parts)

    def _care_rows(self, care: Care) -> list[tuple[str, str]]:
        """The person's own choices, only where they differ from the roles' rules."""
        rows: list[tuple[str, str]] = []
        days = care.keep_in_touch_days
        if days == 0:
            rows.append((self.tr("Kontakt halten"), self.tr("nie daran erinnern")))
        elif days is not None:
            rows.append(
                (
                    self.tr("Kontakt halten"),
                    plural(days, self.tr("jeden Tag"), self.tr("alle {n} Tage")),
                )
            )
        if care.never_ask:
            rows.append((self.tr("Um Empfehlung bitten"), self.tr("nein, nie vorschlagen")))
        return rows

    def _counts(self, story: Timeline) -> str:
        last = date_text(story.last_contact) if story.last_contact else self.tr("noch keiner")
        parts = [
            plural(
                story.referrals_given,
                self.tr("{n} Empfehlung gegeben"),
                self.tr("{n} Empfehlungen gegeben"),
            ),
            self.tr("{received} erhalten").format(received=story.referrals_received),
            plural(story.engagements, self.tr("{n} Anfrage"), self.tr("{n} Anfragen")),
            self.tr("letzter Kontakt: {last}").format(last=last),
        ]
        return f"<p>{escape(' · '.join(parts))}</p>"

    def _story(self, story: Timeline) -> str:
        title = escape(self.tr("Verlauf"))
        if not story.entries:
            none = escape(self.tr("Noch nichts erfasst."))
            return f"<h4>{title}</h4><p style='color: {theme.colours().muted}'>{none}</p>"
        items = []
        for entry in story.entries[:MAX_ENTRIES]:
            link = f"<a href='record:{entry.view}:{entry.record_id}'>{escape(entry.title)}</a>"
            line = f"{escape(date_text(entry.on))}: {link}"
            if entry.detail.strip():
                line += f" – {escape(entry.detail.strip().splitlines()[0])}"
            items.append(f"<li>{line}</li>")
        more = len(story.entries) - MAX_ENTRIES
        if more > 0:
            hint = plural(
                more, self.tr("… und ein älterer Eintrag"), self.tr("… und {n} ältere Einträge")
            )
            items.append(f"<li style='color: {theme.colours().muted}'>{escape(hint)}</li>")
        return f"<h4>{title}</h4><ul>{''.join(items)}</ul>"

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("contact:"):
            self.contactLinkClicked.emit(int(text.split(":", 1)[1]))
        elif text.startswith("record:"):
            _scheme, view, record_id = text.split(":", 2)
            self.recordLinkClicked.emit(view, int(record_id))
        elif text.startswith(("mailto:", "http://", "https://")):
            QDesktopServices.openUrl(url)
