"""The panel beside the contacts table: one contact's details and spiral history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget
from sqlalchemy.exc import SQLAlchemyError

from empfehlung_desktop.errors import UserError
from empfehlung_desktop.model import Contact
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui.contacts.table_model import local_date, roles_text
from empfehlung_desktop.ui.formats import date_text
from empfehlung_desktop.ui.i18n import enum_label


class ContactDetail(QTextBrowser):
    """Read-only summary of the selected contact.

    Signals:
        contactLinkClicked(int): the "empfohlen von" link was clicked.
    """

    contactLinkClicked = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.contact_id: int | None = None
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setMinimumWidth(240)
        self.show_contact(None)

    def show_contact(self, contact_id: int | None) -> None:
        self.contact_id = contact_id
        if contact_id is None:
            self.setHtml(self._empty(self.tr("Kein Kontakt ausgewählt.")))
            return
        try:
            with self._db.reader() as session:
                contact = contact_service.get_contact(session, contact_id)
                html = self._render(contact)
        except (UserError, SQLAlchemyError):
            self.contact_id = None
            html = self._empty(self.tr("Dieser Kontakt ist nicht mehr vorhanden."))
        self.setHtml(html)

    def _empty(self, text: str) -> str:
        return f"<p style='color: gray'>{escape(text)}</p>"

    def _render(self, contact: Contact) -> str:
        rows: list[tuple[str, str]] = []

        def add(label: str, value: str, raw: bool = False) -> None:
            if value:
                rows.append((label, value if raw else escape(value)))

        add(self.tr("Organisation"), contact.organisation)
        add(self.tr("Beruf"), contact.profession)
        add(self.tr("E-Mail"), contact.email)
        add(self.tr("Telefon"), contact.phone)
        add(self.tr("Kompetenzen"), contact.competences)
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
        add(self.tr("Geändert"), local_date(contact.updated_at))
        parts = [f"<h3>{escape(contact.name)}</h3><table cellspacing='3'>"]
        parts += [
            f"<tr><td style='color: gray'>{escape(label)}</td><td>{value}</td></tr>"
            for label, value in rows
        ]
        parts.append("</table>")
        if contact.notes:
            notes = escape(contact.notes).replace("\n", "<br/>")
            parts.append(f"<h4>{escape(self.tr('Notizen'))}</h4><p>{notes}</p>")
        parts.append(self._history(contact))
        return "".join(parts)

    def _history(self, contact: Contact) -> str:
        title = escape(self.tr("Empfehlungsspirale"))
        if not contact.spiral_steps:
            none = escape(self.tr("Noch keine Stufe erfasst."))
            return f"<h4>{title}</h4><p style='color: gray'>{none}</p>"
        items = []
        for step in reversed(contact.spiral_steps):
            stage = escape(enum_label(step.stage))
            line = f"{escape(date_text(step.changed_on))}: <b>{stage}</b>"
            if step.previous_stage is not None:
                previous = escape(enum_label(step.previous_stage))
                line += " " + escape(self.tr("(vorher {stage})")).format(stage=previous)
            if step.note:
                line += f" – {escape(step.note)}"
            items.append(f"<li>{line}</li>")
        return f"<h4>{title}</h4><ul>{''.join(items)}</ul>"

    def _on_anchor(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("contact:"):
            self.contactLinkClicked.emit(int(text.split(":", 1)[1]))
