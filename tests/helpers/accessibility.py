"""Find interactive controls a screen reader could not name.

The name is what Qt's accessibility layer reports (``QAccessible.Text.Name``): an
accessible name set on the control, the text of a button, or the label whose buddy
the control is. Parts that belong to another control (the line edit inside a date
edit or an editable combo box, scroll bars, a table's headers) are skipped.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)
_OWNERS = (QComboBox, QAbstractSpinBox, QCalendarWidget, QTabBar, QScrollBar)


def _is_part_of_another_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _OWNERS):
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:
            return True  # editors and the corner button of a table
        if isinstance(parent, QToolBar) and widget.objectName() == "qt_toolbar_ext_button":
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QAbstractScrollArea) and widget.objectName().startswith("qt_")


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    """Descriptions of visible interactive controls below ``root`` without a name."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if _is_part_of_another_control(widget):
            continue
        if not accessible_name(widget):
            hint = ""
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                hint = widget.placeholderText()
            problems.append(
                f"{root.__class__.__name__}: {widget.__class__.__name__} "
                f"{widget.objectName()!r} {hint!r}"
            )
    return problems
