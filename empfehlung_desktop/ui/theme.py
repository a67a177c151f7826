"""Every colour the UI sets, in a light and a dark variant, and the system's scheme.

The app follows the system's light or dark mode (``QStyleHints.colorScheme`` and its
``colorSchemeChanged`` signal). When the system asks for dark but the platform gives
no dark palette (Fusion without a desktop theme, Windows' classic style), the app
switches to Fusion with :data:`DARK`'s palette. ``EMPFEHLUNG_COLOR_SCHEME=light|dark``
forces a scheme (for tests and screenshots); the default follows the system.

Views never write a colour literal: they take it from :func:`colours` (which matches
the palette in use) and restyle on :func:`watcher`'s ``changed``.
``tests/unit/ui/test_theme_contrast.py`` checks every pair of :func:`text_pairs` for
WCAG AA (4.5:1) in both variants and that no colour literal lives outside this module.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SCHEME_ENV = "EMPFEHLUNG_COLOR_SCHEME"
WCAG_AA = 4.5
# Nothing: the ground an icon's glyph is drawn on (ui/widgets/icons.py).
TRANSPARENT = "#00000000"


@dataclass(frozen=True)
class Series:
    """A chart or network colour and the text drawn on top of it."""

    fill: str
    label: str


@dataclass(frozen=True)
class Colours:
    """One variant. Palette roles first, then the app's own colours."""

    dark: bool
    # QPalette roles (set as a whole in dark mode; light keeps the system's, see apply)
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    placeholder: str
    link: str
    link_visited: str
    tooltip_base: str
    tooltip_text: str
    disabled_text: str
    light: str
    midlight: str
    mid: str
    shadow_dark: str  # QPalette.Dark (borders); not for text
    shadow: str
    # Our own colours
    muted: str  # secondary text: hints, dates, labels in the contact's story
    error: str  # field errors
    warning: str  # hints such as "possible duplicate"
    overdue: str  # "überfällig" in Heute (always with the word)
    accent_text: str  # headings in the feedback detail
    due_background: str  # referral rows whose follow-up is due
    due_text: str  # the due date on such a row (bold, with "fällig")
    score_good: str  # recommendation score 9–10 (the number is shown too)
    score_medium: str  # 7–8
    score_bad: str  # 0–6
    chart_background: str
    chart_text: str
    chart_grid: str
    series: dict[str, Series] = field(default_factory=dict)
    network_won: str = ""
    network_open: str = ""
    network_lost: str = ""
    network_node_line: str = ""


LIGHT = Colours(
    dark=False,
    window="#efefef",
    window_text="#000000",
    base="#ffffff",
    alternate_base="#f7f7f7",
    text="#000000",
    button="#efefef",
    button_text="#000000",
    highlight="#1f6aa5",
    highlighted_text="#ffffff",
    placeholder="#6b6b6b",
    link="#0b57a4",
    link_visited="#6a3d9a",
    tooltip_base="#ffffdc",
    tooltip_text="#000000",
    disabled_text="#8c8c8c",
    light="#ffffff",
    midlight="#cacaca",
    mid="#b8b8b8",
    shadow_dark="#9f9f9f",
    shadow="#767676",
    muted="#5c5c5c",
    error="#b00020",
    warning="#5f4b00",
    overdue="#9a3412",
    accent_text="#1f5f5b",
    due_background="#fdebd0",
    due_text="#9a3412",
    score_good="#2a6e4f",
    score_medium="#865c00",
    score_bad="#a8322f",
    chart_background="#ffffff",
    chart_text="#222222",
    chart_grid="#d0d0d0",
    series={
        "blue": Series("#3b6ea5", "#ffffff"),
        "teal": Series("#2f7d70", "#ffffff"),
        "green": Series("#3d7d3d", "#ffffff"),
        "amber": Series("#d9a441", "#1a1a1a"),
        "red": Series("#b03a36", "#ffffff"),
        "node": Series("#4f7cac", "#000000"),
        "node_other": Series("#e8eef5", "#000000"),
    },
    network_won="#2a6e2e",
    network_open="#5c6b7a",
    network_lost="#b3261e",
    network_node_line="#1f3a5f",
)

