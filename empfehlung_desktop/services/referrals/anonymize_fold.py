"""The folded form of text that all anonymisation matching works on.

Compatibility forms, invisible characters (soft hyphen, zero-width characters),
Cyrillic and Greek look-alike letters, case, diacritics and umlaut spellings are
folded away, so "Schäfer", "SCHAEFER" and "Schafer" have the same skeleton. Used by
:mod:`.anonymize` and by the GDPR erasure.
"""

from __future__ import annotations

import re
import unicodedata

from empfehlung_desktop.transliterate import match_fold

# Cyrillic and Greek letters that look like Latin ones (after casefolding):
# "Мüller" with a Cyrillic М must still be found.
_LOOKALIKES = str.maketrans(
    {
        "а": "a", "в": "b", "с": "c", "е": "e", "ё": "e", "н": "h", "і": "i", "ї": "i",
        "ј": "j", "к": "k", "м": "m", "о": "o", "р": "p", "ѕ": "s", "т": "t", "у": "y",
        "х": "x", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b",
        "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u",
        "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "χ": "x",
        "ω": "w", "ζ": "z",
    }
)  # fmt: skip


def clean_text(text: str) -> str:
    """NFC, without private-use/unassigned characters (our markers), controls or
    invisible format characters (soft hyphen, zero-width space/joiner, BOM)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        ch
        for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Co", "Cs", "Cn", "Cc", "Cf")
    )


def skeleton_of_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if unicodedata.category(ch) == "Cf":
        return ""
    return match_fold(ch).translate(_LOOKALIKES)


def skeleton(text: str) -> str:
    """Case-, accent-, look-alike- and whitespace-insensitive form used for all matching.

    "ä", "ae" and "a" fold alike ("Müller", "Mueller", "Muller"), so do "ß" and "ss".
    """
    return fold_indexed(text)[0]


def quick_skeleton(text: str) -> str:
    """The same folding as :func:`skeleton`, fast, without positions (for pre-filtering)."""
    folded = "".join(ch for ch in match_fold(text) if unicodedata.category(ch) != "Cf")
    folded = folded.translate(_LOOKALIKES)
    return re.sub(r"(?<=[^\W\d_][aou])e+", "", re.sub(r"\s+", " ", folded))


def fold_indexed(text: str) -> tuple[str, list[int]]:
    """The skeleton of ``text`` and, per skeleton char, its index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = skeleton_of_char(ch)
        if not folded:
            continue
        if folded == " " and chars and chars[-1] == " ":
            continue  # runs of whitespace match a single space
        if folded == "e" and len(chars) > 1 and chars[-1] in "aou" and chars[-2].isalpha():
            continue  # "ue" is how "ü" is written without umlauts: both fold to "u"
        chars.append(folded)
        index.extend([i] * len(folded))
    return "".join(chars), index
