"""Undo commands for contact edits, creations, deletions and merges (Ctrl+Z / Ctrl+Y).

The first ``redo()`` after a push does nothing: the change was already saved
by the form or the delete action (so that errors appear before anything lands
on the stack). Later undo/redo calls replay snapshots in one unit of work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.services.contacts import contacts as contact_service
from empfehlung_desktop.services.contacts.duplicates import merge_contacts
from empfehlung_desktop.services.contacts.snapshots import (
    ContactSnapshot,
    restore_contacts,
    restore_merge,
)
from empfehlung_desktop.store.database import describe_operational_error
from empfehlung_desktop.ui.context import ViewContext

# Called after an undo/redo with the id to select (or None).
AfterChange = Callable[[int | None], None]


class _ContactCommand(QUndoCommand):
    def __init__(self, context: ViewContext, text: str, after_change: AfterChange) -> None:
        super().__init__(text)
        self._context = context
        self._after_change = after_change
        self._pushed = False

    def _run(self, action: Callable[[Session], None], select_id: int | None) -> None:
        try:
            with self._context.db.session() as session:
                action(session)
        except (UserError, StoreError, SQLAlchemyError) as exc:
            # The stack cannot replay this step any more: drop it and say why.
            self.setObsolete(True)
            QMessageBox.warning(
                QApplication.activeWindow(),
                QApplication.translate("ContactCommand", "Rückgängig nicht möglich"),
                _message(exc),
            )
            return
        self._context.data_changed("contacts")
        self._after_change(select_id)


def _message(exc: Exception) -> str:
    if isinstance(exc, UserError):
        return exc.message
    if isinstance(exc, OperationalError):
        return describe_operational_error(exc)
    return str(exc)


class SaveContactCommand(_ContactCommand):
    """A created (``before`` is None) or edited contact."""

    def __init__(
        self,
        context: ViewContext,
        before: ContactSnapshot | None,
        after: ContactSnapshot,
        after_change: AfterChange,
    ) -> None:
        name = str(after.contact["name"])
        text = (
            QApplication.translate("ContactCommand", "Kontakt „{name}“ anlegen")
            if before is None
            else QApplication.translate("ContactCommand", "Kontakt „{name}“ ändern")
        ).format(name=name)
        super().__init__(context, text, after_change)
        self.before = before
        self.after = after

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(lambda s: restore_contacts(s, [self.after]), self.after.contact_id)

    def undo(self) -> None:
        before = self.before
        if before is None:
            contact_id = self.after.contact_id
            self._run(lambda s: contact_service.delete_contacts(s, [contact_id]), None)
        else:
            self._run(lambda s: restore_contacts(s, [before]), before.contact_id)


class DeleteContactsCommand(_ContactCommand):
    """Deleted contacts; undo brings them back with history and links."""

    def __init__(
        self, context: ViewContext, snapshots: list[ContactSnapshot], after_change: AfterChange
    ) -> None:
        if len(snapshots) == 1:
            text = QApplication.translate("ContactCommand", "Kontakt „{name}“ löschen").format(
                name=str(snapshots[0].contact["name"])
            )
        else:
            text = QApplication.translate("ContactCommand", "{count} Kontakte löschen").format(
                count=len(snapshots)
            )
        super().__init__(context, text, after_change)
        self.snapshots = snapshots

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        ids = [s.contact_id for s in self.snapshots]
        self._run(lambda s: contact_service.delete_contacts(s, ids), None)

    def undo(self) -> None:
        self._run(lambda s: restore_contacts(s, self.snapshots), self.snapshots[0].contact_id)


class MergeContactsCommand(_ContactCommand):
    """Two contacts merged into one; undo brings the other back with all it had."""

    def __init__(
        self,
        context: ViewContext,
        keep: ContactSnapshot,
        other: ContactSnapshot,
        take_from_other: frozenset[str],
        after_change: AfterChange,
    ) -> None:
        text = QApplication.translate(
            "ContactCommand", "„{other}“ mit „{keep}“ zusammenführen"
        ).format(other=str(other.contact["name"]), keep=str(keep.contact["name"]))
        super().__init__(context, text, after_change)
        self.keep = keep
        self.other = other
        self.take_from_other = take_from_other

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        keep_id, other_id = self.keep.contact_id, self.other.contact_id

        def merge(session: Session) -> None:
            merge_contacts(session, keep_id, other_id, self.take_from_other)

        self._run(merge, keep_id)

    def undo(self) -> None:
        self._run(lambda s: restore_merge(s, self.keep, self.other), self.other.contact_id)
