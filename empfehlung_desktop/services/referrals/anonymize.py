"""Remove everything that identifies a person from free text.

Used for the anonymous inquiry to a partner (step 2 of the three-step method):
name and its parts, email, phone (in any formatting) and organisation (with its
distinctive words) are replaced by neutral words, also where the practitioner
typed them into the need. Matching ignores case, accents and umlaut spellings
("Schäfer", "SCHAEFER", "Schafer"), so the result contains none of these
strings in any of those forms.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from empfehlung_desktop.i18n import N_, translate
from empfehlung_desktop.transliterate import german_spelling, match_fold

# Titles and salutations are kept or dropped, never treated as name parts.
# Abbreviated titles ("Dipl.-Ing.") count only with their dot; Dr and Prof always.
_TITLES = frozenset(["dipl", "ing", "med", "dent", "vet", "mag", "phil", "rer", "nat", "jur"])
_ALWAYS_TITLES = frozenset(["dr", "prof", "herr", "herrn", "frau"])
_SALUTATION = re.compile(r"(?:\b(?:Frau|Herrn?|Fr\.|Hr\.)\s+)$", re.IGNORECASE)
# Words that say what kind of organisation it is, not which one.
_GENERIC_ORG_WORDS = frozenset(
    [
        "gmbh",
        "mbh",
        "ag",
        "kg",
        "ug",
        "ohg",
        "gbr",
        "ev",
        "eg",
        "kgaa",
        "co",
        "und",
        "and",
        "the",
        "der",
        "die",
        "das",
        "des",
        "von",
        "vom",
        "für",
        "fuer",
        "gruppe",
        "group",
        "holding",
        "consulting",
        "beratung",
        "praxis",
        "büro",
        "buero",
        "studio",
        "agentur",
        "verlag",
        "partner",
        "partnerschaft",
        "international",
        "deutschland",
        "services",
        "service",
        "solutions",
        "team",
        "netzwerk",
        "verein",
        "stiftung",
        "institut",
        "akademie",
        "schule",
        "gesellschaft",
        "firma",
        "unternehmen",
        "inhaber",
        "inh",
        "limited",
        "ltd",
        "inc",
        "llc",
        "sa",
        "sarl",
    ]
)
_GENERIC_MAIL = frozenset(
    [
        "info",
        "kontakt",
        "contact",
        "mail",
        "email",
        "office",
        "hallo",
        "hello",
        "post",
        "service",
        "team",
        "web",
        "gmx",
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "yahoo",
        "icloud",
        "posteo",
        "mailbox",
        "freenet",
        "aol",
        "live",
        "example",
        "online",
        "telekom",
        "tonline",
        "t-online",
    ]
)

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A run of digits with the separators people type into phone numbers.
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d \t/()\-–]*\d")
_MIN_PHONE_DIGITS = 7

NAME, ORG, EMAIL, PHONE, MASK = (chr(0xE000 + i) for i in range(5))
_MARKERS = frozenset((NAME, ORG, EMAIL, PHONE, MASK))
_NEUTRAL: dict[str, tuple[str, ...]] = {
    NAME: (N_("die Person"), N_("[Name entfernt]"), "[…]"),
    ORG: (N_("[Organisation]"), N_("[Firma entfernt]"), "[…]"),
    EMAIL: (N_("[E-Mail entfernt]"), "[…]"),
    PHONE: (N_("[Telefon entfernt]"), "[…]"),
    MASK: ("…",),
}


@dataclass(frozen=True)
class Identity:
    """Who must not be recognisable."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""


def _clean(text: str) -> str:
    """NFC, without private-use/unassigned characters (our markers) or controls."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        ch
        for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Co", "Cs", "Cn", "Cc")
    )


def _skeleton_of_char(ch: str) -> str:
    if ch.isspace():
        return " "
    return match_fold(ch)


def skeleton(text: str) -> str:
    """Case-, accent- and whitespace-insensitive form used for all matching."""
    return _fold(text)[0]


def _fold(text: str) -> tuple[str, list[int]]:
    """The skeleton of ``text`` and, per skeleton char, its index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _skeleton_of_char(ch)
        if folded == " " and chars and chars[-1] == " ":
            continue  # runs of whitespace match a single space
        chars.append(folded)
        index.extend([i] * len(folded))
    return "".join(chars), index


def _usable(term: str) -> bool:
    sk = skeleton(term).strip()
    return len(sk) >= 2 and any(ch.isalnum() for ch in sk)


def _variants(term: str) -> set[str]:
    spelled = german_spelling(term)
    return {t.strip() for t in (term, spelled) if _usable(t)}


def _name_parts(name: str) -> list[str]:
    parts = []
    for token in re.split(r"[\s\-‐–,]+", name):
        stem = token.strip(".'’()\"")
        is_title = stem.casefold() in _ALWAYS_TITLES or (
            token.endswith(".") and stem.casefold() in _TITLES
        )
        token = stem
        if token and not is_title:
            parts.append(token)
            # O'Brien, D’Angelo: each side is a part as well.
            parts.extend(p for p in re.split(r"['’]", token) if p and p != token)
    return parts


def _org_words(organisation: str) -> list[str]:
    words = re.findall(r"\w+", organisation)
    return [
        w
        for w in words
        if len(w) >= 3 and skeleton(w) not in _GENERIC_ORG_WORDS and not w.isdigit()
    ]


