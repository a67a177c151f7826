import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from empfehlung_desktop import app, error_log


def test_unexpected_error_is_logged_and_shown_in_the_status_bar(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    log = error_log.setup(tmp_path)
    assert log is not None
    previous = app.install_excepthook(window)
    try:
        try:
            raise ValueError("Jana Weiß, jana@example.org")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert "Unerwarteter Fehler (ValueError)" in window.statusBar().currentMessage()
    text = log.read_text(encoding="utf-8")
    assert "CRITICAL" in text and "ValueError" in text
    assert "Jana" not in text and "example.org" not in text
