"""An undoable write of one view: undo and redo replay it in one unit of work each.

As with the contacts, the first ``redo()`` after the push does nothing (the write
was already made and its errors shown before anything landed on the stack). A
step that cannot be replayed any more (someone changed or removed the record
meanwhile) is dropped from the stack with a plain message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.ui.context import ViewContext

Write = Callable[[Session], object]


class WriteCommand(QUndoCommand):
    """``undo_write`` takes the change back, ``redo_write`` makes it again.

    After either, ``data_changed(what)`` tells the other views and ``after()``
    lets the owning view reload.
    """

    def __init__(
        self,
        context: ViewContext,
        text: str,
        what: str,
        undo_write: Write,
        redo_write: Write,
        after: Callable[[], None],
    ) -> None:
        super().__init__(text)
        self._context = context
        self._what = what
        self._undo_write = undo_write
        self._redo_write = redo_write
        self._after = after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self._redo_write)

    def undo(self) -> None:
        self._run(self._undo_write)

    def _run(self, write: Write) -> None:
        try:
            with self._context.db.session() as session:
                write(session)
        except (UserError, StoreError, SQLAlchemyError) as exc:
            self.setObsolete(True)
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("WriteCommand", "Rückgängig nicht möglich"),
                exc.message if isinstance(exc, UserError) else exc.__class__.__name__,
            )
            return
        self._context.data_changed(self._what)
        self._after()


def push(context: ViewContext, command: QUndoCommand) -> None:
    """Put an already made write onto the view's undo stack (if it has one)."""
    if context.undo_stack is not None:
        context.undo_stack.push(command)
