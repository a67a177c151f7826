"""Icons from one maintained set (Phosphor through qtawesome), the same one for the same thing.

Drawn in the palette's text colour, so they follow the light or dark scheme. If the
icon font cannot be loaded the app shows no icon rather than failing.
"""

from __future__ import annotations

import logging
import os
from functools import cache

from PySide6.QtGui import QGuiApplication, QIcon, QPalette

logger = logging.getLogger(__name__)

# What a thing is called in the code → its glyph in the Phosphor set.
GLYPHS = {
    "today": "ph.sun",
    "contacts": "ph.address-book",
    "referrals": "ph.handshake",
    "engagements": "ph.briefcase",
    "feedback": "ph.chat-circle-text",
    "overview": "ph.chart-bar",
    "profile": "ph.user-circle",
    "new": "ph.plus",
    "find": "ph.magnifying-glass",
    "undo": "ph.arrow-counter-clockwise",
    "edit": "ph.pencil-simple",
    "delete": "ph.trash",
}


@cache
def _qtawesome() -> object | None:
    os.environ.setdefault("QT_API", "pyside6")  # qtpy: the binding the app uses
    try:
        import qtawesome

        return qtawesome
    except Exception:  # an icon font is decoration; its absence is no error for the user
        logger.warning("qtawesome could not be loaded; no icons", exc_info=True)
        return None


def icon(name: str) -> QIcon:
    """The icon for ``name`` (a key of :data:`GLYPHS`), or an empty icon."""
    qta = _qtawesome()
    glyph = GLYPHS.get(name)
    if qta is None or glyph is None:
        return QIcon()
    palette = QGuiApplication.palette()
    try:
        result: QIcon = qta.icon(  # type: ignore[attr-defined]
            glyph,
            color=palette.color(QPalette.ColorRole.ButtonText),
            color_disabled=palette.color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText
            ),
        )
    except Exception:
        logger.warning("Icon %s could not be drawn", glyph, exc_info=True)
        return QIcon()
    _drawn[result.cacheKey()] = name
    return result


_drawn: dict[int, str] = {}  # QIcon.cacheKey() → name, to redraw after a scheme switch


def redraw_all() -> None:
    """Draw every icon made by :func:`icon` again in the palette's current colours
    (buttons, actions, the navigation), after a switch between light and dark."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget

    def fresh(old: QIcon) -> QIcon | None:
        name = _drawn.get(old.cacheKey())
        return None if name is None else icon(name)

    for widget in QApplication.allWidgets():
        if isinstance(widget, QAbstractButton) and (new := fresh(widget.icon())) is not None:
            widget.setIcon(new)
        for action in widget.actions():
            if isinstance(action, QAction) and (new := fresh(action.icon())) is not None:
                action.setIcon(new)
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                if (new := fresh(item.icon())) is not None:
                    item.setIcon(new)