def _mail_parts(email: str) -> list[str]:
    local, _, domain = email.partition("@")
    labels = domain.split(".")[:-1] if "." in domain else [domain]
    return [p for p in (local, *labels) if len(p) >= 3 and p.casefold() not in _GENERIC_MAIL]


def phone_digits(phone: str) -> str:
    """The national number's digits (no country code, no trunk 0) for comparison."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") or digits.startswith("00"):
        digits = digits.lstrip("0")
        for code_len in (2, 1, 3):  # +49, +1, +420 …; good enough for matching
            if digits[:code_len] in ("49", "43", "41", "1", "420", "48", "90", "36", "44"):
                return digits[code_len:]
        return digits
    return digits.lstrip("0")


def identifying_terms(identity: Identity) -> dict[str, str]:
    """Every string that would identify the person, mapped to its marker kind."""
    terms: dict[str, str] = {}

    def add(values: Iterable[str], kind: str) -> None:
        for value in values:
            for variant in _variants(_clean(value)):
                terms.setdefault(variant, kind)

    add([identity.email], EMAIL)
    add([identity.phone], PHONE)
    add([identity.organisation], ORG)
    add([identity.name], NAME)
    add(_name_parts(identity.name), NAME)
    add(_org_words(identity.organisation), ORG)
    add(_mail_parts(identity.email), EMAIL)
    return terms


def _word_end(text: str, start: int, end: int, kind: str) -> int | None:
    """Where the word ends if [start, end) is a whole word (names: also "Schäfers")."""
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    if start > 0 and text[start - 1].isalnum():
        return None
    if end == len(text) or not text[end].isalnum():
        return end
    genitive = re.match(r"['’]?s(?!\w)", text[end:])
    if genitive and kind == NAME:
        return end + genitive.end()
    return None


def _with_salutation(text: str, start: int) -> int:
    salutation = _SALUTATION.search(text[:start])
    return salutation.start() if salutation else start


def _replace_term(text: str, term: str, kind: str) -> str:
    folded, index = _fold(text)
    needle = skeleton(term).strip()
    if not needle:
        return text
    pieces: list[str] = []
    last = 0
    pos = folded.find(needle)
    while pos != -1:
        start, end = index[pos], index[pos + len(needle) - 1] + 1
        if start >= last:
            word_end = _word_end(text, start, end, kind)
            if word_end is not None:
                end, marker = word_end, kind
                if kind == NAME:
                    start = max(last, _with_salutation(text, start))
            else:
                marker = MASK
            pieces.extend((text[last:start], marker))
            last = end
        pos = folded.find(needle, pos + len(needle))
    pieces.append(text[last:])
    return "".join(pieces)


def _mask_numbers(text: str, digits_of_phone: str) -> str:
    def replace(match: re.Match[str]) -> str:
        run = match.group()
        digits = re.sub(r"\D", "", run)
        own = len(digits_of_phone) >= 4 and digits_of_phone in digits
        if not own and len(digits) < _MIN_PHONE_DIGITS:
            return run
        # Keep a bracket that belongs to the surrounding text: "(Tel. 0761 555)".
        opened = "(" if run.count("(") > run.count(")") and run.startswith("(") else ""
        return opened + PHONE

    return _NUMBER_RUN.sub(replace, text)


def _neutral_word(kind: str, terms: Iterable[str]) -> str:
    needles = [skeleton(t).strip() for t in terms]
    for source in _NEUTRAL[kind]:
        word = translate(source)
        if not any(n in skeleton(word) for n in needles):
            return word
    return "…"


def _expand(text: str, terms: Iterable[str]) -> str:
    text = re.sub(f"{NAME}(?:[\\s,]*{NAME})+", NAME, text)
    text = re.sub(f"{ORG}(?:[\\s,]*{ORG})+", ORG, text)
    words = {kind: _neutral_word(kind, terms) for kind in _MARKERS}

    def neutral(match: re.Match[str]) -> str:
        word = words[match.group()]
        sentence_start = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", text[: match.start()])
        return word[:1].upper() + word[1:] if sentence_start else word

    return re.sub("[" + "".join(sorted(_MARKERS)) + "]", neutral, text)


def mask_remaining(text: str, terms: Iterable[str]) -> str:
    """Safety net: mask any leftover occurrence with "…" until none is left.

    Each round replaces letters or digits by "…", so this always ends.
    """
    needles = sorted({skeleton(t).strip() for t in terms}, key=len, reverse=True)
    while True:
        folded, index = _fold(text)
        hits = [(folded.find(n), n) for n in needles if n in folded]
        if not hits:
            return text
        pos, needle = min(hits)
        start, end = index[pos], index[pos + len(needle) - 1] + 1
        text = text[:start] + "…" + text[end:]


def contains_identifying(text: str, identity: Identity) -> bool:
    folded = skeleton(_clean(text))
    return any(skeleton(t).strip() in folded for t in identifying_terms(identity))


def anonymize(text: str, identity: Identity) -> str:
    """``text`` with nothing left that identifies ``identity``; the rest unchanged."""
    terms = identifying_terms(identity)
    text = _clean(text)
    text = _EMAIL.sub(EMAIL, text)
    text = _mask_numbers(text, phone_digits(identity.phone))
    for term in sorted(terms, key=lambda t: len(skeleton(t)), reverse=True):
        text = _replace_term(text, term, terms[term])
    text = _expand(text, terms)
    return mask_remaining(text, terms)
