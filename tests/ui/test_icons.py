"""The icons drawn from the Phosphor font file match what qtawesome draws (issue 18)."""

import os

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from pytestqt.qtbot import QtBot

from empfehlung_desktop.ui.widgets import icons


def image(icon: QIcon, size: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    return icon.pixmap(QSize(size, size), mode).toImage()


def ink(picture: QImage) -> int:
    """How many pixels are not transparent."""
    return sum(
        1
        for y in range(picture.height())
        for x in range(picture.width())
        if picture.pixelColor(x, y).alpha() > 0
    )


@pytest.mark.parametrize("name", sorted(icons.GLYPHS))
def test_every_glyph_is_drawn_as_qtawesome_draws_it(qtbot: QtBot, name: str) -> None:
    assert icons.phosphor() is not None  # the direct path, not the fallback
    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    palette = QGuiApplication.palette()
    color = palette.color(QPalette.ColorRole.ButtonText)
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    theirs = qtawesome.icon(icons.GLYPHS[name], color=color, color_disabled=disabled)
    ours = icons.icon(name)
    for size in (16, 20, 24, 48):
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled):
            mine = image(ours, size, mode)
            assert ink(mine) > size  # a glyph, not an empty square
            assert mine == image(theirs, size, mode), (name, size, mode)


def test_disabled_icons_take_the_disabled_colour(qtbot: QtBot) -> None:
    engine = icons.GlyphEngine(
        icons.phosphor().family,  # type: ignore[union-attr]
        icons.phosphor().chars["ph.plus"],  # type: ignore[union-attr]
        QColor("#ff0000"),
        QColor("#0000ff"),
    )
    normal = engine.pixmap(QSize(24, 24), QIcon.Mode.Normal, QIcon.State.Off).toImage()
    grey = engine.pixmap(QSize(24, 24), QIcon.Mode.Disabled, QIcon.State.Off).toImage()
    centre = (12, 12)
    assert normal.pixelColor(*centre).red() > 200 and normal.pixelColor(*centre).blue() == 0
    assert grey.pixelColor(*centre).blue() > 200 and grey.pixelColor(*centre).red() == 0


def test_an_unknown_name_is_an_empty_icon(qtbot: QtBot) -> None:
    assert icons.icon("no such thing").isNull()


def test_without_the_font_file_qtawesome_draws_them(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(icons, "phosphor", lambda: None)
    icons._drawn_icon.cache_clear()
    try:
        fallback = icons.icon("find")
        assert not fallback.isNull()
        assert ink(image(fallback, 24)) > 24
    finally:
        icons._drawn_icon.cache_clear()


def test_a_scheme_switch_redraws_the_icons_in_the_new_colours(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QPushButton

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    listing, button = QListWidget(), QPushButton("Neu")
    qtbot.addWidget(listing)
    qtbot.addWidget(button)
    listing.addItem(QListWidgetItem(icons.icon("today"), "Heute"))
    button.setIcon(icons.icon("new"))
    before = app.palette()
    switched = QPalette(before)
    switched.setColor(QPalette.ColorRole.ButtonText, QColor("#00ff00"))
    app.setPalette(switched)
    try:
        icons.redraw_all()
        for drawn in (listing.item(0).icon(), button.icon()):
            picture = image(drawn, 48)
            inked = [
                picture.pixelColor(x, y)
                for y in range(48)
                for x in range(48)
                if picture.pixelColor(x, y).alpha() == 255
            ]
            assert inked and all(c.green() == 255 and c.red() == 0 for c in inked)
    finally:
        app.setPalette(before)
        icons.redraw_all()
