"""The "Feedback" view: list with filters, all answers, questionnaires, import, summary."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import QuotePermission
from empfehlung_desktop.services.feedback import feedback as feedback_service
from empfehlung_desktop.ui import theme
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.feedback import corrections, documents
from empfehlung_desktop.ui.feedback.detail import detail_html
from empfehlung_desktop.ui.feedback.dialogs import TestimonialDialog
from empfehlung_desktop.ui.feedback.entry_dialog import FeedbackEntryDialog
from empfehlung_desktop.ui.feedback.table_model import GROUPS, PERIODS, FeedbackTableModel, IdRole
from empfehlung_desktop.ui.i18n import enum_label, plural
from empfehlung_desktop.ui.widgets import file_dialogs, icons
from empfehlung_desktop.ui.widgets.view_base import View


class FeedbackView(View):
    """Feedback list and detail; the import accepts PDF files dropped onto the view."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setAcceptDrops(True)
        self.model = FeedbackTableModel(context.db, self)
        self._build_filters()
        self._build_actions()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.addLayout(self.header_row)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.figures)
        layout.addWidget(self.splitter, 1)
        self.drop_hint = QLabel(
            self.tr("Tipp: Zurückgesandte PDF-Formulare einfach hierher ziehen, um sie einzulesen.")
        )
        self.drop_hint.setStyleSheet(theme.text_style("muted"))
        layout.addWidget(self.drop_hint)

    # -- building -------------------------------------------------------------
    def _build_filters(self) -> None:
        self.period = QComboBox()
        for label, days in PERIODS:
            self.period.addItem(self.tr(label), days)
        self.group = QComboBox()
        for label, code in GROUPS:
            self.group.addItem(self.tr(label), code)
        self.permission = QComboBox()
        self.permission.addItem(self.tr("Zitieren: alle"), None)
        for permission in QuotePermission:
            self.permission.addItem(
                self.tr("Zitieren: {label}").format(label=enum_label(permission)), permission.value
            )
        self.approved_only = QCheckBox(self.tr("nur freigegebene Referenzen"))
        self.filter_row = QHBoxLayout()
        for widget in (self.period, self.group, self.permission, self.approved_only):
            self.filter_row.addWidget(widget)
        self.filter_row.addStretch(1)
        self.figures = QLabel()
        self.figures.setObjectName("feedbackFigures")
        # A line of its own under the filters: beside them it was cut at 1280 pixels
        # ("5 +40 · 3 Promotoren"); here it wraps instead of being cut.
        self.figures.setWordWrap(True)
        self.figures.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for combo in (self.period, self.group, self.permission):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        for combo in (self.period, self.group, self.permission):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.approved_only.toggled.connect(self.apply_filters)

    def _build_actions(self) -> None:
        title = QLabel(self.tr("Feedback"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.enter_button = QPushButton(self.tr("Feedback erfassen …"))
        self.enter_button.clicked.connect(lambda: self.enter_feedback())
        self.form_button = QPushButton(self.tr("Fragebogen (PDF) …"))
        self.form_button.clicked.connect(self.create_forms)
        self.import_button = QPushButton(self.tr("Formulare einlesen …"))
        self.import_button.clicked.connect(self.choose_import_files)
        self.summary_button = QPushButton(self.tr("Zusammenfassung (PDF) …"))
        self.summary_button.clicked.connect(self.create_summary)
        self.header_row = QHBoxLayout()
        self.header_row.addWidget(title)
        self.header_row.addStretch(1)
        for button in (
            self.enter_button,
            self.form_button,
            self.import_button,
            self.summary_button,
        ):
            self.header_row.addWidget(button)

    def _build_body(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 160, 150, 95, 95, 85, 95)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("feedbackDetail")
        self.detail.setAccessibleName(self.tr("Alle Antworten"))
        self.detail.setOpenLinks(False)
        self.testimonial_button = QPushButton(self.tr("Als Referenz freigeben …"))
        self.testimonial_button.setEnabled(False)
        self.testimonial_button.clicked.connect(self.edit_testimonial)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.delete_button.clicked.connect(self.delete_current)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.edit_button.clicked.connect(self.edit_current)
        self.edit_button.setIcon(icons.icon("edit"))
        self.delete_button.setIcon(icons.icon("delete"))
        self.shown_version: int | None = None
        corrections.install_table_actions(self.table, self.edit_current, self.delete_current)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.edit_button)
        detail_buttons.addWidget(self.delete_button)
        detail_buttons.addStretch(1)
        detail_buttons.addWidget(self.testimonial_button)
        detail_layout.addLayout(detail_buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    # -- View API -----------------------------------------------------------
    def refresh(self) -> None:
        self.apply_filters()

    def new_record(self) -> None:
        self.enter_feedback()

    def focus_search(self) -> None:
        self.table.setFocus()

    def select_record(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- list and detail ----------------------------------------------------
    def current_query(self) -> feedback_service.FeedbackQuery:
        since: dt.date | None = None
        days = self.period.currentData()
        today = self.context.clock.today()
        if days == -1:
            since = today.replace(month=1, day=1)
        elif days is not None:
            since = today - dt.timedelta(days=int(days))
        code = self.permission.currentData()
        return replace(
            self.model.query,
            since=since,
            category=self.group.currentData(),
            permission=QuotePermission(code) if code else None,
            approved_only=self.approved_only.isChecked(),
        )

    def apply_filters(self) -> None:
        selected = self.current_feedback_id()
        query = self.current_query()
        try:
            self.model.set_query(query)
            with self.context.db.reader() as session:
                groups = feedback_service.score_groups(session, query)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Feedback"), str(exc))
            return
        score = "–" if groups.score is None else f"{groups.score:+.0f}"  # NPS: a signed integer
        self.figures.setText(
            plural(
                self.model.total,
                self.tr("{n} Feedback · NPS {score} · {p} Promotoren, {d} Kritiker"),
                self.tr("{n} Feedbacks · NPS {score} · {p} Promotoren, {d} Kritiker"),
            ).format(score=score, p=groups.promoters, d=groups.detractors)
        )
        self.figures.setToolTip(self.figures.text())
        if selected is not None:
            self.select_record(selected)
        if self.current_feedback_id() is None:
            self._show_feedback(None)

    def current_feedback_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(index, IdRole)
        return int(value) if isinstance(value, int) else None

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = self.model.data(current, IdRole) if current.isValid() else None
        self._show_feedback(int(value) if isinstance(value, int) else None)

    def _show_feedback(self, feedback_id: int | None) -> None:
        if feedback_id is None:
            self.detail.setHtml(
                "<p style='color:{}'>{}</p>".format(
                    theme.colours().muted,
                    html.escape(self.tr("Ein Feedback auswählen, um alle Antworten zu sehen.")),
                )
            )
            self.testimonial_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            self.edit_button.setEnabled(False)
            return
        self.delete_button.setEnabled(True)
        self.edit_button.setEnabled(True)
        try:
            with self.context.db.reader() as session:
                feedback = feedback_service.get_feedback(session, feedback_id)
                self.shown_version = feedback.version
                self.detail.setHtml(detail_html(feedback))
                allowed = feedback.quote_permission is not QuotePermission.NO
                approved = feedback.testimonial_approved
        except (UserError, StoreError) as exc:
            self.detail.setPlainText(str(exc))
            self.testimonial_button.setEnabled(False)
            return
        self.testimonial_button.setEnabled(allowed)
        self.testimonial_button.setText(
            self.tr("Referenztext bearbeiten …")
            if approved
            else self.tr("Als Referenz freigeben …")
        )
        self.testimonial_button.setToolTip(
            "" if allowed else self.tr("Die Kundin bzw. der Kunde hat das Zitieren nicht erlaubt.")
        )

    # -- actions --------------------------------------------------------------
    def edit_current(self) -> None:
        """Correct the chosen feedback in the prefilled entry dialog."""
        feedback_id = self.current_feedback_id()
        if feedback_id is not None and corrections.edit(self, self.context, feedback_id):
            self._changed(self.tr("Feedback korrigiert."))
            self.select_record(feedback_id)

    def delete_current(self) -> None:
        """Delete the chosen feedback after asking (for a mistaken entry)."""
        feedback_id = self.current_feedback_id()
        if feedback_id is not None and corrections.delete(
            self, self.context, feedback_id, self.shown_version, self.refresh
        ):
            self._changed(self.tr("Feedback gelöscht (Strg+Z holt es zurück)."))

    def enter_feedback(self, engagement_id: int | None = None) -> None:
        outcome = FeedbackEntryDialog.ask(
            self.context.db, self.context.clock.today(), engagement_id, self
        )
        if outcome is None:
            return
        self._changed(self.tr("Feedback von {name} gespeichert.").format(name=outcome.contact_name))
        self.select_record(outcome.feedback_id)
        self.after_feedback(outcome)

    def after_feedback(self, outcome: feedback_service.FeedbackOutcome) -> None:
        """Offer the suggested spiral stage (never applied silently); warn calmly."""
        if outcome.suggested_stage is None:
            if outcome.warning:
                QMessageBox.information(self, self.tr("Rückmeldung"), outcome.warning)
            return
        current = enum_label(outcome.current_stage) if outcome.current_stage else self.tr("keine")
        question = self.tr(
            "Vorschlag für {name}: Stufe der Empfehlungsspirale von „{current}“ auf "
            "„{stage}“ setzen?"
        ).format(
            name=outcome.contact_name, current=current, stage=enum_label(outcome.suggested_stage)
        )
        if outcome.warning:
            question = outcome.warning + "\n\n" + question
        answer = QMessageBox.question(
            self,
            self.tr("Empfehlungsspirale"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No if outcome.warning else QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.context.db.session() as session:
                feedback_service.apply_spiral_stage(
                    session,
                    outcome.contact_id,
                    outcome.suggested_stage,
                    self.context.clock.today(),
                )
        except (UserError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Empfehlungsspirale"), str(exc))
            return
        self.context.data_changed("contacts")
        self.context.show_status(
            self.tr("{name}: Stufe „{stage}“ gesetzt.").format(
                name=outcome.contact_name, stage=enum_label(outcome.suggested_stage)
            )
        )

    def edit_testimonial(self) -> None:
        feedback_id = self.current_feedback_id()
        if feedback_id is None:
            return
        if TestimonialDialog.ask(self.context.db, feedback_id, self):
            self._changed(self.tr("Referenz gespeichert."))
            self.select_record(feedback_id)

    def create_forms(self) -> None:
        message = documents.create_forms(self, self.context)
        if message is not None:
            self._changed(message)

    def choose_import_files(self) -> None:
        files, _ = file_dialogs.get_open_file_names(
            self,
            self.tr("Ausgefüllte Formulare einlesen"),
            str(Path.home()),
            self.tr("PDF-Dateien (*.pdf)"),
        )
        if files:
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> bool:
        """Preview, confirm, store all forms in one transaction; True if imported."""
        outcomes = documents.import_forms(self, self.context, paths)
        if outcomes is None:
            return False
        self._changed(
            plural(
                len(outcomes),
                self.tr("{n} Formular eingelesen."),
                self.tr("{n} Formulare eingelesen."),
            )
        )
        for outcome in outcomes:
            self.after_feedback(outcome)
        return True

    def create_summary(self) -> None:
        path = documents.create_summary(self, self.context)
        if path is None:
            return
        self.context.show_status(self.tr("Zusammenfassung gespeichert: {path}").format(path=path))
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _changed(self, message: str) -> None:
        self.context.data_changed("feedback")
        self.context.show_status(message)
        self.apply_filters()

    # -- drag and drop --------------------------------------------------------
    @staticmethod
    def _dropped_pdfs(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            Path(url.toLocalFile())
            for url in mime.urls()
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf")
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_pdfs(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_pdfs(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_files(paths)
