"""The main window: navigation on the left, one view at a time on the right."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from empfehlung_desktop import __version__
from empfehlung_desktop.clock import Clock, system_clock
from empfehlung_desktop.ui import i18n
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.navigation import ViewSpec, load_view_class, view_specs
from empfehlung_desktop.ui.widgets import accessibility, icons
from empfehlung_desktop.ui.widgets.view_base import View

if TYPE_CHECKING:
    from empfehlung_desktop.store.database import Database

SETTINGS_GEOMETRY = "main_window/geometry"
SETTINGS_STATE = "main_window/state"
SETTINGS_SPLITTER = "main_window/splitter"
SETTINGS_LAST_VIEW = "main_window/last_view"

# Roomy entries: the navigation is the practitioner's table of contents.
NAV_MAX_WIDTH = 230
NAVIGATION_STYLE = """
QListWidget#navigation { font-size: 11pt; padding-top: 6px; }
QListWidget#navigation::item { padding: 7px 12px; }
"""


class MainWindow(QMainWindow):
    """Menus, toolbar, navigation, status bar; views are created on first show."""

    def __init__(
        self, db: Database | None, settings: QSettings | None = None, clock: Clock | None = None
    ) -> None:
        """Build the window; without ``db`` only the shell (menus, navigation).

        The app shows the shell at once and calls :meth:`attach_database` right
        after the first paint, so the window appears before the database layer is
        even imported. Tests pass the database straight away. ``clock`` is today
        and now for every view (default: the system's).
        """
        super().__init__()
        self.clock = clock or system_clock()
        self.db: Database | None = None
        self.context: ViewContext | None = None
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Empfehlung Desktop"))
        self.setObjectName("MainWindow")
        # One undo stack per view; Ctrl+Z acts on the current view's stack only, so it
        # never reverts what another view changed (a contact edit while in Empfehlungen).
        self.undo_group = QUndoGroup(self)
        self.undo_stacks: dict[str, QUndoStack] = {}
        self.undo_stack = self._stack_for("contacts")
        self._activate_undo(None)
        self.specs = view_specs()
        self.views: dict[str, View] = {}
        self._stale: set[str] = set()

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        accessibility.install()
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(150)
        # A long title ("Requests & engagements") wraps onto a second line rather
        # than widening the navigation to 300 pixels; the tooltip has it whole.
        self.nav.setWordWrap(True)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.stack = QStackedWidget()
        for spec in self.specs:
            item = QListWidgetItem(icons.icon(spec.key), spec.title)
            item.setToolTip(spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
            self.stack.addWidget(QWidget())  # replaced by the real view on first show
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        # Wide enough for the longest title plus a badge, but at most NAV_MAX_WIDTH:
        # longer titles wrap (the English one made the navigation 300 pixels wide).
        badge = self.nav.fontMetrics().horizontalAdvance("  (99)")
        wanted = self.nav.sizeHintForColumn(0) + badge + 2 * self.nav.frameWidth()
        self.splitter.setSizes([min(NAV_MAX_WIDTH, max(190, wanted)), 1000])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLocation")
        self.statusBar().addPermanentWidget(self.db_label)
        self.nav.currentRowChanged.connect(self._show_row)
        self._restore_geometry()
        if db is None:
            self.nav.setEnabled(False)
            self.statusBar().showMessage(self.tr("Wird geladen …"))
        else:
            self.attach_database(db)

    def attach_database(self, db: Database) -> None:
        """Connect the views to ``db`` and open the last used view."""
        self.db = db
        self.context = ViewContext(
            db=db,
            navigate=self.navigate,
            show_status=lambda message: self.statusBar().showMessage(message, 5000),
            data_changed=self._on_data_changed,
            undo_stack=self.undo_stack,
            clock=self.clock,
        )
        from empfehlung_desktop.ui.data.menu import DataMenu  # import/export/backups/DSGVO

        self.data_menu = DataMenu(self, self.context)
        self.data_menu.install(self.file_menu, self.file_menu_tail)
        self.db_label.setText(db.display_location)
        self.nav.setEnabled(True)
        self.statusBar().clearMessage()
        last = str(self.settings.value(SETTINGS_LAST_VIEW, "today"))
        keys = [s.key for s in self.specs]
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- building -----------------------------------------------------------
    def _build_actions(self) -> None:
        self.action_new = QAction(self.tr("&Neu …"), self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self._new_record)
        self.action_quit = QAction(self.tr("&Beenden"), self)
        self.action_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.action_undo = self.undo_group.createUndoAction(self, self.tr("&Rückgängig"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_group.createRedoAction(self, self.tr("&Wiederherstellen"))
        self.action_redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.action_find = QAction(self.tr("&Suchen"), self)
        self.action_find.setShortcut(QKeySequence.StandardKey.Find)
        self.action_find.triggered.connect(self._focus_search)
        self.action_find_all = QAction(self.tr("&Alles durchsuchen …"), self)
        self.action_find_all.setShortcut(QKeySequence("Ctrl+K"))
        self.action_find_all.triggered.connect(self.search_everything)
        self.action_about = QAction(self.tr("Ü&ber Empfehlung Desktop"), self)
        self.action_about.triggered.connect(self.show_about)
        self.view_actions: list[QAction] = []
        for row, spec in enumerate(self.specs):
            action = QAction(spec.title, self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, r=row: self.nav.setCurrentRow(r))
            self.view_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Datei"))
        self.file_menu.addAction(self.action_new)
        self.file_menu.addSeparator()
        # Features add their entries here (import/export, backups, …).
        self.file_menu_tail = self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.action_find)
        self.edit_menu.addAction(self.action_find_all)
        self.view_menu = bar.addMenu(self.tr("&Ansicht"))
        for action in self.view_actions:
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self._build_language_menu(self.view_menu.addMenu(self.tr("&Sprache")))
        self.help_menu = bar.addMenu(self.tr("&Hilfe"))
        self.action_method = QAction(self.tr("Die &Methode …"), self)
        self.action_method.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action_method.triggered.connect(self.show_method)
        self.help_menu.addAction(self.action_method)
        self.help_menu.addAction(self.action_about)

    def _build_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self)
        current = i18n.configured_language(self.settings)
        choices = [
            (i18n.SYSTEM, self.tr("Wie das System")),
            ("de", "Deutsch"),
            ("en", "English"),
        ]
        self.language_actions: dict[str, QAction] = {}
        for code, title in choices:
            action = QAction(title, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def set_language(self, code: str) -> None:
        """Store the language; it takes effect at the next start."""
        if code == i18n.configured_language(self.settings):
            return
        self.settings.setValue(i18n.SETTINGS_KEY, code)
        self.settings.sync()
        self.statusBar().showMessage(
            self.tr("Die Sprache wird beim nächsten Start umgestellt."), 8000
        )

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Werkzeugleiste"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action, name in (
            (self.action_new, "new"),
            (self.action_find, "find"),
            (self.action_undo, "undo"),
        ):
            action.setIcon(icons.icon(name))
        toolbar.addAction(self.action_new)
        toolbar.addAction(self.action_find)
        toolbar.addSeparator()
        toolbar.addAction(self.action_undo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _new_record(self) -> None:
        view = self.current_view()
        if view is not None:
            view.new_record()

    def _focus_search(self) -> None:
        view = self.current_view()
        if view is not None:
            view.focus_search()

    # -- views --------------------------------------------------------------
    def _spec_row(self, key: str) -> int:
        for row, spec in enumerate(self.specs):
            if spec.key == key:
                return row
        raise KeyError(key)

    def view(self, key: str) -> View:
        """The view for ``key``, created on first use."""
        if self.context is None:
            raise RuntimeError("attach_database() must come before the views")
        if key not in self.views:
            row = self._spec_row(key)
            spec: ViewSpec = self.specs[row]
            view_class = load_view_class(spec)
            view = view_class(self.context)
            view.badgeChanged.connect(lambda count, r=row: self._set_badge(r, count))
            old = self.stack.widget(row)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self.stack.insertWidget(row, view)
            self.views[key] = view
            # Created before it is shown (a link, a search result): filled when shown.
            self._stale.add(key)
        return self.views[key]

    def _stack_for(self, key: str) -> QUndoStack:
        if key not in self.undo_stacks:
            stack = QUndoStack(self)
            self.undo_group.addStack(stack)
            self.undo_stacks[key] = stack
        return self.undo_stacks[key]

    def _activate_undo(self, key: str | None) -> None:
        # Qt takes a null stack for "none active"; the stubs do not say so.
        stack = self.undo_stacks.get(key) if key else None
        self.undo_group.setActiveStack(stack)  # type: ignore[arg-type]

    def current_view(self) -> View | None:
        item = self.nav.currentItem()
        return self.views.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _show_row(self, row: int) -> None:
        if row < 0 or self.context is None:
            return
        key = self.specs[row].key
        fresh = key not in self.views
        view = self.view(key)
        self.stack.setCurrentIndex(row)
        if fresh or key in self._stale:
            self._stale.discard(key)
            view.refresh()
        # The views share one context; what they push lands on the shown view's stack.
        self.context.undo_stack = self._stack_for(key)
        self._activate_undo(key)
        accessibility.name_fields(view, self.specs[row].title)
        accessibility.keyboard_defaults(view)
        # Neu and Suchen only where they mean something: greyed out elsewhere.
        self.action_new.setEnabled(view.can_create())
        self.action_find.setEnabled(view.can_search())

    def search_everything(self) -> None:
        """Ctrl+K: contacts, referrals, Anfragen, feedback, activities, reminders."""
        if self.context is None:
            return
        from empfehlung_desktop.ui.search_everything import SearchEverything  # first use

        SearchEverything.open_for(self, self.context)

    def navigate(self, key: str, record_id: int | None = None) -> None:
        self.nav.setCurrentRow(self._spec_row(key))
        if record_id is not None:
            self.view(key).select_record(record_id)

    def _on_data_changed(self, what: str) -> None:
        # Each view's undo history covers that view's own writes (``what`` is the
        # view's key). Any other write (a referral step seen from the contacts, an
        # import, a restored backup) ends the other histories: undoing an older
        # change would silently write stale data back.
        for key, stack in self.undo_stacks.items():
            if key != what:
                stack.clear()
        current = self.current_view()
        for key, view in self.views.items():
            if view is not current:
                self._stale.add(key)
        # Badges (e.g. the number of due items) must follow at once.
        for key in ("today",):
            if key in self.views and self.views[key] is not current:
                self.views[key].refresh()
                self._stale.discard(key)

    def _set_badge(self, row: int, count: int) -> None:
        item = self.nav.item(row)
        title = self.specs[row].title
        item.setText(f"{title}  ({count})" if count else title)

    # -- state --------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value(SETTINGS_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        self.fit_to_screen()
        state = self.settings.value(SETTINGS_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value(SETTINGS_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def fit_to_screen(self) -> None:
        """Keep the window on the screen it is on (or the primary one) and no larger.

        A geometry saved on a larger or a since unplugged monitor would otherwise
        open the window partly off-screen or wider than a laptop's screen.
        """
        if self.isMaximized() or self.isFullScreen():
            return
        here: QScreen | None = QGuiApplication.screenAt(self.geometry().center())
        screen = here or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w = frame.width() - self.width()
        extra_h = frame.height() - self.height()
        width = min(self.width(), area.width() - extra_w)
        height = min(self.height(), area.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        left = min(max(frame.left(), area.left()), area.right() - frame.width() + 1)
        top = min(max(frame.top(), area.top()), area.bottom() - frame.height() + 1)
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    def save_state(self) -> None:
        self.settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        self.settings.setValue(SETTINGS_STATE, self.saveState())
        self.settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())
        item = self.nav.currentItem()
        if item is not None:
            self.settings.setValue(SETTINGS_LAST_VIEW, item.data(Qt.ItemDataRole.UserRole))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_unsaved_changes():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)

    def settle_unsaved_changes(self) -> bool:
        """Before quitting: save, discard or keep what views still hold. True = may close."""
        pending = [(key, view) for key, view in self.views.items() if view.has_unsaved_changes()]
        if not pending:
            return True
        titles = {spec.key: spec.title for spec in self.specs}
        choice = self.ask_unsaved([titles.get(key, key) for key, _view in pending])
        if choice is QMessageBox.StandardButton.Cancel:
            return False
        if choice is QMessageBox.StandardButton.Save:
            for key, view in pending:
                if not view.save_changes():
                    self.navigate(key)  # show what could not be saved
                    return False
        return True

    def ask_unsaved(self, where: list[str]) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved input in the views named ``where``."""
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        answer = QMessageBox.question(
            self,
            self.tr("Ungespeicherte Änderungen"),
            self.tr("In {where} gibt es ungespeicherte Änderungen. Jetzt speichern?").format(
                where=", ".join(f"„{name}“" for name in where)
            ),
            buttons,
            QMessageBox.StandardButton.Save,
        )
        return QMessageBox.StandardButton(answer)

    def show_method(self) -> None:
        """Hilfe → Die Methode (F1): the three people, the three steps, temperature, spiral."""
        from empfehlung_desktop.ui.help.method import MethodDialog

        dialog = MethodDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.method_dialog = dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Über Empfehlung Desktop"), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>Empfehlung Desktop {version}</h3>"
            "<p>Empfehlungen, Kontakte, „Warum Sie“-Handouts und Feedback für "
            "Coaches, Berater und Trainer.</p>"
            "<p>Datenbank: <code>{location}</code></p>"
        ).format(
            version=__version__,
            location=html.escape(self.db.display_location if self.db else "…"),
        )
