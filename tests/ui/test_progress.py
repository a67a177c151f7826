"""Work behind the progress dialog: result, error and cancel reach the GUI thread."""

import threading

import pytest
from pytestqt.qtbot import QtBot

from empfehlung_desktop.ui.widgets.progress import Progress, run_with_progress


def test_result_and_worker_thread(qtbot: QtBot) -> None:
    seen: list[str] = []

    def work(progress: Progress) -> int:
        seen.append(threading.current_thread().name)
        assert progress(1, 2) and progress(2, 2)
        return 42

    assert run_with_progress(None, "Titel", "Text", work) == 42
    assert seen == ["progress-work"]


def test_error_is_raised_on_the_gui_thread(qtbot: QtBot) -> None:
    def work(_progress: Progress) -> int:
        raise ValueError("kaputt")

    with pytest.raises(ValueError, match="kaputt"):
        run_with_progress(None, "Titel", "Text", work)


def test_cancel_makes_progress_return_false(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QProgressDialog

    shown: list[QProgressDialog] = []
    original = QProgressDialog.setWindowTitle

    def remember(self: QProgressDialog, title: str) -> None:
        shown.append(self)
        original(self, title)

    monkeypatch.setattr(QProgressDialog, "setWindowTitle", remember)

    def work(progress: Progress) -> bool:
        shown[0].canceled.emit()  # the user presses "Abbrechen" (queued to the GUI)
        for _ in range(1000):
            if not progress(1, 10):
                return True
            threading.Event().wait(0.01)
        return False

    assert run_with_progress(None, "Titel", "Text", work) is True


def test_background_read_returns_its_result_and_error(qtbot: QtBot) -> None:
    from empfehlung_desktop.ui.widgets.progress import run_in_background

    seen: list[str] = []

    def read() -> int:
        seen.append(threading.current_thread().name)
        return 7

    assert run_in_background(read) == 7
    assert seen == ["background-read"]

    def broken() -> int:
        raise ValueError("gelesen")

    with pytest.raises(ValueError, match="gelesen"):
        run_in_background(broken)


def test_the_collector_pauses_for_the_work_and_freezes_what_it_made(qtbot: QtBot) -> None:
    import gc

    frozen_before = gc.get_freeze_count()
    states: list[bool] = []

    def work(_progress: Progress) -> list[list[int]]:
        states.append(gc.isenabled())
        return [[n] for n in range(1000)]

    made = run_with_progress(None, "Titel", "Text", work)
    assert states == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(made)
    gc.unfreeze()


def test_no_collection_runs_on_a_background_read_and_nothing_is_frozen(qtbot: QtBot) -> None:
    """On the worker's thread the collector could destroy the window's Qt objects
    (cycles of them) from the wrong thread: it is off while the worker runs."""
    import gc

    from empfehlung_desktop.ui.widgets.progress import run_in_background

    frozen_before = gc.get_freeze_count()

    def read() -> bool:
        return gc.isenabled()

    assert run_in_background(read) is False
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before  # a read's few objects: collected as usual


def test_released_rows_are_emptied_in_slices(qtbot: QtBot) -> None:
    from empfehlung_desktop.ui.widgets.progress import release_gradually

    rows, more = list(range(2000)), [object() for _ in range(700)]
    release_gradually(rows, more)
    qtbot.waitUntil(lambda: not rows and not more)
