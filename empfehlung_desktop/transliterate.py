"""Latin text without its accents: the one table for sort keys, matching and file names.

Imports nothing of ours, so every layer (model too) may use it.
"""

from __future__ import annotations

import unicodedata

# How Germans spell umlauts without the keys: Köhler → Koehler, Weiß → Weiss.
_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
# Letters Unicode does not decompose into a base letter and an accent (Łódź, Øre, Æbelø).
_LETTERS = {
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ø": "o",
    "Ø": "O",
    "ı": "i",
    "æ": "ae",
    "Æ": "Ae",
    "œ": "oe",
    "Œ": "Oe",
    "þ": "th",
    "Þ": "Th",
    "ħ": "h",
    "Ħ": "H",
}
_GERMAN_SPELLING = str.maketrans(_GERMAN)
_ASCII_SPELLING = str.maketrans({**_GERMAN, **_LETTERS})
_BASE_LETTERS = str.maketrans(_LETTERS)


def strip_accents(text: str) -> str:
    """``text`` in compatibility form without combining marks (Zoë → Zoe, ä → a)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def german_spelling(text: str) -> str:
    """Umlauts and ß written out (Jürgen Weiß → Juergen Weiss); everything else kept."""
    return text.translate(_GERMAN_SPELLING)


def sort_key(name: str) -> str:
    """A case- and accent-insensitive key so that "Ärger" sorts beside "Arbeit".

    Stored in ``contact.sort_name`` and compared with search prefixes, so its
    output must stay stable (casefold already turns ß into ss).
    """
    return strip_accents(name.casefold()).strip()


def match_fold(text: str) -> str:
    """Case- and accent-insensitive, with ł, ø, æ … as base letters: for matching text.

    Maps each character on its own (no context), so callers may fold per character.
    """
    return strip_accents(text.casefold()).translate(_BASE_LETTERS)


def ascii_spelling(text: str) -> str:
    """Plain ASCII as a German would write it (Łukasz Köhler-Zoë → Lukasz Koehler-Zoe).

    Characters without a Latin spelling are dropped.
    """
    spelled = strip_accents(text.translate(_ASCII_SPELLING))
    return spelled.encode("ascii", "ignore").decode("ascii")