DARK = Colours(
    dark=True,
    window="#262a2e",
    window_text="#eff0f1",
    base="#1d2023",
    alternate_base="#24282c",
    text="#eff0f1",
    button="#31363b",
    button_text="#eff0f1",
    highlight="#2a5f94",
    highlighted_text="#ffffff",
    placeholder="#a0a7ae",
    link="#7cb8ff",
    link_visited="#c5a3ff",
    tooltip_base="#31363b",
    tooltip_text="#eff0f1",
    disabled_text="#80878e",
    light="#4a5057",
    midlight="#3b4046",
    mid="#4d545b",
    shadow_dark="#1a1d20",
    shadow="#0f1012",
    muted="#aab1b8",
    error="#ff8a80",
    warning="#e6c34a",
    overdue="#ffab70",
    accent_text="#7fd1c7",
    due_background="#4a3219",
    due_text="#ffcf99",
    score_good="#6fd3a0",
    score_medium="#e8b84a",
    score_bad="#ff8a80",
    chart_background="#1d2023",
    chart_text="#eff0f1",
    chart_grid="#3b4046",
    series={
        "blue": Series("#6fa3dc", "#111111"),
        "teal": Series("#5fbfae", "#111111"),
        "green": Series("#7cc47c", "#111111"),
        "amber": Series("#e3b65a", "#111111"),
        "red": Series("#f07c78", "#111111"),
        "node": Series("#6fa3dc", "#111111"),
        "node_other": Series("#3b4654", "#eff0f1"),
    },
    network_won="#6fcf73",
    network_open="#9aa8b6",
    network_lost="#ff8a80",
    network_node_line="#c9d6e4",
)

# The surfaces text is drawn on: window (labels), base (tables, text fields, the
# contact's story), alternate base (every other table row).
SURFACES = ("window", "base", "alternate_base")
# Text colours that may appear on any surface.
TEXTS = (
    "window_text",
    "text",
    "placeholder",
    "link",
    "link_visited",
    "muted",
    "error",
    "warning",
    "overdue",
    "accent_text",
    "score_good",
    "score_medium",
    "score_bad",
    # the network's legend names the outcomes in their line colours
    "network_won",
    "network_open",
    "network_lost",
)


def text_pairs(variant: Colours) -> list[tuple[str, str, str]]:
    """(what, foreground, background) for every text the UI draws in ``variant``."""
    pairs = [
        (f"{fg} auf {bg}", getattr(variant, fg), getattr(variant, bg))
        for fg in TEXTS
        for bg in SURFACES
    ]
    pairs += [
        ("button_text auf button", variant.button_text, variant.button),
        ("highlighted_text auf highlight", variant.highlighted_text, variant.highlight),
        ("tooltip_text auf tooltip_base", variant.tooltip_text, variant.tooltip_base),
        ("text auf due_background", variant.text, variant.due_background),
        ("due_text auf due_background", variant.due_text, variant.due_background),
        ("chart_text auf chart_background", variant.chart_text, variant.chart_background),
        ("Netzwerk-Namen (text) auf base", variant.text, variant.base),
    ]
    pairs += [
        (f"Beschriftung auf Serie {name}", series.label, series.fill)
        for name, series in variant.series.items()
    ]
    return pairs


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2.x contrast ratio of two opaque colours ("#rrggbb")."""

    def luminance(colour: str) -> float:
        value = QColor(colour)
        channels = []
        for c in (value.redF(), value.greenF(), value.blueF()):
            channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- which variant is in use ----------------------------------------------------
def is_dark_palette(palette: QPalette) -> bool:
    """A palette is dark when its window is darker than its text."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def colours() -> Colours:
    """The variant matching the palette in use (dark palette → :data:`DARK`)."""
    return DARK if is_dark_palette(QGuiApplication.palette()) else LIGHT


def qcolor(name: str) -> QColor:
    """A colour of :func:`colours` by attribute name, e.g. ``qcolor("muted")``."""
    return QColor(str(getattr(colours(), name)))


