"""Latin text without its accents: the one table for sort keys, matching and file names.

Imports nothing of ours, so every layer (model too) may use it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

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


class _Unaccented(dict[int, str]):
    """Each character's compatibility form without combining marks, computed once.

    Decomposition works character by character, and canonical reordering only
    moves combining marks, which are dropped: so the text's form is the sum of
    its characters' forms, and ``str.translate`` with this table gives it.
    """

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code))
        self[code] = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        return self[code]


_UNACCENTED = _Unaccented()


def strip_accents(text: str) -> str:
    """``text`` in compatibility form without combining marks (Zoë → Zoe, ä → a)."""
    if text.isascii():
        return text  # its own compatibility form, and no marks
    return text.translate(_UNACCENTED)


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


# -- search: one folded document per contact, and queries folded the same way ---------

# "+49 (0)221": the trunk zero in parentheses is not dialled.
_TRUNK_ZERO = re.compile(r"(?<=\d)[ \t]*\(0\)[ \t]*(?=\d)")
# Digit groups written apart ("0221 / 123 45-67") are one number to search in, the
# trunk zero goes, and so does the "+" of "+49".
_NUMBER_NOISE = re.compile(r"(?<=\d)(?:[ \t]*\(0\)[ \t]*|[ \t/\-()]+)(?=\d)|\+(?=\d)")
_NOT_DIGITS = str.maketrans("", "", "+ \t/-()")
# Where number noise can be: a run from a digit or "+" on (found fast, cleaned slowly).
_NUMBER_RUN = re.compile(r"[+\d][\d \t/\-()+]+")
_NUMBER = re.compile(r"[+\d][\d \t/\-()]*\d|\d")
# Country calling codes of one and two digits (ITU-T E.164); all others have three.
_CC_ONE = frozenset("17")
_CC_TWO = frozenset(
    str(code)
    for code in (
        *(20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49),
        *(51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62, 63, 64, 65, 66),
        *(81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98),
    )
)
# Assumed for a number written in national form (leading single 0).
HOME_COUNTRY_CODE = "49"


def search_fold(text: str) -> str:
    """Text as the search compares it: case, accents, German spellings and digit groups folded.

    ``Müller``, ``MUELLER`` and ``Muller`` all become ``muller``; ``Weiß`` → ``weiss``,
    ``Łódź`` → ``lodz``, ``Søren``/``Soeren`` → ``soren``; ``+49 (0)221 / 123-45`` →
    ``4922112345``. Used for the stored document and for what the user types, so a
    folded query term is a substring of the folded text it was typed from (except a
    term that starts with the "e" of a/o/u + e, e.g. "eller" in "Mueller").
    """
    folded = text.casefold()
    if not folded.isascii():
        # Character by character is what NFKD without marks does, and few differ.
        for ch in set(folded):
            if not ch.isascii():
                folded = folded.replace(ch, _fold_letter(ch))
    # After folding, an umlaut typed as a/o/u plus "e" (muell, Soeren, Schaefer) equals
    # the plain vowel "ü", "ö", "ä" fold to (one left-to-right pass, like re.sub).
    folded = folded.replace("ae", "a").replace("oe", "o").replace("ue", "u")
    return _NUMBER_RUN.sub(_clean_number, folded)


@functools.lru_cache(maxsize=4096)
def _fold_letter(ch: str) -> str:
    return strip_accents(ch).translate(_BASE_LETTERS)


def _clean_number(match: re.Match[str]) -> str:
    run = match.group()
    if run.isdigit():
        return run  # no separator, no "+": nothing to clean (most runs: years, house numbers)
    return _NUMBER_NOISE.sub("", run)


def search_terms(text: str) -> list[str]:
    """What the user typed as folded search terms (see :func:`search_fold`).

    Digit groups typed apart form one term ("0221 123" → "0221123"); a number typed
    with the international prefix 00 loses it ("0049 221" → "49221"), as "+49 221" does.
    """
    terms = []
    for term in search_fold(text).split():
        if not term.strip("/-()+"):
            continue  # a separator, or the "+" of a number not typed yet
        if any(ch.isdigit() for ch in term):
            # "(0221)", "0221-" while typing: the document joins the groups.
            term = term.strip("/-()+")
        if len(term) > 4 and term.startswith("00") and term.isdigit() and term[2] != "0":
            term = term[2:]
        terms.append(term)
    return terms


def phone_search_forms(phone: str) -> list[str]:
    """Digit-only forms of each number in ``phone``: as written, international, national.

    "+49 221 1234567" → 492211234567, 02211234567; "0761 555 12" → 076155512,
    4976155512 (a national number is taken as German — for the search only, the
    stored number never changes); "0041 79 123" → 004179123, 4179123, 079123.
    """
    if "(0)" not in phone and _NUMBER.fullmatch(phone):
        # One number, as nearly every field holds (the commit folds 100,000 of them):
        # its forms are distinct, and need neither the search for further numbers
        # nor the removal of repeats.
        digits = phone.translate(_NOT_DIGITS)
        return [digits, *_other_forms(phone, digits)]
    forms: list[str] = []
    for written, others in _numbers(phone):
        forms += [written, *others]
    return list(dict.fromkeys(forms))


def _numbers(phone: str) -> Iterator[tuple[str, list[str]]]:
    """Each number of ``phone``: its digits as written and its other forms."""
    if "(0)" in phone:
        phone = _TRUNK_ZERO.sub("", phone)
    for match in _NUMBER.finditer(phone):
        written = match.group()
        digits = written.translate(_NOT_DIGITS)
        yield digits, _other_forms(written, digits)


def _other_forms(written: str, digits: str) -> list[str]:
    """The forms of one number besides its ``digits`` as ``written``."""
    if written.startswith("+"):
        return _international_forms(digits, digits)
    if digits.startswith("00"):
        return _international_forms(digits[2:], digits)
    if digits.startswith("0") and len(digits) > 1:
        return [HOME_COUNTRY_CODE + digits[1:]]
    return []


def _international_forms(number: str, written: str) -> list[str]:
    """``number`` (country code first) and its national form with the trunk 0, as far
    as they differ from the digits as ``written``."""
    if number[:1] in _CC_ONE:
        size = 1
    elif number[:2] in _CC_TWO:
        size = 2
    else:
        size = 3
    rest = number[size:]
    national = rest if rest.startswith("0") or size == 1 else "0" + rest
    return [form for form in (number, national) if form != written and rest]


def contact_search_document(texts: Iterable[str], phones: Iterable[str] = ()) -> str:
    """The one folded text a contact is found by (stored in ``contact.search_text``).

    Each text and each phone form is preceded by a space, so a search for a word start
    (" mü") also finds the start of the name and of every other field; a term never
    contains a space, so it cannot match across two fields. A field whose text (with
    its space) the document already holds adds nothing a search could find (the
    given and family name after the full name): it is left out, and the index is
    smaller and filled sooner.
    """
    phones = [p for p in phones if p]
    # Each field folded on its own (folding never reaches across a line break, so
    # this is the fold of all fields joined by one), with every line break and run
    # of blanks as one space (" word" starts).
    document = ""
    for words in _fields_words([text for text in (*texts, *phones) if text]):
        if words and " " + words not in document:
            document += " " + words
    document = document or " "
    for phone in phones:
        for form in phone_search_forms(phone):
            if form not in document:  # the search looks for substrings
                document += " " + form
    return document if document.strip() else ""


# Each distinct field's words, folded once: names, places, notes repeat across
# contacts. Emptied when full (a plain dict: cheaper to ask than an LRU cache).
_FOLDED: dict[str, str] = {}
_FOLDED_LIMIT = 1 << 16
# Joins the fields not folded yet, to fold them in one call (a contact has a dozen:
# the calls cost more than the folding). No fold reaches across it: it is no letter,
# no digit, no blank and not part of a number.
_FIELD_END = "\x00"


def _fields_words(texts: list[str]) -> list[str]:
    """``" ".join(search_fold(text).split())`` of each text."""
    words = [_FOLDED.get(text) for text in texts]
    new = [text for text, found in zip(texts, words, strict=True) if found is None]
    fresh: dict[str, str] = {}
    if new:
        joined = _FIELD_END.join(new)
        if joined.count(_FIELD_END) == len(new) - 1:
            parts = search_fold(joined).split(_FIELD_END)
        else:  # a field holds the separator itself
            parts = [search_fold(text) for text in new]
        fresh = {text: " ".join(part.split()) for text, part in zip(new, parts, strict=True)}
        if len(_FOLDED) + len(fresh) > _FOLDED_LIMIT:
            _FOLDED.clear()
        _FOLDED.update(fresh)
    pairs = zip(texts, words, strict=True)
    return [fresh[text] if found is None else found for text, found in pairs]


def name_start_keys(letter: str) -> list[str]:
    """The ``sort_key`` prefixes a folded one-letter term stands for: "l" → "l", "ł".

    ``sort_key`` keeps ł, ø, æ … (stored keys must not change) where the search folds
    them to base letters.
    """
    return [letter, *_SORT_LETTERS.get(letter, ())]


_SORT_LETTERS: dict[str, tuple[str, ...]] = {}
for _letter in _LETTERS:
    if _letter.islower():
        _SORT_LETTERS.setdefault(search_fold(_letter)[:1], ())
        _SORT_LETTERS[search_fold(_letter)[:1]] += (_letter,)
