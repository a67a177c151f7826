"""Names for screen readers: every field takes the text of its label.

A label's buddy is often a wrapper (a contact picker, a row of widgets); Qt then
names the wrapper, not the field that gets the focus. :func:`name_fields` gives the
field itself the label's text, a text field without a label its placeholder, and a
list or table without a name the name of the view or dialog it belongs to. Only
controls still without a name are touched. :func:`install` runs it for every dialog
the focus enters.
"""

from __future__ import annotations

import re
from typing import cast

from PySide6.QtGui import QAccessible, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
_FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def clean_label(text: str) -> str:
    """A label's text as a name: no markup, no mnemonic '&', no trailing colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":").strip()


def computed_name(widget: QWidget) -> str:
    """What the accessibility layer reports as the control's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _field_of(buddy: QWidget) -> QWidget:
    """The control that really takes the input behind a (wrapper) buddy."""
    seen: set[int] = set()
    widget = buddy
    proxy: QWidget | None = widget.focusProxy()
    while proxy is not None and id(widget) not in seen:
        seen.add(id(widget))
        widget, proxy = proxy, proxy.focusProxy()
    if isinstance(widget, (*_FIELDS, QAbstractButton)):
        return widget
    inner = [w for w in widget.findChildren(QWidget) if isinstance(w, _FIELDS)]
    return inner[0] if inner else widget


def name_fields(root: QWidget, fallback: str = "") -> None:
    """Give every unnamed field below ``root`` the name of its label (see module doc)."""
    for label in root.findChildren(QLabel):
        buddy: QWidget | None = label.buddy()
        if buddy is None:
            continue
        field = _field_of(buddy)
        text = clean_label(label.text())
        if text and not field.accessibleName():
            field.setAccessibleName(text)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _FIELDS) or widget.accessibleName():
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside an editable combo box or a date edit
        placeholder = ""
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            placeholder = widget.placeholderText().rstrip(" …").strip()
        if placeholder and not computed_name(widget):
            widget.setAccessibleName(placeholder)
        elif (
            fallback
            and isinstance(widget, QAbstractItemView | QTextEdit)
            and not computed_name(widget)
        ):
            widget.setAccessibleName(fallback)


def keyboard_defaults(root: QWidget) -> None:
    """Tab leaves every editable text field below ``root`` (it never types a tab)."""
    for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit):
        if not edit.isReadOnly():
            edit.setTabChangesFocus(True)


def save_shortcut(dialog: QDialog) -> None:
    """Ctrl+S presses the dialog's Save (or OK) button, unless the dialog has its own."""
    if dialog.property("saveShortcut"):
        return
    dialog.setProperty("saveShortcut", True)
    save = QKeySequence(QKeySequence.StandardKey.Save)
    if any(s.key() == save for s in dialog.findChildren(QShortcut)):
        return
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) is QDialogButtonBox.ButtonRole.AcceptRole:
                shortcut = QShortcut(save, dialog)
                shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
                return


def prepare_dialog(dialog: QDialog) -> None:
    """Names, Tab and Ctrl+S for one dialog (what :func:`install` does on focus)."""
    name_fields(dialog, clean_label(dialog.windowTitle()))
    keyboard_defaults(dialog)
    save_shortcut(dialog)


def _name_dialog_of(_old: QWidget | None, now: QWidget | None) -> None:
    window = now.window() if now is not None else None
    if isinstance(window, QDialog):
        prepare_dialog(window)


def install(app: QApplication | None = None) -> None:
    """Once per application: prepare a dialog (names, Tab, Ctrl+S) when the focus enters it.

    (The focus is what a screen reader follows; a signal costs nothing between
    focus changes, unlike an application-wide event filter.)
    """
    app = app or cast(QApplication | None, QApplication.instance())
    if app is None or app.property("accessibleNamesInstalled"):
        return
    app.focusChanged.connect(_name_dialog_of)
    app.setProperty("accessibleNamesInstalled", True)
