"""Deleting an Anfrage so that Ctrl+Z in the view brings it back with its feedback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from empfehlung_desktop.services.engagements import removal, restore
from empfehlung_desktop.ui.context import ViewContext
from empfehlung_desktop.ui.widgets import undo


def delete(session: Session, engagement_id: int, version: int | None) -> restore.EngagementSnapshot:
    """Delete (refused on a stale ``version``) and return what undo needs."""
    snapshot = restore.snapshot_engagement(session, engagement_id)
    removal.delete_engagement(session, engagement_id, version)
    return snapshot


def push_undo(
    context: ViewContext, snapshot: restore.EngagementSnapshot, after: Callable[[], None]
) -> None:
    title = snapshot.engagement["title"] or QCoreApplication.translate(
        "EngagementsView", "(ohne Titel)"
    )
    undo.push(
        context,
        undo.WriteCommand(
            context,
            QCoreApplication.translate("EngagementsView", "Anfrage „{title}“ löschen").format(
                title=title
            ),
            "engagements",
            lambda s: restore.restore_engagement(s, snapshot),
            lambda s: removal.delete_engagement(s, snapshot.engagement_id),
            after,
        ),
    )
