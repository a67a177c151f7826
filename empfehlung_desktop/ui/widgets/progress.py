"""Long work on a worker thread behind a progress dialog with a cancel button."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
# (done, total) from the worker; False back means the user cancelled.
Progress = Callable[[int, int], bool]


class _Relay(QObject):
    """Carries the worker's news to the GUI thread (queued signals)."""

    progressed = Signal(int, int)
    finished = Signal()


def run_with_progress(
    parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T]
) -> T:
    """Run ``work(progress)`` on a worker thread; return its result or raise its error.

    The window stays responsive (a local event loop) and shows a window-modal
    progress dialog after a moment; its cancel button makes ``progress`` return
    False, which the work answers by stopping (an export raises ``ExportCancelled``).
    ``work`` must open its own database session: it runs on another thread.
    """
    dialog = QProgressDialog(
        label, QCoreApplication.translate("Progress", "Abbrechen"), 0, 0, parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay()
    loop = QEventLoop()
    cancelled = threading.Event()
    outcome: dict[str, Any] = {}

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    relay.progressed.connect(show)
    relay.finished.connect(loop.quit)
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

    worker = threading.Thread(target=run, name="progress-work", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
