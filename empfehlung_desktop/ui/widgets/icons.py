"""Icons from one maintained set (Phosphor, as qtawesome ships it), the same one for the same thing.

Drawn in the palette's text colour, so they follow the light or dark scheme. If the
icon font cannot be loaded the app shows no icon rather than failing.

Start-up (issue 18): importing qtawesome costs about 0.2 s before the first window
(qtpy's star imports of QtCore/QtGui/QtWidgets, then loading and hashing all twelve
bundled fonts). The few glyphs the app uses come from one of them, so
:class:`GlyphEngine` loads only the Phosphor font file from qtawesome's package
folder (without importing it) and draws a glyph exactly as qtawesome's default
"text" painter does. Where that file cannot be found (a differently packaged
qtawesome), :func:`icon` falls back to qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

from empfehlung_desktop.ui import theme

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
# qtawesome's glyph height for an icon of height h: round(0.875 * h) pixels.
GLYPH_SCALE = 0.875


class PhosphorFont:
    """The Phosphor font registered with Qt, and the characters of :data:`GLYPHS`."""

    def __init__(self, family: str, chars: dict[str, str]) -> None:
        self.family = family
        self.chars = chars  # "ph.sun" → the character


@cache
def phosphor() -> PhosphorFont | None:
    """Load qtawesome's Phosphor font file and charmap without importing qtawesome."""
    try:
        spec = importlib.util.find_spec("qtawesome")
        folders = list(spec.submodule_search_locations or []) if spec else []
        fonts = [Path(folder) / "fonts" for folder in folders]
        ttf = next(iter(sorted(p for f in fonts for p in f.glob("phosphor-*.ttf"))), None)
        if ttf is None:
            return None
        charmap = ttf.with_name(ttf.name.replace("phosphor-", "phosphor-charmap-")).with_suffix(
            ".json"
        )
        codes = json.loads(charmap.read_text(encoding="utf-8"))
        chars = {glyph: chr(int(codes[glyph.removeprefix("ph.")], 16)) for glyph in GLYPHS.values()}
        families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(ttf)))
    except Exception:  # decoration only: fall back to qtawesome
        logger.warning("The Phosphor font could not be read directly", exc_info=True)
        return None
    return PhosphorFont(families[0], chars) if families else None


class GlyphEngine(QIconEngine):
    """One glyph in one colour (another for the disabled mode), drawn at any size."""

    def __init__(self, family: str, char: str, color: QColor, disabled: QColor) -> None:
        super().__init__()
        self._family, self._char = family, char
        self._color, self._disabled = QColor(color), QColor(disabled)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        disabled = mode == QIcon.Mode.Disabled
        painter.setPen(self._disabled if disabled else self._color)
        font = QFont()
        font.setFamily(self._family)
        font.setPixelSize(round(GLYPH_SCALE * rect.height()))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(QColor(theme.TRANSPARENT))
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap


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
    glyph = GLYPHS.get(name)
    if glyph is None:
        return QIcon()
    palette = QGuiApplication.palette()
    color = palette.color(QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    result = _drawn_icon(glyph, color.rgba(), disabled.rgba())
    if result is None:
        return QIcon()
    _drawn[result.cacheKey()] = name
    return result


@cache
def _drawn_icon(glyph: str, color: int, disabled: int) -> QIcon | None:
    """The icon of ``glyph`` in these colours (ARGB), made once."""
    font = phosphor()
    if font is not None:
        engine = GlyphEngine(
            font.family, font.chars[glyph], QColor.fromRgba(color), QColor.fromRgba(disabled)
        )
        return QIcon(engine)
    qta = _qtawesome()
    if qta is None:
        return None
    try:
        result: QIcon = qta.icon(  # type: ignore[attr-defined]
            glyph, color=QColor.fromRgba(color), color_disabled=QColor.fromRgba(disabled)
        )
    except Exception:
        logger.warning("Icon %s could not be drawn", glyph, exc_info=True)
        return None
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
