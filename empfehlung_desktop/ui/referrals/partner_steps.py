"""The step dialogs with the partner: finding and asking one, the anonymous inquiry, the match.

Like :mod:`.steps`: each has ``values()`` and a classmethod ``ask(...)`` (the
inquiry: ``show_for``) that tests patch or drive directly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.model import ContactInitiative
from empfehlung_desktop.services.referrals import reciprocity as reciprocity_service
from empfehlung_desktop.services.referrals.inquiry import Inquiry
from empfehlung_desktop.store.database import Database
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.referrals.models import ID_ROLE, PartnerTableModel, label
from empfehlung_desktop.ui.referrals.steps import Earliest, _StepDialog, date_edit, py_date


class PartnerDialog(_StepDialog):
    """Find a partner by competence or profession; shows give-and-take per partner."""

    def __init__(
        self,
        db: Database,
        today: dt.date,
        current_partner_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Referrals", "Partner finden und anfragen"), parent
        )
        self.current_partner_id = current_partner_id
        self.setMinimumSize(940, 460)
        self.db = db
        self.today = today
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Kompetenz, Beruf oder Name, z. B. „Gründung“"))
        self.search.setClearButtonEnabled(True)
        self.form.addRow(self.tr("Suchen"), self.search)
        self.model = PartnerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 140, 180, 70, 70, 105, 160)):
            self.table.setColumnWidth(column, width)
        self.form.addRow(self.table)
        hint = QLabel(self.tr("Geben und Nehmen zählt Empfehlungen – ohne Verrechnung."))
        hint.setStyleSheet(theme.text_style("muted"))
        self.form.addRow(hint)
        self.add_note_row()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.run_search()

    def run_search(self) -> None:
        with self.db.reader() as session:
            rows = reciprocity_service.find_partners(session, self.search.text(), self.today)
        self.model.set_rows(rows)
        # Only the partner already chosen is preselected: a default row would silently
        # replace it (and move the give-and-take counts to someone else).
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(ID_ROLE) == self.current_partner_id:
                self.table.selectRow(row)
                break

    def partner_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def accept(self) -> None:
        if self.partner_id() is None:
            self.search.setFocus()
            return
        super().accept()

    def values(self) -> tuple[int, str]:
        partner = self.partner_id()
        assert partner is not None
        return partner, self.note.text()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        db: Database,
        today: dt.date,
        current_partner_id: int | None = None,
    ) -> tuple[int, str] | None:
        dialog = cls(db, today, current_partner_id, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


@dataclass(frozen=True)
class MatchAnswer:
    initiative: ContactInitiative
    contact_by: dt.date | None
    follow_up_on: dt.date
    on: dt.date
    note: str


class MatchDialog(_StepDialog):
    """Step 3: who contacts whom, by when; and when to follow up."""

    def __init__(
        self,
        today: dt.date,
        follow_up: dt.date,
        anonymous: bool,
        earliest: Earliest | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("Referrals", "Vermitteln – wer meldet sich bei wem?"), parent
        )
        self.initiative = QComboBox()
        for initiative in ContactInitiative:
            self.initiative.addItem(label(initiative), initiative)
        if anonymous:
            self.initiative.setCurrentIndex(
                self.initiative.findData(ContactInitiative.RECIPIENT_CONTACTS_PARTNER.value)
            )
            note = QLabel(
                self.tr(
                    "Die Person bleibt anonym: Sie erhält die Kontaktdaten des Partners und "
                    "meldet sich selbst."
                )
            )
            note.setWordWrap(True)
            self.form.addRow(note)
        self.form.addRow(self.tr("Wer meldet sich"), self.initiative)
        self.contact_by = date_edit(today + dt.timedelta(days=7))
        self.form.addRow(self.tr("bis wann"), self.contact_by)
        self.follow_up = date_edit(follow_up)
        self.form.addRow(self.tr("Nachfassen am"), self.follow_up)
        self.on = date_edit(today, latest=True)
        self.form.addRow(self.tr("Vermittelt am"), self.on)
        self.limit(self.on, earliest)
        self.add_note_row()

    def date_problem(self) -> str | None:
        problem = super().date_problem()
        if problem is not None:
            return problem
        on = py_date(self.on)
        # The same rules the service applies, shown at the field before closing.
        if py_date(self.contact_by) < on:
            self.contact_by.setFocus()
            return self.tr("Das „bis wann“ darf nicht vor dem Vermittlungstag liegen.")
        if py_date(self.follow_up) < on:
            self.follow_up.setFocus()
            return self.tr("Das Nachfassen kann nicht vor der Vermittlung liegen.")
        return None

    def values(self) -> MatchAnswer:
        return MatchAnswer(
            initiative=ContactInitiative(self.initiative.currentData()),
            contact_by=py_date(self.contact_by),
            follow_up_on=py_date(self.follow_up),
            on=py_date(self.on),
            note=self.note.text(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        today: dt.date,
        follow_up: dt.date,
        anonymous: bool,
        earliest: Earliest | None = None,
    ) -> MatchAnswer | None:
        dialog = cls(today, follow_up, anonymous, earliest, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class InquiryDialog(QDialog):
    """The anonymous inquiry text: copy it or open it in the mail program."""

    def __init__(self, inquiry: Inquiry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inquiry = inquiry
        self.setWindowTitle(self.tr("Anonyme Anfrage an den Partner"))
        self.resize(620, 560)
        info = QLabel(
            self.tr(
                "Name, E-Mail, Telefon und Organisation der Person sind entfernt. Ort, Beruf "
                "oder Einzelheiten des Anliegens können sie trotzdem erkennbar machen: Bitte "
                "lesen Sie den Text vor dem Senden und ändern Sie ihn hier, wo nötig."
            )
        )
        info.setWordWrap(True)
        self.subject = QLineEdit(inquiry.subject)
        self.text = QPlainTextEdit(inquiry.body)
        self.copy_button = QPushButton(self.tr("Text kopieren"))
        self.mail_button = QPushButton(self.tr("per E-Mail senden"))
        self.mail_button.setEnabled(bool(inquiry.partner_email))
        if not inquiry.partner_email:
            self.mail_button.setToolTip(self.tr("Für den Partner ist keine E-Mail hinterlegt."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        self.mail_button.clicked.connect(self.send_mail)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        subject_row = QFormLayout()
        subject_row.addRow(self.tr("Betreff"), self.subject)
        layout.addLayout(subject_row)
        layout.addWidget(self.text)
        self.removed = QLabel(
            self.tr("Entfernt: {0}").format(", ".join(inquiry.removed))
            if inquiry.removed
            else self.tr("Im Anliegen stand nichts, was entfernt werden musste.")
        )
        self.removed.setWordWrap(True)
        layout.addWidget(self.removed)
        self.warnings = QLabel(
            self.tr("Bitte prüfen – das kann die Person noch erkennbar machen:")
            + "".join(f"\n• {w}" for w in inquiry.warnings)
        )
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(inquiry.warnings))
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)

    def edited(self) -> Inquiry:
        """The inquiry as the practitioner left it in the dialog."""
        return replace(self.inquiry, subject=self.subject.text(), body=self.text.toPlainText())

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.edited().text())

    def send_mail(self) -> bool:
        return QDesktopServices.openUrl(QUrl(self.edited().mailto_url()))

    @classmethod
    def show_for(cls, parent: QWidget | None, inquiry: Inquiry) -> None:
        cls(inquiry, parent).exec()
