"""Correcting and deleting feedback from the Feedback view (table menu and buttons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QTableView, QWidget

from empfehlung_desktop.errors import StoreError, UserError
from empfehlung_desktop.services.feedback import corrections as feedback_corrections
from empfehlung_desktop.services.feedback import removal as feedback_removal
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.feedback.entry_dialog import edit_feedback
from empfehlung_desktop.ui.widgets import undo
from empfehlung_desktop.ui.widgets.confirm import confirm_delete


def edit(parent: QWidget, context: ViewContext, feedback_id: int) -> bool:
    """The prefilled entry dialog; True when the correction was saved."""
    try:
        return edit_feedback(context.db, context.clock.today(), feedback_id, parent)
    except (UserError, StoreError) as exc:  # gone meanwhile
        QMessageBox.warning(
            parent, QCoreApplication.translate("FeedbackView", "Feedback"), str(exc)
        )
        return False


def delete(
    parent: QWidget,
    context: ViewContext,
    feedback_id: int,
    version: int | None,
    after: Callable[[], None] = lambda: None,
) -> bool:
    """Ask, then delete the feedback as it was shown (``version``); True when deleted."""
    text = QCoreApplication.translate(
        "FeedbackView",
        "Dieses Feedback mit allen Antworten löschen? Eine daraus freigegebene Referenz "
        "verschwindet ebenfalls.",
    )
    if not confirm_delete(
        parent, QCoreApplication.translate("FeedbackView", "Feedback löschen"), text
    ):
        return False
    try:
        with context.db.session() as session:
            values = feedback_corrections.snapshot_feedback(session, feedback_id)
            feedback_removal.delete_feedback(session, feedback_id, version)
    except (UserError, StoreError) as exc:
        QMessageBox.warning(
            parent, QCoreApplication.translate("FeedbackView", "Feedback"), str(exc)
        )
        return False
    undo.push(
        context,
        undo.WriteCommand(
            context,
            QCoreApplication.translate("FeedbackView", "Feedback löschen"),
            "feedback",
            lambda s: feedback_corrections.restore_feedback(s, values),
            lambda s: feedback_removal.delete_feedback(s, feedback_id),
            after,
        ),
    )
    return True


def install_table_actions(
    table: QTableView, on_edit: Callable[[], None], on_delete: Callable[[], None]
) -> list[QAction]:
    """Right-click menu and keys on the table: Enter corrects, Entf deletes."""
    edit_action = QAction(QCoreApplication.translate("FeedbackView", "Bearbeiten …"), table)
    edit_action.triggered.connect(on_edit)
    delete_action = QAction(QCoreApplication.translate("FeedbackView", "Löschen …"), table)
    delete_action.setShortcut(QKeySequence.StandardKey.Delete)
    delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete_action.triggered.connect(on_delete)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    table.addAction(edit_action)
    table.addAction(delete_action)
    table.activated.connect(lambda _index: edit_action.trigger())
    return [edit_action, delete_action]
