import io

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from empfehlung_desktop.reports.styles import MISSING_GLYPH, para_text, paragraph, styles


def test_markup_characters_are_escaped_and_breaks_kept() -> None:
    assert para_text("R&D <b>fett</b>\nzweite Zeile") == (
        "R&amp;D &lt;b&gt;fett&lt;/b&gt;<br/>zweite Zeile"
    )
    assert para_text(None) == ""


def test_missing_glyphs_are_replaced_not_crashing() -> None:
    text = para_text("Danke 😀👍🏽 Łukasz Dvořák Őrs\x00\x07")
    assert "Łukasz Dvořák Őrs" in text
    assert MISSING_GLYPH in text
    assert "\x00" not in text and "\x07" not in text and "👍" not in text


def test_hostile_text_builds_a_pdf() -> None:
    hostile = "a<b & c>d " + "X" * 400 + "\n😀 Zażółć gęślą jaźń <script>&amp;"
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    doc.build([paragraph(hostile, styles()["body"]), paragraph(hostile, styles()["quote"])])
    assert buffer.getvalue().startswith(b"%PDF")
