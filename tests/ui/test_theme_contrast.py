"""Contrast of every text colour in light and dark mode (WCAG AA, 4.5:1), and the scheme.

The colours live in ``ui/theme.py`` only (checked below), so enumerating
``theme.text_pairs`` covers every colour the UI sets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from empfehlung_desktop.ui import theme

UI = Path(theme.__file__).parent
# A colour literal or a palette role that is too faint for text in a style sheet.
LITERAL = re.compile(
    r"""QColor\(\s*["']#|["']#[0-9a-fA-F]{3,8}["']|color:\s*(gray|grey|#)"""
    r"""|color:\s*palette\((dark|mid|midlight|shadow|light|button)\)|Qt\.GlobalColor\."""
)


@pytest.mark.parametrize("variant", [theme.LIGHT, theme.DARK], ids=["hell", "dunkel"])
def test_every_text_colour_reaches_wcag_aa(variant: theme.Colours) -> None:
    too_faint = [
        f"{what}: {fg} auf {bg} = {theme.contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in theme.text_pairs(variant)
        if theme.contrast_ratio(fg, bg) < theme.WCAG_AA
    ]
    assert not too_faint, "\n".join(too_faint)


def test_contrast_ratio_matches_the_wcag_examples() -> None:
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # Fusion's own light defaults, which the app replaces: too faint.
    assert theme.contrast_ratio("#9f9f9f", "#efefef") < theme.WCAG_AA  # palette(dark)
    assert theme.contrast_ratio("#ffffff", "#308cc6") < theme.WCAG_AA  # selection


def test_no_colour_outside_the_theme_module() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "theme.py":
            continue
        for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
            line = path.read_text(encoding="utf-8").count("\n", 0, match.start()) + 1
            found.append(f"{path.relative_to(UI)}:{line}: {match.group(0).strip()}")
    assert not found, "Farben gehören nach ui/theme.py:\n" + "\n".join(found)


def test_both_variants_name_the_same_chart_colours() -> None:
    assert theme.LIGHT.series.keys() == theme.DARK.series.keys()


@pytest.fixture
def restore_palette(qapp: QApplication):  # type: ignore[no-untyped-def]
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield qapp
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)


def test_dark_is_forced_by_the_environment_and_light_follows_the_system(
    restore_palette: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = restore_palette
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    assert theme.apply(app) is True
    palette = QGuiApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).name() == theme.DARK.window
    assert palette.color(QPalette.ColorRole.Text).name() == theme.DARK.text
    assert theme.colours() is theme.DARK
    assert app.style().name().lower() == "fusion"
    # Without the variable: the system's (offscreen: no scheme, so light).
    monkeypatch.delenv(theme.SCHEME_ENV)
    assert theme.apply(app) is False
    assert theme.colours() is theme.LIGHT
    palette = QGuiApplication.palette()
    assert palette.color(QPalette.ColorRole.Highlight).name() == theme.LIGHT.highlight
    assert palette.color(QPalette.ColorRole.PlaceholderText).name() == theme.LIGHT.placeholder


def test_a_followed_style_sheet_changes_with_the_scheme(
    restore_palette: QApplication, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Hinweis")
    qtbot.addWidget(label)
    theme.follow(label, "QLabel { color: @muted; }")
    monkeypatch.setenv(theme.SCHEME_ENV, "light")
    theme.apply(restore_palette)
    assert theme.LIGHT.muted in label.styleSheet()
    monkeypatch.setenv(theme.SCHEME_ENV, "dark")
    theme.apply(restore_palette)
    assert theme.DARK.muted in label.styleSheet()


def test_qss_replaces_longer_names_first() -> None:
    variant = theme.colours()
    assert theme.qss("@window_text @window") == f"{variant.window_text} {variant.window}"