def wants_dark(environ: dict[str, str] | None = None) -> bool:
    """The forced scheme, else the system's (Unknown counts as light)."""
    forced = (environ if environ is not None else os.environ).get(SCHEME_ENV, "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def build_palette(variant: Colours, base: QPalette | None = None) -> QPalette:
    """``base`` (default: an empty palette) with the roles of ``variant``."""
    palette = QPalette(base) if base is not None else QPalette()
    role = QPalette.ColorRole
    full = {
        role.Window: variant.window,
        role.WindowText: variant.window_text,
        role.Base: variant.base,
        role.AlternateBase: variant.alternate_base,
        role.Text: variant.text,
        role.Button: variant.button,
        role.ButtonText: variant.button_text,
        role.BrightText: variant.highlighted_text,
        role.ToolTipBase: variant.tooltip_base,
        role.ToolTipText: variant.tooltip_text,
        role.Light: variant.light,
        role.Midlight: variant.midlight,
        role.Mid: variant.mid,
        role.Dark: variant.shadow_dark,
        role.Shadow: variant.shadow,
    }
    # Always ours: the system's light defaults miss 4.5:1 here (white on #308cc6 is
    # 3.7:1, the half-transparent placeholder 4.0:1).
    always = {
        role.Highlight: variant.highlight,
        role.HighlightedText: variant.highlighted_text,
        role.PlaceholderText: variant.placeholder,
        role.Link: variant.link,
        role.LinkVisited: variant.link_visited,
        role.Accent: variant.highlight,
    }
    roles = always if base is not None else {**full, **always}
    for key, value in roles.items():
        palette.setColor(key, QColor(value))
    if base is None:
        for key in (role.WindowText, role.Text, role.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, key, QColor(variant.disabled_text))
    return palette


class _Watcher(QObject):
    changed = Signal()


_watcher: _Watcher | None = None


def watcher() -> _Watcher:
    """Emits ``changed`` after the app switched between light and dark."""
    global _watcher
    if _watcher is None:
        _watcher = _Watcher()
    return _watcher


def apply(app: QGuiApplication) -> bool:
    """Set the palette for the wanted scheme; True if it is dark."""
    app.setPalette(QPalette())  # back to the platform's palette for this scheme
    system = QPalette(app.palette())
    dark = wants_dark()
    if dark == is_dark_palette(system):
        # The platform's palette fits the scheme; only our few roles on top.
        app.setPalette(build_palette(DARK if dark else LIGHT, system))
    else:
        # Fusion draws every role of a palette (the classic styles do not).
        if isinstance(app, QApplication):
            app.setStyle("Fusion")
        app.setPalette(build_palette(DARK if dark else LIGHT))
    if isinstance(app, QApplication):
        # A widget with its own style sheet keeps the palette it was polished with
        # (the navigation stayed white on a switch to dark): polish it again.
        for widget in app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
    watcher().changed.emit()
    return dark


def install(app: QGuiApplication) -> None:
    """Apply the scheme now and whenever the system switches."""
    apply(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply(app))


def qss(template: str) -> str:
    """``template`` with ``@name`` replaced by that colour of :func:`colours`.

    Longer names first, so ``@text`` does not eat ``@text_x``.
    """
    variant = colours()
    names = sorted(
        (name for name in vars(variant) if isinstance(getattr(variant, name), str)),
        key=len,
        reverse=True,
    )
    for name in names:
        template = template.replace(f"@{name}", str(getattr(variant, name)))
    return template


def text_style(name: str) -> str:
    """A style sheet for a label in colour ``name``, e.g. ``text_style("error")``."""
    return f"color: {getattr(colours(), name)};"


class _Restyler(QObject):
    """Keeps a widget's style sheet in the current variant (a child of the widget)."""

    def __init__(self, widget: QWidget, template: str) -> None:
        super().__init__(widget)
        self.widget = widget
        self.template = template
        watcher().changed.connect(self.restyle)
        self.restyle()

    def restyle(self) -> None:
        self.widget.setStyleSheet(qss(self.template))


def follow(widget: QWidget, template: str) -> None:
    """Give ``widget`` the style sheet ``template`` (see :func:`qss`), now and after
    every switch between light and dark."""
    _Restyler(widget, template)
