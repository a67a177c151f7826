"""An embedded font for the values of PDF form fields (what a client types).

ReportLab's AcroForm support knows only the 14 standard fonts, whose encoding has
no ř, ź or Ő: a PDF program that draws a filled-in answer with Helvetica shows
"?" instead (the stored value stays exact). So the questionnaire's text fields
name this font in their /DA and in the form's /DR: DejaVu Sans as a composite
(Type0, Identity-H) font, embedded as a subset that holds every Latin letter a
European name uses, Greek and Cyrillic, combining accents and the usual
punctuation, with /W widths (for wrapping) and a ToUnicode CMap (which programs
such as pypdf and poppler read backwards to encode the typed text).

The subset, its widths and the CMap are computed once per process; each form
then only references the cached, already compressed font program.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.acroform import PDFFromString
from reportlab.pdfbase.ttfonts import TTFontFace

from empfehlung_desktop.config import resource_path

FORM_FONT = "EDFormSans"  # the name ReportLab's field code is given
RESOURCE_NAME = "DejaVuForm"  # the name in /DR and in each field's /DA
BASE_FONT = "EDFORM+DejaVuSans"  # a subset tag: six capitals and "+"

_RANGES = (
    (0x20, 0x7E),  # ASCII
    (0xA0, 0xFF),  # Latin-1: Western European
    (0x100, 0x24F),  # Latin Extended-A and -B: Central/Eastern European, Baltic, Turkish,
    # Romanian (ș ț), Sami, Maltese …
    (0x2B9, 0x2DD),  # modifier letters (ʻ ˇ ˘ ˙ ˚ ˛ ˝)
    (0x300, 0x36F),  # combining accents, for decomposed input
    (0x370, 0x3FF),  # Greek
    (0x400, 0x4FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Welsh ŵ, Vietnamese …)
    (0x2010, 0x2027),  # dashes, quotes, bullets, ellipsis
    (0x2030, 0x203A),
    (0x20AC, 0x20AC),  # €
)


@dataclass(frozen=True)
class _Subset:
    program: bytes  # the compressed TrueType subset
    length1: int  # its uncompressed length
    widths_array: str  # the /W array: a width per CID (= glyph id of the subset)
    to_unicode: bytes  # the compressed ToUnicode CMap
    face: TTFontFace


@cache
def _subset() -> _Subset:
    face = TTFontFace(str(resource_path("fonts", "DejaVuSans.ttf")))
    codes = [
        code
        for first, last in _RANGES
        for code in range(first, last + 1)
        if code in face.charToGlyph
    ]
    # makeSubset numbers the new glyphs in the order of first use (0 = .notdef):
    # the same walk gives each character its glyph id, used directly as its CID.
    glyph_of: dict[int, int] = {}
    seen = {0: 0}
    for code in codes:
        original = face.charToGlyph[code]
        if original not in seen:
            seen[original] = len(seen)
        glyph_of[code] = seen[original]
    program = face.makeSubset(codes)
    widths = [face.defaultWidth] * len(seen)
    unicode_of: dict[int, int] = {}
    for code, glyph in glyph_of.items():
        widths[glyph] = round(face.getCharWidth(code))
        unicode_of.setdefault(glyph, code)  # a glyph shared by two characters: the first
    return _Subset(
        program=zlib.compress(program),
        length1=len(program),
        widths_array="[0 [" + " ".join(str(w) for w in widths) + "]]",
        to_unicode=zlib.compress(_cmap(unicode_of).encode("ascii")),
        face=face,
    )


def _cmap(unicode_of: dict[int, int]) -> str:
    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        "/CMapName /Adobe-Identity-UCS def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        "<0000> <FFFF>",
        "endcodespacerange",
    ]
    pairs = sorted(unicode_of.items())
    for start in range(0, len(pairs), 100):  # at most 100 entries per block
        block = pairs[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{glyph:04X}> <{code:04X}>" for glyph, code in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines)


def _stream(content: bytes, **entries: Any) -> pdfdoc.PDFStream:
    """A stream whose content is already Flate-compressed."""
    dictionary = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFName("FlateDecode"), **entries})
    return pdfdoc.PDFStream(dictionary, content)


def font_reference(doc: Any) -> str:
    """The Type0 font object in ``doc`` (added on first use), as ``"n 0 R"``."""
    existing = getattr(doc, "_ed_form_font_ref", None)
    if existing is not None:
        return str(existing)
    subset = _subset()
    face = subset.face
    program = doc.Reference(_stream(subset.program, Length1=subset.length1), "EDFormFontFile")
    descriptor = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("FontDescriptor"),
            "FontName": pdfdoc.PDFName(BASE_FONT),
            "Flags": 32,  # nonsymbolic
            "FontBBox": pdfdoc.PDFArray(list(face.bbox)),
            "ItalicAngle": face.italicAngle,
            "Ascent": face.ascent,
            "Descent": face.descent,
            "CapHeight": face.capHeight,
            "StemV": face.stemV,
            "MissingWidth": face.defaultWidth,
            "FontFile2": program,
        }
    )
    descendant = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("Font"),
            "Subtype": pdfdoc.PDFName("CIDFontType2"),
            "BaseFont": pdfdoc.PDFName(BASE_FONT),
            "CIDSystemInfo": pdfdoc.PDFDictionary(
                {
                    "Registry": pdfdoc.PDFString("Adobe"),
                    "Ordering": pdfdoc.PDFString("Identity"),
                    "Supplement": 0,
                }
            ),
            "FontDescriptor": doc.Reference(descriptor, "EDFormFontDescriptor"),
            "CIDToGIDMap": pdfdoc.PDFName("Identity"),
            "DW": face.defaultWidth,
            "W": PDFFromString(subset.widths_array),  # formatted once per process
        }
    )
    font = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("Font"),
            "Subtype": pdfdoc.PDFName("Type0"),
            "BaseFont": pdfdoc.PDFName(BASE_FONT),
            "Encoding": pdfdoc.PDFName("Identity-H"),
            "DescendantFonts": pdfdoc.PDFArray([doc.Reference(descendant, "EDFormCIDFont")]),
            "ToUnicode": doc.Reference(_stream(subset.to_unicode), "EDFormToUnicode"),
        }
    )
    ref = doc.Reference(font, "EDFormFont")
    text = bytes(ref.format(doc)).decode("ascii")
    doc._ed_form_font_ref = text
    return text


def use_in_form(form: Any) -> None:
    """Let ReportLab's AcroForm ``form`` accept ``fontName=FORM_FONT`` for fields
    (give every text field its own appearance stream, build radio looks once).

    ReportLab asks ``makeFont`` for a font reference and the resource name; this
    answers for our font and leaves the standard fonts to ReportLab.
    """
    if getattr(form, "_ed_form_font", False):
        return
    standard = form.makeFont

    def make_font(font_name: str | None) -> tuple[str, str]:
        if font_name != FORM_FONT:
            return standard(font_name)
        ref = font_reference(form.canv._doc)
        form.fonts.setdefault(RESOURCE_NAME, ref)
        return ref, RESOURCE_NAME

    def font_ref(name: str) -> str:
        # ReportLab writes one "/Font <<…>>" per font into /DR, a repeated key of
        # which readers keep only the last: all fonts go into the first instead.
        names = sorted(form.fonts)
        if name != names[0]:
            return ""
        entries = " ".join(f"/{key} {form.fonts[key]}" for key in names)
        return f"/Font << {entries} >>"

    # Every radio button of a size looks alike: its appearance streams are built
    # once per form instead of six times per button (ReportLab shares the objects).
    build_ap = form.checkboxAP
    built: dict[str, Any] = {}

    def checkbox_ap(*args: Any, **kwargs: Any) -> Any:
        key = repr((args, sorted(kwargs.items())))
        if key not in built:
            built[key] = build_ap(*args, **kwargs)
        return built[key]

    form.makeFont = make_font
    form.fontRef = font_ref
    form.checkboxAP = checkbox_ap
    # ReportLab shares one appearance stream between fields that look alike (the
    # empty answer boxes); a program that fills one rewrites that stream in place
    # (pypdf does), and every box then shows the same answer. One each, then.
    form._refMap = _NeverShared()
    form._ed_form_font = True


class _NeverShared(dict[str, Any]):
    """A lookup that never finds an earlier text field appearance to reuse (the
    radio buttons' dots are never rewritten and stay shared)."""

    def __contains__(self, key: object) -> bool:
        return "/Tx BMC" not in str(key) and super().__contains__(key)
