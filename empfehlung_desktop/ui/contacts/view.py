"""The contacts view ("Kontakte"): search, filters, the table, details, the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import ContactSource, Role
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts.snapshots import snapshot_contact
from empfehlung_desktop.store.database import describe_operational_error
from empfehlung_desktop.ui.contacts.commands import DeleteContactsCommand, SaveContactCommand
from empfehlung_desktop.ui.contacts.detail import ContactDetail
from empfehlung_desktop.ui.contacts.first_page import setup_table
from empfehlung_desktop.ui.contacts.table_model import ContactTableModel
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.formats import number_text
from empfehlung_desktop.ui.i18n import enum_label, plural
from empfehlung_desktop.ui.widgets.view_base import View

SEARCH_DELAY_MS = 200


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class ContactsView(View):
    """Contacts at 100k scale: SQL does the searching, filtering and sorting."""

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ContactTableModel(context.db, self)
        # Tests replace this to drive the form without a modal event loop.
        self.dialog_runner: Callable[[QDialog], bool] = run_dialog
        self._keep_id: int | None = None
        self._locate_deep = True
        self._build()
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)

    # -- building -------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Suchen: Name, Organisation, E-Mail, Telefon …"))
        self.search.setClearButtonEnabled(True)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("Alle Rollen"), None)
        for role in Role.singles():
            self.role_filter.addItem(enum_label(role), role)
        self.source_filter = QComboBox()
        self.source_filter.addItem(self.tr("Jede Herkunft"), None)
        for source in ContactSource:
            self.source_filter.addItem(enum_label(source), source)
        self.count_label = QLabel()
        self.count_label.setObjectName("contactCount")
        self.new_button = QPushButton(self.tr("Neuer Kontakt …"))
        self.new_button.clicked.connect(self.new_record)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.role_filter)
        bar.addWidget(self.source_filter)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)

        self.table = self._build_table()
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)

        self.detail = ContactDetail(self.context.db)
        self.detail.contactLinkClicked.connect(self.select_record)
        self.detail.recordLinkClicked.connect(self._open_record)
        self.log_button = QPushButton(self.tr("Kontakt festhalten …"))
        self.log_button.setToolTip(
            self.tr("Anruf, E-Mail, Treffen, Karte oder Notiz mit dieser Person festhalten")
        )
        self.log_button.clicked.connect(self.log_selected)
        self.remind_button = QPushButton(self.tr("Erinnerung …"))
        self.remind_button.setToolTip(self.tr("Eine eigene Erinnerung zu dieser Person"))
        self.remind_button.clicked.connect(self.remind_selected)
        self.edit_button = QPushButton(self.tr("Bearbeiten …"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Löschen …"))
        self.delete_button.clicked.connect(self.delete_selected)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        personal = QHBoxLayout()
        personal.addWidget(self.log_button)
        personal.addWidget(self.remind_button)
        side_layout.addLayout(personal)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        side_layout.addLayout(buttons)

        self.splitter = QSplitter()
        self.splitter.addWidget(self.table_stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 270])
        self.names_banner = QLabel()
        self.names_banner.setObjectName("namesToCheck")
        self.names_banner.setWordWrap(True)
        self.names_banner.setTextFormat(Qt.TextFormat.RichText)
        self.names_banner.linkActivated.connect(lambda _link: self.check_names())
        self.names_banner.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.names_banner)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.role_filter.currentIndexChanged.connect(self._apply_filters)
        self.source_filter.currentIndexChanged.connect(self._apply_filters)
        self._update_buttons()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("contactsTable")
        table.setModel(self.model)
        setup_table(table)  # shared with the first screen (first_page)
        table.setSortingEnabled(True)
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.edit_action = QAction(self.tr("Bearbeiten …"), table)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("Löschen …"), table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.log_action = QAction(self.tr("Kontakt festhalten …"), table)
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.log_action.triggered.connect(self.log_selected)
        self.merge_action = QAction(self.tr("Zusammenführen …"), table)
        self.merge_action.triggered.connect(self.merge_selected)
        table.addAction(self.edit_action)
        table.addAction(self.log_action)
        table.addAction(self.merge_action)
        table.addAction(self.delete_action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    # -- View interface -------------------------------------------------------
    def refresh(self) -> None:
        self._reload(self.selected_id())
        self._update_names_banner()

    def _update_names_banner(self) -> None:
        from empfehlung_desktop.services import settings
        from empfehlung_desktop.services.contacts.person import NAMES_TO_CHECK

        try:
            with self.context.db.reader() as session:
                count = len(settings.get(session, NAMES_TO_CHECK))
        except SQLAlchemyError:
            count = 0
        text = plural(
            count,
            self.tr(
                "Bei einem Kontakt war nicht sicher, was Vor- und was Nachname ist. "
                "<a href='check'>Prüfen …</a>"
            ),
            self.tr(
                "Bei {n} Kontakten war nicht sicher, was Vor- und was Nachname ist. "
                "<a href='check'>Prüfen …</a>"
            ),
        )
        self.names_banner.setText(text)
        self.names_banner.setVisible(count > 0)

    def check_names(self) -> None:
        from empfehlung_desktop.ui.contacts.names_check import NamesCheckDialog  # first use

        dialog = NamesCheckDialog(self.context.db, self.edit_contact, self)
        self.dialog_runner(dialog)
        self._update_names_banner()

    def select_record(self, record_id: int) -> None:
        if self._select_id(record_id, deep=True):
            return
        # Not in the current search or filter: show all contacts, then look again.
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.role_filter.setCurrentIndex(0)
        self.source_filter.setCurrentIndex(0)
        self.model.search("")
        self._select_id(record_id, deep=True)

    def new_record(self) -> None:
        from empfehlung_desktop.ui.contacts.form import ContactDialog  # first use only

        dialog = ContactDialog(self.context.db, self.context.clock.today(), None, self)
        if self.dialog_runner(dialog) and dialog.after is not None:
            self._push(SaveContactCommand(self.context, None, dialog.after, self._after_undo))
            self._after_write(dialog.after.contact_id)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- searching and filtering ----------------------------------------------
    def apply_search(self) -> None:
        """Run the search now (the debounce timer calls this)."""
        self._timer.stop()
        # Typing must stay fast: only look for the kept selection in loaded rows.
        self._locate_deep = False
        try:
            self.model.search(self.search.text())
        finally:
            self._locate_deep = True

    def _apply_filters(self) -> None:
        self.model.set_query(
            contact_service.ContactQuery(
                text=self.model.query.text,
                role=self.role_filter.currentData(),
                source=self.source_filter.currentData(),
                sort=self.model.query.sort,
                descending=self.model.query.descending,
            )
        )

    def _reload(self, select_id: int | None) -> None:
        self._keep_id = select_id
        self.model.reload()

    # -- selection ------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [self.model.contact_id(row) for row in rows]
        return [i for i in ids if i is not None]

    def selected_id(self) -> int | None:
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isRowSelected(current.row()):
            return self.model.contact_id(current.row())
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _remember_selection(self) -> None:
        if self._keep_id is None:
            self._keep_id = self.selected_id()

    def _after_reset(self) -> None:
        keep, self._keep_id = self._keep_id, None
        if keep is not None:
            self._select_id(keep, deep=self._locate_deep)
        self._update_count()
        self._on_selection_changed()

    def _select_id(self, contact_id: int, deep: bool) -> bool:
        row = self.model.row_of(contact_id)
        if row is None and deep:
            try:
                with self.context.db.reader() as session:
                    row = contact_service.contact_position(session, self.model.query, contact_id)
            except SQLAlchemyError:
                row = None
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_selection_changed(self, *_args: object) -> None:
        ids = self.selected_ids()
        self.detail.show_contact(ids[0] if len(ids) == 1 else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows()) if self.table.model() else 0
        self.edit_button.setEnabled(count == 1)
        self.log_button.setEnabled(count == 1)
        self.remind_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)

    def _update_count(self) -> None:
        total = self.model.total()
        number = number_text(total)
        if total == 1:
            self.count_label.setText(self.tr("1 Kontakt"))
        else:
            self.count_label.setText(self.tr("{count} Kontakte").format(count=number))
        query = self.model.query
        filtered = bool(query.text.strip()) or query.role is not None or query.source is not None
        if total:
            self.table_stack.setCurrentWidget(self.table)
        elif self.model.last_error:
            self.empty_label.setText(
                self.tr("Die Kontakte konnten nicht gelesen werden. Bitte erneut versuchen.")
            )
            self.table_stack.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                self.tr("Keine Kontakte gefunden. Bitte Suche oder Filter ändern.")
                if filtered
                else self.tr("Noch keine Kontakte. Mit Strg+N legen Sie den ersten an.")
            )
            self.table_stack.setCurrentWidget(self.empty_label)

    # -- editing --------------------------------------------------------------
    def edit_selected(self) -> None:
        contact_id = self.selected_id()
        if contact_id is not None:
            self.edit_contact(contact_id)

    def edit_contact(self, contact_id: int) -> None:
        from empfehlung_desktop.ui.contacts.form import ContactDialog  # first use only

        try:
            dialog = ContactDialog(self.context.db, self.context.clock.today(), contact_id, self)
        except (UserError, StoreError, SQLAlchemyError) as exc:
            QMessageBox.warning(self, self.tr("Kontakt"), _message(exc))
            self.refresh()
            return
        if self.dialog_runner(dialog) and dialog.after is not None:
            command = SaveContactCommand(
                self.context, dialog.before, dialog.after, self._after_undo
            )
            self._push(command)
            self._after_write(contact_id)

    def log_selected(self) -> None:
        """ "Kontakt festhalten …" for the selected contact; the story shows it at once."""
        from empfehlung_desktop.ui.contacts.activity_dialog import log_activity  # first use

        contact_id = self.selected_id()
        if contact_id is None:
            return
        try:
            with self.context.db.reader() as session:
                name = contact_service.get_contact(session, contact_id).name
        except (UserError, SQLAlchemyError) as exc:
            QMessageBox.warning(self, self.tr("Kontakt"), _message(exc))
            return
        if log_activity(self, self.context, [(contact_id, name)]):
            self.detail.show_contact(contact_id)

    def remind_selected(self) -> None:
        """ "Erinnerung …": a reminder of one's own about the selected person."""
        from empfehlung_desktop.ui.widgets.reminder_dialog import remind_about  # first use

        contact_id = self.selected_id()
        row = self.table.currentIndex().row()
        name = self.model.index(row, 0).data() if row >= 0 else ""
        if contact_id is not None:
            remind_about(self, self.context, str(name or ""), contact_id=contact_id)

    def _open_record(self, view: str, record_id: int) -> None:
        if view == "contacts":
            self.select_record(record_id)
        else:
            self.context.navigate(view, record_id)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            with self.context.db.reader() as session:
                names = [contact_service.get_contact(session, i).name for i in ids[:3]]
                impact = contact_service.delete_impact(session, ids).describe()
        except (UserError, SQLAlchemyError) as exc:
            QMessageBox.warning(self, self.tr("Löschen"), _message(exc))
            return
        if not self._confirm_delete(ids, names, impact):
            return
        next_row = min(index.row() for index in self.table.selectionModel().selectedRows())
        try:
            with self.context.db.session() as session:
                snapshots = [snapshot_contact(session, i) for i in ids]
                contact_service.delete_contacts(session, ids)
        except (UserError, StoreError, SQLAlchemyError) as exc:
            QMessageBox.warning(self, self.tr("Nicht gelöscht"), _message(exc))
            return
        self._push(DeleteContactsCommand(self.context, snapshots, self._after_undo))
        self._after_write(None)
        if self.model.total():
            self._select_row(min(next_row, self.model.total() - 1))

    def merge_selected(self) -> None:
        """Merge two selected contacts, or one with its first possible duplicate."""
        from empfehlung_desktop.ui.contacts.merge_dialog import merge_contacts_of  # first use

        kept = merge_contacts_of(
            self, self.context, self.selected_ids(), self.dialog_runner, self._after_undo
        )
        if kept is not None:
            self._after_write(kept)

    def _confirm_delete(self, ids: list[int], names: list[str], impact: str) -> bool:
        if len(ids) == 1:
            text = self.tr("Kontakt „{name}“ löschen?").format(name=names[0])
        else:
            text = self.tr("{count} Kontakte löschen ({names} …)?").format(
                count=len(ids), names=", ".join(names)
            )
        if impact:
            text += "\n\n" + self.tr("Davon betroffen: {impact}.").format(impact=impact)
        text += "\n\n" + self.tr("Mit Strg+Z lässt sich das Löschen rückgängig machen.")
        answer = QMessageBox.question(
            self,
            self.tr("Kontakte löschen"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _push(self, command: SaveContactCommand | DeleteContactsCommand) -> None:
        if self.context.undo_stack is not None:
            self.context.undo_stack.push(command)

    def _after_write(self, select_id: int | None) -> None:
        self.context.data_changed("contacts")
        self._reload(select_id)
        self._update_names_banner()

    def _after_undo(self, select_id: int | None) -> None:
        self._reload(select_id)


def _message(exc: Exception) -> str:
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, OperationalError):
        return describe_operational_error(exc)
    return str(exc)
