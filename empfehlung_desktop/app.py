"""GUI bootstrap: application object, settings, database, main window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
    qVersion,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from empfehlung_desktop import __version__, error_log
from empfehlung_desktop import i18n as messages
from empfehlung_desktop.clock import Clock, system_clock, wall_timestamp
from empfehlung_desktop.config import (
    APP_ID,
    APP_NAME,
    ORG_NAME,
    data_dir,
    resolve_db_url,
    resource_path,
    sqlite_url,
)
from empfehlung_desktop.ui import i18n, theme
from empfehlung_desktop.ui.widgets import icons

if TYPE_CHECKING:
    from empfehlung_desktop.store.database import Database
    from empfehlung_desktop.ui.main_window import MainWindow

_TRANSLATORS: list[QTranslator] = []


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application with translators for ``language`` (default: the setting)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    # The id names the .desktop file: Wayland and docks match the window by it.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())
    theme.install(app)  # the system's light or dark scheme, now and when it switches
    theme.watcher().changed.connect(icons.redraw_all)
    language = i18n.resolve_language(language or i18n.configured_language(QSettings()))
    messages.set_language(language)  # services, reports and PDFs follow the UI language
    # Keep the translators referenced for the application's lifetime.
    app.setProperty("empfehlung_language", language)
    _TRANSLATORS[:] = i18n.install_translators(app, language)
    QLocale.setDefault(ui_locale(language))
    return app


ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def application_icon() -> QIcon:
    """The app icon: the rendered PNG sizes, plus the SVG for any other size."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", f"empfehlung-desktop-{size}.png")
        if png.is_file():
            icon.addFile(str(png))
    icon.addFile(str(resource_path("icons", "empfehlung-desktop.svg")))
    return icon


def ui_locale(language: str) -> QLocale:
    """Formats for the UI language: the system's own variant when it speaks it (en_GB)."""
    wanted = QLocale.Language.German if language == "de" else QLocale.Language.English
    system = QLocale.system()
    return system if system.language() == wanted else QLocale(wanted)


def app_database_url(db: str | None, demo: bool) -> str:
    """The URL of the database the GUI works on (the sample practice's file with ``demo``)."""
    return sqlite_url(data_dir() / "demo.db") if demo else resolve_db_url(db)


