"""The "Empfehlungen" view: filterable table (SQL), detail panel, workflow actions.

The steps themselves (a dialog, then the write) are in :mod:`.step_actions`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from empfehlung_desktop.errors import StoreError, TransitionError, UserError
from empfehlung_desktop.model import ReferralDirection, ReferralStatus
from empfehlung_desktop.services.referrals import inquiry as inquiry_service
from empfehlung_desktop.services.referrals import referrals as referral_service
from empfehlung_desktop.services.referrals import restore
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.i18n import plural
from empfehlung_desktop.ui.referrals import corrections, step_actions
from empfehlung_desktop.ui.referrals.detail import ReferralDetail, people_of
from empfehlung_desktop.ui.referrals.models import ReferralTableModel, label
from empfehlung_desktop.ui.referrals.new_referral import ReferralDialog
from empfehlung_desktop.ui.referrals.partner_steps import InquiryDialog
from empfehlung_desktop.ui.referrals.reciprocity_dialog import ReciprocityDialog
from empfehlung_desktop.ui.widgets import icons, undo
from empfehlung_desktop.ui.widgets.confirm import confirm_delete
from empfehlung_desktop.ui.widgets.reminder_dialog import remind_about
from empfehlung_desktop.ui.widgets.view_base import View

S = ReferralStatus
COLUMN_WIDTHS = (125, 125, 120, 125, 170, 85, 140)
# The table shows the newest this many; filters narrow down the rest (in SQL).
SEARCH_DELAY_MS = 200
MAX_ROWS = 1000


def _enum(enum_cls: Any, value: Any) -> Any:
    # Qt hands enum item data back as plain str.
    return enum_cls(value) if value else None


class ReferralsView(View):
    """All referrals; the detail panel offers only the steps the workflow allows."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.direction = QComboBox()
        self.direction.addItem(self.tr("Alle Richtungen"), None)
        for direction in ReferralDirection:
            self.direction.addItem(label(direction), direction)
        self.status = QComboBox()
        self.status.addItem(self.tr("Alle Status"), None)
        for status in ReferralStatus:
            self.status.addItem(label(status), status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Suchen: Name, Anliegen …"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Empfehlungen durchsuchen"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.due = QCheckBox(self.tr("nur fällige"))
        self.due.setToolTip(self.tr("Nur Empfehlungen, bei denen jetzt nachgefasst werden sollte"))
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("Neue Empfehlung …"))
        self.new_button.setToolTip(self.tr("Strg+N"))
        self.reciprocity_button = QPushButton(self.tr("Geben und Nehmen …"))
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.delete_button.setToolTip(self.tr("Die gewählte Empfehlung mit ihrem Verlauf löschen"))
        self.delete_button.setEnabled(False)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.edit_button.setToolTip(self.tr("Personen, Anliegen und Datum korrigieren (Eingabe)"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(lambda: self.perform("edit"))
        self.edit_button.setIcon(icons.icon("edit"))
        self.delete_button.setIcon(icons.icon("delete"))
        self.new_button.setIcon(icons.icon("new"))
        self.model = ReferralTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.detail = ReferralDetail(context.db, context.clock, self)
        self._layout()
        self.direction.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.due.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_record)
        self.reciprocity_button.clicked.connect(self.show_reciprocity)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail.actionRequested.connect(self.perform)
        # Enter in the search goes to the list; Enter (or a double click) on a row opens it.
        self.search.returnPressed.connect(self._to_table)
        self.table.activated.connect(lambda _index: self.perform("edit"))

    def _layout(self) -> None:
        # Combos and the count may shrink, so the view fits a 1280×720 laptop beside
        # the navigation and the detail panel.
        for combo in (self.direction, self.status):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)
        self.count.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("000 Empf."))
        self.search.setMinimumWidth(140)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for widget in (self.direction, self.status, self.due):
            filters.addWidget(widget)
        filters.addWidget(self.count, 1)
        # The actions sit under the list: beside the filters they made the view wider
        # than a 1280-pixel screen leaves for it.
        actions = QHBoxLayout()
        actions.addWidget(self.reciprocity_button)
        actions.addStretch(1)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        actions.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table)
        left_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([960, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- View API -----------------------------------------------------------------
    def query(self) -> referral_service.ReferralQuery:
        return referral_service.ReferralQuery(
            direction=_enum(ReferralDirection, self.direction.currentData()),
            status=_enum(ReferralStatus, self.status.currentData()),
            due_only=self.due.isChecked(),
            today=self.today(),
            text=self.search.text(),
        )

    def _to_table(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and self.selected_id() is None:
            self.table.selectRow(0)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        selected = self.selected_id()
        with self.context.db.reader() as session:
            query = self.query()
            rows = referral_service.fetch_rows(session, query, limit=MAX_ROWS)
            total = len(rows)
            if total >= MAX_ROWS:
                total = referral_service.count_rows(session, query)
            due = referral_service.count_due(session, self.today())
        self.model.set_rows(rows)
        if total > len(rows):
            self.count.setText(
                self.tr("die neuesten {shown} von {total} – bitte filtern").format(
                    shown=len(rows), total=total
                )
            )
        else:
            self.count.setText(
                plural(total, self.tr("{n} Empfehlung"), self.tr("{n} Empfehlungen"))
            )
        # The search field gives way; the count is never cut off.
        self.count.setMinimumWidth(self.count.sizeHint().width())
        self.badgeChanged.emit(due)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        else:
            self.detail.show_referral(None)

    def select_record(self, record_id: int) -> None:
        if self.model.row_of(record_id) is None:
            # Not under the current filters: show everything so it can be selected.
            for combo in (self.direction, self.status):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.due.blockSignals(True)
            self.due.setChecked(False)
            self.due.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh()
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def new_record(self) -> None:
        direction = ReferralDialog.ask_direction(self)
        if direction is None:
            return
        referral_id = ReferralDialog.record(self.context.db, direction, self.today(), self)
        if referral_id is not None:
            self._changed(self.tr("Empfehlung gespeichert."))
            self.select_record(referral_id)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).id if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.detail.show_referral(self.selected_id())
        self.delete_button.setEnabled(self.selected_id() is not None)
        self.edit_button.setEnabled(self.selected_id() is not None)

    def delete_selected(self) -> None:
        """Delete the chosen referral and its history after asking; people and Anfragen stay."""
        referral_id = self.detail.referral_id
        if referral_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        who = row.recipient_name if row is not None and row.recipient_name else self.tr("ich")
        text = self.tr(
            "Die Empfehlung für {who} und ihren Verlauf löschen? Die beteiligten Kontakte "
            "und eine daraus entstandene Anfrage bleiben erhalten."
        ).format(who=who)
        if not confirm_delete(self, self.tr("Empfehlung löschen"), text):
            return
        try:
            with self.context.db.session() as session:
                snapshot = restore.snapshot_referral(session, referral_id)
                referral_service.delete_referral(session, referral_id, self.detail.version)
        except (UserError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Empfehlung löschen"), str(exc))
            self.refresh()
            return
        undo.push(
            self.context,
            undo.WriteCommand(
                self.context,
                self.tr("Empfehlung für {who} löschen").format(who=who),
                "referrals",
                lambda s: restore.restore_referral(s, snapshot),
                lambda s: referral_service.delete_referral(s, referral_id),
                lambda: self.select_record(referral_id) if self.isVisible() else None,
            ),
        )
        self._changed(self.tr("Empfehlung gelöscht (Strg+Z holt sie zurück)."))

    def show_reciprocity(self) -> None:
        ReciprocityDialog.show_for(self, self.context.db, self.today())

    # -- workflow actions ---------------------------------------------------------
    def perform(self, action: str) -> None:
        """Run one action of the detail panel; refusals are shown, nothing changes."""
        referral_id = self.detail.referral_id
        if referral_id is None:
            return
        try:
            done = self._dispatch(action, referral_id, self.detail.version)
        except (UserError, TransitionError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Schritt nicht möglich"), str(exc))
            self.refresh()
            return
        if done:
            self._changed(self.tr("Gespeichert."))
            self.select_record(referral_id)

    def _dispatch(self, action: str, referral_id: int, version: int | None) -> bool:
        if action == "inquiry":
            with self.context.db.reader() as session:
                inquiry = inquiry_service.build_inquiry(session, referral_id)
            InquiryDialog.show_for(self, inquiry)
            return False
        if action == "remind":
            return self._remind(referral_id)
        if action.startswith("to:"):
            return step_actions.step(self, self.context, S(action[3:]), referral_id, version)
        if action in ("edit", "undo_step") or ":" in action:
            return self._correct(action, referral_id, version)
        if action == "log":
            return self._log(referral_id, version)
        handlers: dict[str, Callable[[QWidget, ViewContext, int, int | None], bool]] = {
            "thank": step_actions.thank,
            "follow_up": step_actions.follow_up,
            "note": step_actions.note,
        }
        return handlers[action](self, self.context, referral_id, version)

    def _remind(self, referral_id: int) -> bool:
        """A reminder of one's own about this referral (listed in Heute on its day)."""
        remind_about(self, self.context, self.detail.about, referral_id=referral_id)
        return False

    def _correct(self, action: str, rid: int, version: int | None) -> bool:
        """Bearbeiten, the last step back, or one history entry corrected or deleted."""
        if action == "edit":
            return corrections.edit_referral(self, self.context, rid)
        if action == "undo_step":
            return corrections.delete_last_step(self, self.context, rid, version)
        verb, kind, entry_id = action.split(":")
        if verb == "delete":
            return corrections.delete_activity(self, self.context, int(entry_id), self.refresh)
        return corrections.correct_entry(self, self.context, rid, version, kind, int(entry_id))

    def today(self) -> dt.date:
        return self.context.clock.today()

    def _log(self, rid: int, _version: int | None) -> bool:
        from empfehlung_desktop.ui.contacts.activity_dialog import log_activity  # first use

        with self.context.db.reader() as session:
            people = people_of(referral_service.get_referral(session, rid))
        if log_activity(self, self.context, people, referral_id=rid):
            self.detail.show_referral(rid)
        # log_activity stored it, said so and told the other views.
        return False

    def _changed(self, message: str) -> None:
        self.context.data_changed("referrals")
        self.context.show_status(message)
        self.refresh()
