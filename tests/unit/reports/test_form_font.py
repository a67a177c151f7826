"""Filled-in answers keep every letter of a European name on screen, not only in /V.

The questionnaire's text fields name an embedded DejaVu subset (Type0, Identity-H)
with a ToUnicode map; a program that fills the form (here pypdf) draws the value
with it. The test reads the drawn glyphs back through that map.
"""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader, PdfWriter

from empfehlung_desktop.reports.feedback_form import TEXT_FIELD_NAMES, build_feedback_form
from empfehlung_desktop.services.feedback.forms import FormContent

NAMES = "Řehoř Źdźbło, Őrs Szőke, Łucja Wąż, Ștefan Țiriac, Ğül Şahin, Ελένη, Юлия"


def _form() -> bytes:
    content = FormContent(
        engagement_id=1,
        practice_name="Praxis Dvořák",
        practice_title="Coaching",
        practice_contact="praxis@example.org",
        practice_email="praxis@example.org",
        client_name="Zofia Łódź",
        engagement_title="Coaching",
        token="E1-ABCDEFGHIJ-0123abcd",
    )
    buffer = io.BytesIO()
    build_feedback_form(content, buffer)
    return buffer.getvalue()


def _to_unicode(font: object) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("ascii")  # type: ignore[index]
    return {
        int(cid, 16): chr(int(code, 16))
        for cid, code in re.findall(r"<([0-9A-F]{4})> <([0-9A-F]{4})>", data)
    }


def test_filled_values_are_drawn_with_the_embedded_font() -> None:
    reader = PdfReader(io.BytesIO(_form()))
    writer = PdfWriter(clone_from=reader)
    values = {name: f"{index}: {NAMES}" for index, name in enumerate(TEXT_FIELD_NAMES.values())}
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    filled = io.BytesIO()
    writer.write(filled)
    drawn: dict[str, str] = {}
    for page in PdfReader(filled).pages:
        for annot in page.get("/Annots", []):
            widget = annot.get_object()
            if widget.get("/T") not in values:
                continue
            stream = widget["/AP"]["/N"].get_object()
            content = stream.get_data().decode("latin-1")
            font_name = re.search(r"/(\S+) [\d.]+ Tf", content).group(1)  # type: ignore[union-attr]
            font = stream["/Resources"]["/Font"][f"/{font_name}"].get_object()
            assert font["/Subtype"] == "/Type0" and font["/BaseFont"].endswith("DejaVuSans")
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()  # embedded, not the reader's
            glyphs = _to_unicode(font)
            text = "".join(
                glyphs[int(hexed[i : i + 4], 16)]
                for hexed in re.findall(r"<([0-9a-fA-F]+)> Tj", content)
                for i in range(0, len(hexed), 4)
            )
            drawn[str(widget["/T"])] = text
    # Each box shows its own answer (no shared appearance stream), every letter intact.
    assert drawn == values


def test_every_latin_letter_of_european_names_is_in_the_font() -> None:
    reader = PdfReader(io.BytesIO(_form()))
    root: Any = reader.trailer["/Root"]
    form = root["/AcroForm"]
    font = form["/DR"]["/Font"]["/DejaVuForm"].get_object()
    covered = set(_to_unicode(font).values())
    latin = {chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()}
    assert latin <= covered
    assert set("ȘșȚțẞŵŷ€–„“”‚‘’…") <= covered
