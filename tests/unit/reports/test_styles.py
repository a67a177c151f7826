import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from empfehlung_desktop.reports import fonts, rtl
from empfehlung_desktop.reports import styles as st
from empfehlung_desktop.reports.fonts import MISSING_GLYPH
from empfehlung_desktop.reports.styles import para_text, paragraph, styles


def test_markup_characters_are_escaped_and_breaks_kept() -> None:
    assert para_text("R&D <b>fett</b>\nzweite Zeile") == (
        "R&amp;D &lt;b&gt;fett&lt;/b&gt;<br/>zweite Zeile"
    )
    assert para_text(None) == ""


def test_missing_glyphs_are_replaced_not_crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without any fallback font on the system, an emoji DejaVu lacks is replaced.
    monkeypatch.setattr(fonts, "_fallback_fonts", lambda: ())
    text = para_text("Danke 👍🏽 Łukasz Dvořák Őrs\x00\x07")
    assert "Łukasz Dvořák Őrs" in text
    assert MISSING_GLYPH in text
    assert "\x00" not in text and "\x07" not in text and "👍" not in text


def test_right_to_left_runs_are_reversed_word_by_word() -> None:
    assert rtl.visual_order("für דוד כהן · Projekt") == "für כהן דוד · Projekt"
    assert rtl.visual_order("محمد أحمد 2024 العلي") == "العلي 2024 أحمد محمد"
    assert rtl.visual_order("Anna Müller") == "Anna Müller"


def test_long_text_is_shortened_to_the_width() -> None:
    text = "Praxis " * 30
    fitted = st.fit_text(text, fonts.FONT, 10, 200)
    assert fitted.endswith("…") and st.text_width(fitted, fonts.FONT, 10) <= 200
    assert st.fit_text("Kurz", fonts.FONT, 10, 200) == "Kurz"


def test_hostile_text_builds_a_pdf() -> None:
    hostile = "a<b & c>d " + "X" * 400 + "\n😀 Zażółć gęślą jaźń <script>&amp;"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([paragraph(hostile, styles()["body"]), paragraph(hostile, styles()["quote"])])
    assert buffer.getvalue().startswith(b"%PDF")
