"""Every script a client's name can be in prints and copies out in logical order."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate

from empfehlung_desktop.reports import fonts, rtl
from empfehlung_desktop.reports import styles as st

NAMES = {
    "latin": "Łukasz Dvořák-Szőke",
    "arabic": "محمد أحمد العلي",
    "hebrew": "דוד כהן לוי",
    "chinese": "王小明",
    "japanese": "山田 さくら",
    "korean": "김민준",
    "emoji": "Anna 😀 Berg",
}


def text_layer(pdf: bytes) -> str:
    """The extracted text, as a reader copies it: compatibility forms folded."""
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def _paragraph_pdf(texts: list[str]) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [st.paragraph(text, st.styles()["body"]) for text in texts]
    )
    return buffer.getvalue()


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_in_a_paragraph_reads_back_in_logical_order(script: str) -> None:
    name = NAMES[script]
    text = text_layer(_paragraph_pdf([f"Feedback von {name}"]))
    assert name in text, (script, text)
    assert fonts.MISSING_GLYPH not in text


@pytest.mark.parametrize("script", sorted(NAMES))
def test_a_name_on_a_canvas_line_reads_back_in_logical_order(script: str) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    st.draw_line(canvas, 60, 700, NAMES[script], size=10)
    st.draw_line(canvas, 540, 650, NAMES[script], size=10, align="right")
    canvas.showPage()
    canvas.save()
    text = text_layer(buffer.getvalue())
    assert text.count(NAMES[script]) == 2, text


def test_arabic_letters_are_joined_and_hebrew_is_drawn_right_to_left() -> None:
    # Joined Arabic uses the contextual (presentation) forms; the raw letters would
    # stay in the isolated forms U+0621–U+064A.
    reader = PdfReader(io.BytesIO(_paragraph_pdf([NAMES["arabic"]])))
    raw = reader.pages[0].extract_text()
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in raw)
    # Hebrew: the words are in visual order on the page (the first word rightmost).
    assert rtl.visual_order("דוד כהן") == "כהן דוד"


def test_an_emoji_copies_out_as_itself_never_as_a_wrong_letter() -> None:
    text = text_layer(_paragraph_pdf(["Danke 😀"]))
    assert "😀" in text and "ὠ" not in text
