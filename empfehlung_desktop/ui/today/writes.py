"""Heute's writes: one unit of work each, then a refresh, and an entry in the view's
undo history that names what it takes back (``services/today/undo.py`` reads the
state before, in the same unit of work)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.model import Reminder
from empfehlung_desktop.services.today import reminders
from empfehlung_desktop.services.today import undo as undo_before
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.widgets import undo


class TodayWrites:
    """Runs the view's writes; ``refresh`` and ``error`` are the view's own."""

    def __init__(
        self, context: ViewContext, refresh: Callable[[], None], error: Callable[[str], None]
    ) -> None:
        self.context = context
        self.refresh = refresh
        self.error = error

    def run(
        self,
        action: Callable[[Session], object],
        message: str,
        undo_text: str = "",
        before: Callable[[Session], undo_before.Write] | None = None,
    ) -> None:
        """Run one unit of work; on success refresh, on failure explain.

        ``before`` reads, in the same unit of work, what takes the write back:
        the write then lands on this view's undo history as ``undo_text``.
        """
        take_back: undo_before.Write | None = None
        try:
            with self.context.db.session() as session:
                take_back = before(session) if before is not None else None
                action(session)
        except (UserError, StoreError) as exc:
            self.error(str(exc))
            return
        if take_back is not None:
            undo.push(
                self.context,
                undo.WriteCommand(
                    self.context, undo_text, "today", take_back, action, self.refresh
                ),
            )
        self.context.show_status(message)
        self.refresh()
        self.context.data_changed("today")

    def add_reminder(self, add: Callable[[Session], Reminder]) -> None:
        """A new reminder; undo deletes it, redo adds it again (under a new number)."""
        made: list[int] = []

        def write(session: Session) -> None:
            made[:] = [add(session).id]

        self.run(
            write,
            QCoreApplication.translate("TodayView", "Erinnerung gespeichert."),
            QCoreApplication.translate("TodayView", "Erinnerung anlegen"),
            lambda _s: lambda s: reminders.delete_reminder(s, made[0]),
        )
