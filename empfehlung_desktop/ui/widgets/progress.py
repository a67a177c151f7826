"""Long work on a worker thread behind a progress dialog with a cancel button."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from empfehlung_desktop import gc_pause

T = TypeVar("T")
# (done, total) from the worker; False back means the user cancelled.
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """Raised by work whose progress callback said "cancelled"; nothing was changed."""


def raise_if_cancelled(progress: Progress, done: int = 0, total: int = 0) -> None:
    """Report progress (0, 0 keeps the busy indicator) and stop with :class:`Cancelled`."""
    if not progress(done, total):
        raise Cancelled


def release_gradually(*lists: list[Any]) -> None:
    """Empty ``lists`` on a worker thread, a slice at a time.

    Freeing 50,000 preview rows at once holds the interpreter (and so the GUI
    thread) for a few hundred milliseconds; in slices the window keeps repainting.
    The caller must hold no other reference to the rows that it still needs.
    """

    def run() -> None:
        for rows in lists:
            while rows:
                del rows[-500:]
                time.sleep(0)  # let the GUI thread have the interpreter

    threading.Thread(target=run, name="release", daemon=True).start()


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    finished = Signal()


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    *,
    cancellable: bool = True,
) -> T:
    """Run ``work(progress)`` on a worker thread; return its result or raise its error.

    The window stays responsive (a local event loop) and shows a window-modal
    progress dialog after a moment; its cancel button makes ``progress`` return
    False, which the work answers by stopping (an export raises ``ExportCancelled``).
    ``work`` must open its own database session: it runs on another thread.
    A total of 0 keeps the busy indicator. Without ``cancellable`` there is no cancel
    button (for work that cannot stop without leaving something half done).
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Progress", "Abbrechen"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    relay = _Relay()
    loop = QEventLoop()
    cancelled = threading.Event()
    outcome: dict[str, Any] = {}

    def show(done: int, total: int) -> None:
        if total <= 0:
            dialog.setMaximum(0)  # busy: no measure of the whole
            return
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    relay.progressed.connect(show)
    relay.finished.connect(loop.quit)
    if cancellable:
        dialog.canceled.connect(cancelled.set)

    def progress(done: int, total: int) -> bool:
        relay.progressed.emit(done, total)
        return not cancelled.is_set()

    def run() -> None:
        try:
            outcome["value"] = work(progress)
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    # No collection during the work: a pass over a large import's objects would hold
    # the GUI thread for half a second, and on the worker's thread it could destroy
    # the window's Qt objects. The pause begins and ends on this thread; what the work
    # made is frozen afterwards (gc_pause).
    with gc_pause.paused(freeze=True):
        worker = threading.Thread(target=run, name="progress-work", daemon=True)
        worker.start()
        loop.exec()
        worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def run_in_background(work: Callable[[], T]) -> T:
    """Run ``work()`` on a worker thread while the window keeps repainting; return its
    result or raise its error. No dialog: for reads that take a moment on a large
    database (the Heute agenda). Input waits until the result is there, so nothing
    the user does can start a second run meanwhile; ``work`` opens its own session.
    """
    relay = _Relay()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the GUI thread below
            outcome["error"] = exc
        finally:
            relay.finished.emit()

    relay.finished.connect(loop.quit)
    # No collection while the worker runs: on its thread it could destroy the window's
    # Qt objects (cycles of them) from the wrong thread.
    with gc_pause.paused(freeze=False):
        worker = threading.Thread(target=run, name="background-read", daemon=True)
        worker.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        worker.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
