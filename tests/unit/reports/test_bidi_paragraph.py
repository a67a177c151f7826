"""A long Hebrew or Arabic paragraph wraps from its beginning: first words on top."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from empfehlung_desktop.reports import styles as st
from empfehlung_desktop.reports.bidi_paragraph import BidiParagraph, rtl_visual_order

HEBREW = (
    "אני מלווה אנשים עצמאיים ובעלי עסקים קטנים שמרגישים שההופעה שלהם כבר לא מתאימה "
    "למה שהם יודעים לעשות היום. רוב מי שמגיע אליי כבר ניסה הרבה ורוצה עכשיו מישהו "
    "שיעשה סדר איתו. בסוף התהליך יש לכם מסר ברור ומחירים שאתם עומדים מאחוריהם"
)
ARABIC = (
    "أرافق الأشخاص العاملين لحسابهم الخاص وأصحاب الشركات الصغيرة الذين يشعرون بأن "
    "صورتهم لم تعد تناسب ما يستطيعون فعله اليوم. معظم من يأتون إلي جربوا الكثير "
    "ويريدون الآن شخصا يرتب الأمور معهم. في نهاية العمل لديكم رسالة واضحة وأسعار تقفون خلفها"
)


def _line_heights(text: str) -> dict[str, float]:
    """Each extracted word → the baseline y it was drawn at."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([BidiParagraph(text, st.styles()["body"])])
    found: dict[str, float] = {}

    def visit(chunk: str, _cm: object, tm: list[float], *_rest: object) -> None:
        for word in unicodedata.normalize("NFKC", chunk).split():
            found.setdefault(word, tm[5])

    PdfReader(buffer).pages[0].extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("text", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_first_words_on_the_first_line_last_words_on_the_last(text: str) -> None:
    words = text.split()
    heights = _line_heights(text)
    first, last = heights.get(words[0]), heights.get(words[-1])
    assert first is not None and last is not None, heights
    assert first > last  # PDF y grows upwards: the beginning is on top
    assert len(set(heights.values())) >= 3  # it really wrapped


def test_rtl_base_keeps_latin_runs_in_their_order() -> None:
    assert rtl_visual_order("שלום Anna Berg עולם") == "עולם Anna Berg שלום"