def open_app_database(
    db: str | None, demo: bool, clock: Clock, *, allow_empty: bool = False
) -> Database:
    """The database the GUI works on; ``demo`` builds a fresh sample practice (for today)."""
    from empfehlung_desktop.store.backup import open_or_explain
    from empfehlung_desktop.store.database import open_database

    url = app_database_url(db, demo)
    if demo:
        path = data_dir() / "demo.db"
        for suffix in ("", "-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        database = open_database(url)
        from empfehlung_desktop.sample_practice.build import build_demo

        with database.session() as session:
            build_demo(session, clock.today())
        return database
    return open_or_explain(url, allow_empty=allow_empty)


@dataclass
class _Session:
    """What a GUI run opened, to be closed again when it ends."""

    database: Database | None = None
    lock: object | None = None
    keep_backups: bool = False
    exit_code: int = 0
    clock: Clock | None = None


HEADLESS_HINT = "Die Befehle ohne Oberfläche funktionieren trotzdem: empfehlung-desktop --help"


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can be shown here (one German line), or None.

    Without this check Qt aborts the process with an English message and a core
    dump when there is no display.
    """
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if not sys.platform.startswith("linux") or platform not in ("", "xcb", "wayland"):
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if not display and not wayland:
        return (
            "Keine grafische Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist "
            "gesetzt); das Programmfenster kann hier nicht erscheinen. " + HEADLESS_HINT
        )
    if display and not wayland and platform != "wayland":
        local = display.split(".")[0]
        if local.startswith(":") and local[1:].isdigit():
            socket = Path("/tmp/.X11-unix") / f"X{local[1:]}"
            if not socket.exists():
                return (
                    f"Die Anzeige {display} ist nicht erreichbar (kein X-Server an "
                    f"{socket}). " + HEADLESS_HINT
                )
    return None


def run_gui(
    db: str | None = None,
    demo: bool = False,
    language: str | None = None,
    smoke_test: bool = False,
    clock: Clock | None = None,
) -> int:
    """Start the GUI; ``smoke_test`` quits with 0 once the main window is shown.

    The window is shown first and the database opened right after its first
    paint: the practitioner sees the app at once, also on a large database.
    """
    problem = display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = create_application(language=language)
    from empfehlung_desktop.ui.main_window import MainWindow

    window = MainWindow(None, QSettings(), clock or system_clock())
    error_log.setup()
    previous_hook = install_excepthook(window)
    session = _Session(keep_backups=not demo and not smoke_test)

    def open_database() -> None:
        _open_into(window, session, db, demo, smoke_test)

    def first_screen() -> None:
        # The contacts first (light read path), then the database layer (heavy).
        preview = None if demo or smoke_test else _show_first_contacts(window, db)
        if preview is None:
            open_database()
        else:
            _FirstPaint(preview, open_database, report="contacts")

    _FirstPaint(window, first_screen)
    session.clock = window.clock
    if os.environ.get(BENCH_ENV):
        window.installEventFilter(_ShownProbe(window))
    window.show()
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous_hook
        _close(session)
    return session.exit_code or code


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_excepthook(window: QMainWindow) -> ExceptHook:
    """Log unexpected errors (types and code lines only) and say so in the status bar.

    Non-modal on purpose: the practitioner keeps working. Returns the previous hook.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        logging.getLogger(__name__).critical("Unhandled exception", exc_info=(kind, value, tb))
        message = QCoreApplication.translate(
            "App", "Unerwarteter Fehler ({kind}); Details stehen im Fehlerprotokoll."
        ).format(kind=kind.__name__)
        window.statusBar().showMessage(message, 15000)

    sys.excepthook = hook
    return previous


def _open_into(
    window: MainWindow, session: _Session, db: str | None, demo: bool, smoke_test: bool
) -> None:
    """Open the database, take the single-instance lock, fill the window."""
    from empfehlung_desktop.errors import StoreError
    from empfehlung_desktop.store.database import display_location, sqlite_path
    from empfehlung_desktop.ui.data import lifecycle

    url = app_database_url(db, demo)
    lock = None
    try:
        # Locks first: nothing (no migration, no tidying) before we know we are alone.
        lock = lifecycle.acquire_instance_lock(
            display_location(url), tidy=True, db_file=sqlite_path(url)
        )
        if lock is None:
            window.hide()
            lifecycle.refuse_second_instance(None, display_location(url))
            _quit(session, 1)
            return
        from empfehlung_desktop.ui.data.encryption import unlock_at_start

        if not demo and not unlock_at_start(None, sqlite_path(url)):  # encrypted: ask first
            lock.unlock()
            window.hide()
            _quit(session, 1)
            return
        database = lifecycle.open_or_ask(
            lambda allow_empty: open_app_database(db, demo, window.clock, allow_empty=allow_empty)
        )
    except StoreError as exc:
        if lock is not None:
            lock.unlock()
        window.hide()
        QMessageBox.critical(None, APP_NAME, str(exc))
        _quit(session, 1)
        return
    if database is None:  # a 0-byte file, and the user did not want a new practice in it
        lock.unlock()
        window.hide()
        _quit(session, 1)
        return
    session.database, session.lock = database, lock
    window.attach_database(database)
    # The demo database is rebuilt on every start: no backups of it.
    lifecycle.schedule_start_tasks(window, database, make_backup=session.keep_backups)
    if os.environ.get(BENCH_ENV):
        _bench_ready()
    if smoke_test:
        QTimer.singleShot(0, lambda: _quit(session, _report_smoke_test(window, database)))


def _show_first_contacts(window: MainWindow, db: str | None) -> QWidget | None:
    """If the app opens on the contacts view: show their first page read through the
    light path, before SQLAlchemy is even imported (``ui.contacts.first_page``).
    Returns the table whose first paint should open the database, or None."""
    from empfehlung_desktop.ui.main_window import SETTINGS_LAST_VIEW

    if str(window.settings.value(SETTINGS_LAST_VIEW, "today")) != "contacts":
        return None
    from empfehlung_desktop.ui.contacts import first_page

    found = first_page.read_first_page(app_database_url(db, demo=False))
    if found is None:
        return None
    preview = first_page.FirstPageView(*found)
    row = [spec.key for spec in window.specs].index("contacts")
    old = window.stack.widget(row)
    if old is not None:
        window.stack.removeWidget(old)
        old.deleteLater()
    window.stack.insertWidget(row, preview)  # MainWindow.view() replaces it
    window.stack.setCurrentIndex(row)
    return preview.table.viewport()


def _quit(session: _Session, code: int) -> None:
    session.exit_code = code
    QCoreApplication.exit(code)


def _close(session: _Session) -> None:
    database = session.database
    if database is None:
        return
    database.dispose()
    if session.keep_backups:
        from empfehlung_desktop.ui.data import lifecycle

        lifecycle.backup_on_close(database, session.clock or system_clock())
    unlock = getattr(session.lock, "unlock", None)
    if unlock is not None:
        unlock()


class _FirstPaint(QObject):
    """Calls ``callback`` once, right after the window's first paint.

    A fallback timer makes sure it runs even where no paint event arrives.
    """

    def __init__(self, window: QWidget, callback: Callable[[], None], report: str = "") -> None:
        super().__init__(window)
        self._callback: Callable[[], None] | None = callback
        self._report = report if os.environ.get(BENCH_ENV) else ""
        window.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            if self._report:  # benchmarks: what the user sees is on screen now
                print(f"EMPFEHLUNG_BENCH {self._report} {wall_timestamp():.6f}", flush=True)
                _bench_cpu(self._report)
            callback()


FIRST_PAINT_FALLBACK_MS = 300


def _report_smoke_test(window: QWidget, database: Database) -> int:
    """One line for the packaging smoke test: did the main window come up?"""
    shown = window.isVisible() and window.width() > 0 and window.height() > 0
    status = "sichtbar" if shown else "NICHT sichtbar"
    print(
        f"Smoke-Test: Hauptfenster {status} ({window.width()}x{window.height()}), "
        f"Qt {qVersion()}, Plattform {QGuiApplication.platformName()}, "
        f"Datenbank {database.display_location}",
        flush=True,
    )
    return 0 if shown else 1


# Benchmarks only (tests/bench): report when the window is first painted, then quit.
BENCH_ENV = "EMPFEHLUNG_BENCH_SHOWN"


class _ShownProbe(QObject):
    """Prints ``EMPFEHLUNG_BENCH shown`` right after the first paint (as the bare window does).

    Installed after :class:`_FirstPaint`, so it reports before the database is opened.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"EMPFEHLUNG_BENCH shown {wall_timestamp():.6f}", flush=True)
        _bench_cpu("shown")


def _bench_cpu(moment: str) -> None:
    """The CPU seconds the process has used until ``moment`` (less load-dependent than
    wall time on a shared machine)."""
    import time

    print(f"EMPFEHLUNG_BENCH {moment}_cpu {time.process_time():.6f}", flush=True)


def _bench_ready() -> None:
    """The database is open and the start view filled; report memory after it settles."""
    from empfehlung_desktop.peak_memory import peak_rss_kib

    print(f"EMPFEHLUNG_BENCH ready {wall_timestamp():.6f}", flush=True)

    def finish() -> None:
        print(f"EMPFEHLUNG_BENCH rss_kib {peak_rss_kib()}", flush=True)
        QCoreApplication.quit()

    QTimer.singleShot(500, finish)
