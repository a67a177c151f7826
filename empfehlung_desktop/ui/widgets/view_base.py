"""Base class of the views that plug into the main window's navigation."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from empfehlung_desktop.ui.context import ViewContext


class View(QWidget):
    """A page of the main window.

    Signals:
        badgeChanged(int): number of due items to show beside the navigation entry.
    """

    badgeChanged = Signal(int)

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload from the database (called when the view is shown and after changes)."""

    def select_record(self, record_id: int) -> None:
        """Select and show the record with this id (used by navigate())."""

    def new_record(self) -> None:
        """Ctrl+N: create a new record in this view, if it has records."""

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor into this view's search field, if any."""

    def can_create(self) -> bool:
        """Whether Ctrl+N means something here (the view implements :meth:`new_record`)."""
        return type(self).new_record is not View.new_record

    def can_search(self) -> bool:
        """Whether Ctrl+F means something here (the view implements :meth:`focus_search`)."""
        return type(self).focus_search is not View.focus_search

    def has_unsaved_changes(self) -> bool:
        """True while the view holds input that is not stored yet (asked before quitting)."""
        return False

    def save_changes(self) -> bool:
        """Store the pending input; False (with the problem shown) when it cannot be."""
        return True
