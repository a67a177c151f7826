"""Modal dialogs that no test patched fail the test instead of blocking the suite."""

from __future__ import annotations

import pytest
from PySide6 import QtWidgets


class UnexpectedDialog(AssertionError):
    """A test reached a modal dialog it did not patch: it fails instead of hanging."""


def _describe(args: tuple[object, ...]) -> str:
    texts = [str(a) for a in args if isinstance(a, str) and a]
    return " | ".join(texts) or "(ohne Text)"


def _refuse_static(name: str) -> object:
    def refuse(*args: object, **_kwargs: object) -> object:
        raise UnexpectedDialog(f"unpatched modal dialog {name}: {_describe(args)}")

    return staticmethod(refuse)


def _refuse_exec(self: object, *_args: object, **_kwargs: object) -> object:
    title = self.windowTitle() if isinstance(self, QtWidgets.QWidget) else ""
    text = self.text() if isinstance(self, QtWidgets.QMessageBox) else ""
    kind = type(self).__name__
    raise UnexpectedDialog(f"unpatched modal dialog {kind}.exec(): {_describe((title, text))}")


MODAL_STATICS = {
    "QMessageBox": ("information", "warning", "critical", "question", "about", "aboutQt"),
    "QFileDialog": (
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "getOpenFileUrl",
        "getOpenFileUrls",
        "getSaveFileUrl",
        "getExistingDirectoryUrl",
    ),
    "QInputDialog": ("getText", "getMultiLineText", "getInt", "getDouble", "getItem"),
    "QColorDialog": ("getColor",),
    "QFontDialog": ("getFont",),
}
# QMessageBox, QFileDialog, QInputDialog … inherit ``exec`` from QDialog.
MODAL_CLASSES = ("QDialog", "QMenu")


def refuse_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every static dialog call and every ``exec`` raise :class:`UnexpectedDialog`."""
    for owner, names in MODAL_STATICS.items():
        cls = getattr(QtWidgets, owner)
        for name in names:
            monkeypatch.setattr(cls, name, _refuse_static(f"{owner}.{name}"))
    for owner in MODAL_CLASSES:
        cls = getattr(QtWidgets, owner)
        for name in ("exec", "exec_"):
            if name in vars(cls):
                monkeypatch.setattr(cls, name, _refuse_exec)
