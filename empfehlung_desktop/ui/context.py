"""What every view gets handed: the database and a way to reach other views."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from empfehlung_desktop.clock import Clock, system_clock

if TYPE_CHECKING:
    from empfehlung_desktop.store.database import Database


@dataclass
class ViewContext:
    """Passed into each view's constructor (no global registry).

    Attributes:
        db: the open database; open a session per user action.
        navigate: ``navigate(view_key, record_id)`` shows another view and,
            if given, selects that record there.
        show_status: puts a short message into the status bar.
        data_changed: call after writes so other views refresh on next show.
        undo_stack: the window's undo stack (Ctrl+Z); push QUndoCommands onto it.
        clock: today and now for every view and dialog (fixed in tests and demos).
    """

    db: Database
    navigate: Callable[[str, int | None], None] = field(default=lambda _key, _record_id: None)
    show_status: Callable[[str], None] = field(default=lambda _message: None)
    data_changed: Callable[[str], None] = field(default=lambda _what: None)
    undo_stack: QUndoStack | None = None
    clock: Clock = field(default_factory=system_clock)
