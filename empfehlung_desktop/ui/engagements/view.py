"""„Anfragen & Aufträge“: the list, the Erstgespräch form, status steps and the handout.

Building and previewing the handout is in :mod:`.handout_flow`.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import EngagementStatus, Role
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.engagements import engagements as engagement_service
from empfehlung_desktop.services.engagements import removal as engagement_removal
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.engagements import dates_dialog, deletion, handout_flow
from empfehlung_desktop.ui.engagements.dialogs import (
    DeclineReferDialog,
    NewEngagementAnswer,
    NewEngagementDialog,
)
from empfehlung_desktop.ui.engagements.form import MeetingForm
from empfehlung_desktop.ui.engagements.table_model import EngagementTableModel
from empfehlung_desktop.ui.i18n import enum_label
from empfehlung_desktop.ui.widgets import icons
from empfehlung_desktop.ui.widgets.confirm import confirm_delete
from empfehlung_desktop.ui.widgets.view_base import View

UPCOMING = "upcoming"


class EngagementsView(View):
    """Table of engagements with the selected one's Erstgespräch form beside it."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current_id: int | None = None
        self._version: int | None = None
        self._dirty = False
        self._status: EngagementStatus | None = None

        self.model = EngagementTableModel(context.db, context.clock, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 180, 100, 140, 95, 95, 90)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        # Enter on a row opens it in the form; Enter in the search goes to the list.
        self.table.activated.connect(self._open_current)

        self.form = MeetingForm(context.db, context.clock)
        self.form.changed.connect(self._mark_dirty)
        self.form.openContact.connect(self._open_contact)
        self.form.setEnabled(False)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.form)

        list_bar, record_bars = self._build_bars()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(list_bar)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        for bar in record_bars:
            right_layout.addLayout(bar)
        right_layout.addWidget(scroll, 1)
        # The list's and the record's actions sit above their own pane: in one row
        # they made the view wider than a 1280-pixel screen leaves for it.
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 460])

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._update_actions()

    def _build_bars(self) -> tuple[QHBoxLayout, list[QHBoxLayout]]:
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("Alle"), None)
        self.filter_combo.addItem(self.tr("Erstgespräche in 14 Tagen"), UPCOMING)
        for status in EngagementStatus:
            self.filter_combo.addItem(enum_label(status), status.value)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.new_button = QPushButton(self.tr("&Neue Anfrage …"))
        self.new_button.clicked.connect(self.new_record)
        self.save_button = QPushButton(self.tr("&Speichern"))
        self.save_button.clicked.connect(self.save)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        # Ctrl+P: the handout is this view's printable document.
        self.handout_action = QAction(self)
        self.handout_action.setShortcut(QKeySequence.StandardKey.Print)
        self.handout_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.handout_action.triggered.connect(self.create_handout)
        self.addAction(self.handout_action)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Status ändern"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_menu = QMenu(self.status_button)
        self.status_button.setMenu(self.status_menu)
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.delete_button.clicked.connect(self.delete_current)
        self.dates_button = QPushButton(self.tr("Beginn/Ende …"))
        self.dates_button.setToolTip(self.tr("Beginn und Ende des Auftrags korrigieren"))
        self.dates_button.clicked.connect(self.correct_dates)
        self.delete_button.setIcon(icons.icon("delete"))
        self.new_button.setIcon(icons.icon("new"))
        self.decline_button = QPushButton(self.tr("Ablehnen && weiterempfehlen …"))
        self.decline_button.clicked.connect(self.decline_and_refer)
        self.handout_button = QPushButton(self.tr("„Warum Sie“ erstellen"))
        self.handout_button.clicked.connect(self.create_handout)
        self.handout_button.setToolTip(self.tr("PDF für das Erstgespräch erstellen (Strg+P)"))
        self.filter_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.filter_combo.setMinimumContentsLength(12)
        self.filter_combo.setAccessibleName(self.tr("Anzeigen"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Titel …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Anfragen durchsuchen"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.table.setFocus)
        list_bar = QHBoxLayout()
        list_bar.addWidget(self.search, 1)
        list_bar.addWidget(self.filter_combo, 1)
        list_bar.addWidget(self.new_button)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.handout_button)
        first.addStretch(1)
        first.addWidget(self.save_button)
        second.addWidget(self.status_button)
        second.addWidget(self.dates_button)
        second.addWidget(self.delete_button)
        second.addStretch(1)
        second.addWidget(self.decline_button)
        return list_bar, [first, second]

    # -- View API -------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id
        choice = self.filter_combo.currentData()
        query = engagement_service.EngagementQuery(
            now=self.context.clock.now(),
            status=EngagementStatus(choice) if choice and choice != UPCOMING else None,
            upcoming=choice == UPCOMING,
            text=self.search.text(),
        )
        self.table.selectionModel().blockSignals(True)
        try:
            self.model.reload(query)
        finally:
            self.table.selectionModel().blockSignals(False)
        if keep is not None and self.model.row_of(keep) >= 0:
            self._select_row(self.model.row_of(keep))
        elif keep is not None and not self._dirty:
            self._show(None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_record(self, record_id: int) -> None:
        if self.model.row_of(record_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filter_combo.setCurrentIndex(0)
            self.refresh()
        row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)

    def new_record(self) -> None:
        if not self._save_if_dirty():
            return
        answer = NewEngagementDialog.ask(self.context.db, self)
        if answer is None:
            return
        try:
            new_id = self._create(answer)
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        self.context.data_changed("engagements")
        self.filter_combo.setCurrentIndex(0)
        self.refresh()
        self.select_record(new_id)
        self.form.title_edit.setFocus()

    def _create(self, answer: NewEngagementAnswer) -> int:
        with self.context.db.session() as session:
            if answer.referral_id is not None:
                return engagement_service.create_from_referral(session, answer.referral_id).id
            contact_id = answer.contact_id
            if contact_id is None:
                data = contact_service.ContactData(
                    name=answer.new_name, email=answer.new_email, roles=Role.PROSPECT
                )
                contact_id = contact_service.create_contact(
                    session, data, today=self.context.clock.today()
                ).id
            return engagement_service.create_engagement(session, contact_id, answer.title).id

    # -- selection and the form -----------------------------------------------
    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {index.row() for index in selected.indexes()}
        row = self.model.row_at(min(rows)) if rows else None
        new_id = row.id if row else None
        if new_id == self.current_id:
            return
        if not self._save_if_dirty():
            # Stay on the record whose input is not valid yet; nothing is lost.
            previous = self.model.row_of(self.current_id) if self.current_id else -1
            if previous >= 0:
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(previous)
                self.table.selectionModel().blockSignals(False)
            return
        self._show(new_id)

    def _show(self, engagement_id: int | None) -> None:
        self.current_id = engagement_id
        self._dirty = False
        if engagement_id is None:
            self._version = None
            self.form.setEnabled(False)
            self._update_actions()
            return
        with self.context.db.reader() as session:
            engagement = engagement_service.get_engagement(session, engagement_id)
            self.form.load(engagement)
            self._version = engagement.version
            self._status = engagement.status
        self.form.setEnabled(True)
        self._update_actions()

    def _open_current(self) -> None:
        if self.current_id is not None:
            self.form.title_edit.setFocus()

    def _open_contact(self, contact_id: int) -> None:
        if self._save_if_dirty():
            self.context.navigate("contacts", contact_id)

    def _mark_dirty(self) -> None:
        self._dirty = True
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.current_id is not None
        status = self._status if has else None
        self.save_button.setEnabled(has and self._dirty)
        self.handout_button.setEnabled(has)
        self.status_menu.clear()
        targets = engagement_service.allowed_targets(status) if status else ()
        for target in targets:
            if target is EngagementStatus.REFERRED:
                continue
            action = self.status_menu.addAction(enum_label(target))
            action.triggered.connect(lambda _checked=False, t=target: self.change_status(t))
        self.status_button.setEnabled(bool(self.status_menu.actions()))
        self.decline_button.setEnabled(status is not None and EngagementStatus.REFERRED in targets)
        self.delete_button.setEnabled(self.current_id is not None)
        self.dates_button.setEnabled(dates_dialog.has_dates(status))

    def _save_if_dirty(self) -> bool:
        return self.save() if self._dirty else True

    def has_unsaved_changes(self) -> bool:
        return self._dirty and self.current_id is not None

    def save_changes(self) -> bool:
        return self.save()

    def save(self) -> bool:
        """Store the form; on a problem show it and keep the input."""
        if self.current_id is None:
            return True
        try:
            with self.context.db.session() as session:
                engagement = engagement_service.update_meeting(
                    session, self.current_id, self.form.meeting_data(), self._version
                )
                self._version = engagement.version
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return False
        self._dirty = False
        self._update_actions()
        self.context.show_status(self.tr("Gespeichert."))
        self.context.data_changed("engagements")
        self.refresh()
        return True

    # -- status steps ---------------------------------------------------------
    def change_status(self, target: EngagementStatus) -> None:
        if self.current_id is None or not self._save_if_dirty():
            return
        changes: list[str] = []
        try:
            with self.context.db.session() as session:
                engagement_service.change_status(
                    session,
                    self.current_id,
                    target,
                    self._version,
                    today=self.context.clock.today(),
                    changes=changes,
                )
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        self.context.data_changed("engagements")
        self._show(self.current_id)
        self.refresh()
        status = self.tr("Status: {status}").format(status=enum_label(target))
        # What followed from it elsewhere: the referral's outcome, the person now a client.
        self.context.show_status(" · ".join([status, *changes]))

    def decline_and_refer(self) -> None:
        if self.current_id is None or not self._save_if_dirty():
            return
        answer = DeclineReferDialog.ask(self.form.contact_label.text(), self)
        if answer is None:
            return
        try:
            with self.context.db.session() as session:
                referral = engagement_service.decline_and_refer(
                    session,
                    self.current_id,
                    answer.reason,
                    answer.note,
                    self._version,
                    today=self.context.clock.today(),
                )
                referral_id = referral.id
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        self.context.data_changed("engagements")
        self.context.data_changed("referrals")
        self._show(self.current_id)
        self.refresh()
        self.context.navigate("referrals", referral_id)

    def correct_dates(self) -> None:
        engagement_id = self.current_id
        if engagement_id is None or not self._save_if_dirty():
            return
        if dates_dialog.correct_dates(self, self.context, engagement_id):
            self.context.data_changed("engagements")
            self._show(engagement_id)
            self.refresh()

    def delete_current(self) -> None:
        """Delete the chosen Anfrage (and its feedback) after asking; the contact stays."""
        if self.current_id is None:
            return
        engagement_id = self.current_id
        try:
            with self.context.db.reader() as session:
                impact = engagement_removal.deletion_impact(session, engagement_id)
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        text = self.tr("„{title}“ von {name} löschen? Der Kontakt bleibt erhalten.").format(
            title=impact.title or self.tr("(ohne Titel)"), name=impact.contact_name
        )
        if impact.feedback_count:
            text += " " + self.tr("Das zugehörige Feedback wird mit gelöscht.")
        if not confirm_delete(self, self.tr("Anfrage löschen"), text):
            return
        try:
            with self.context.db.session() as session:
                snapshot = deletion.delete(session, engagement_id, self._version)
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        deletion.push_undo(self.context, snapshot, self.refresh)
        self._dirty = False
        self.current_id = None
        self.context.data_changed("engagements")
        self.refresh()
        self.context.show_status(self.tr("Anfrage gelöscht."))

    # -- the handout ----------------------------------------------------------
    def create_handout(self) -> None:
        if self.current_id is None or not self._save_if_dirty():
            return
        engagement_id = self.current_id
        handout_flow.create_handout(
            self,
            self.context,
            engagement_id,
            self.ask_to_fix_profile,
            lambda: self._mark_sent(engagement_id),
        )

    def ask_to_fix_profile(self, problems: list[str]) -> bool:
        """Sample text or no practice name: say so and offer the profile. True = open it."""
        return handout_flow.ask_to_fix_profile(self, problems)

    def _mark_sent(self, engagement_id: int) -> None:
        try:
            with self.context.db.session() as session:
                engagement_service.mark_handout_sent(
                    session, engagement_id, self.context.clock.utc_now()
                )
        except (UserError, StoreError) as exc:
            self._error(str(exc))
            return
        self.context.data_changed("engagements")
        if engagement_id == self.current_id:
            self._show(engagement_id)
        self.refresh()
        self.context.show_status(self.tr("„Warum Sie“ als gesendet vermerkt."))

    def _error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Anfragen & Aufträge"), message)
