"""What identifies a person: the strings to look for, derived from an :class:`Identity`.

Name parts without titles, initials in any spelling, the distinctive words of an
organisation and of an e-mail address, a phone number as every digit string it may
be written as, and the markers (private-use characters) that stand for a removed
kind of value until :mod:`.anonymize_wording` puts words in their place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from empfehlung_desktop.services.referrals.anonymize_fold import (
    clean_text,
    skeleton,
    skeleton_of_char,
)
from empfehlung_desktop.transliterate import german_spelling

# Titles and salutations are kept or dropped, never treated as name parts.
# Abbreviated titles ("Dipl.-Ing.") count only with their dot; Dr and Prof always.
_TITLES = frozenset(["dipl", "ing", "med", "dent", "vet", "mag", "phil", "rer", "nat", "jur"])
_ALWAYS_TITLES = frozenset(["dr", "prof", "herr", "herrn", "frau"])


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
        "design",
        "architekten",
        "architektur",
        "immobilien",
        "marketing",
        "medien",
        "media",
        "coaching",
        "training",
        "software",
        "digital",
        "werbung",
        "kommunikation",
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
_UMLAUT_BACK = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("Ae", "Ä"), ("Oe", "Ö"), ("Ue", "Ü"))


_DIGITS = re.compile(r"\d+")


_MIN_PHONE_PART = 6  # the tail of one's own number ("555 123") is still theirs
_PHONE_GAP = re.compile(r"[\s/().\-–‐]{0,6}|\s*(?:,|und|bzw\.?|Durchwahl|DW)\s*")


NAME, ORG, EMAIL, PHONE, MASK, ADDRESS, PLACE, WEB = (chr(0xE000 + i) for i in range(8))
MARKERS = frozenset((NAME, ORG, EMAIL, PHONE, MASK, ADDRESS, PLACE, WEB))


@dataclass(frozen=True)
class Identity:
    """Who must not be recognisable."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    profession: str = ""


def _usable(term: str) -> bool:
    sk = skeleton(term).strip()
    return len(sk) >= 2 and any(ch.isalnum() for ch in sk)


def variants(term: str) -> set[str]:
    """The term as written, with umlauts spelled out ("ae") and spelled back ("ä")."""
    spelled = german_spelling(term)
    back = term
    for pair, umlaut in _UMLAUT_BACK:
        back = back.replace(pair, umlaut)
    return {t.strip() for t in (term, spelled, back) if _usable(t)}


_variants = variants


def name_parts(name: str) -> list[str]:
    """The parts of a name without titles and salutations (hyphenated parts split)."""
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


_name_parts = name_parts


def _name_tokens(name: str) -> list[str]:
    """Whitespace tokens of a name without titles (hyphenated tokens kept whole)."""
    tokens = []
    for token in clean_text(name).split():
        stem = token.strip(".,'’()\"")
        if not stem or stem.casefold() in _ALWAYS_TITLES:
            continue
        if token.endswith(".") and stem.casefold() in _TITLES:
            continue
        tokens.append(stem)
    return tokens


_INITIAL_EXTRAS = {
    "A": "ÄÁÀÂÅ", "O": "ÖÓÒÔØ", "U": "ÜÚÙÛ", "E": "ÉÈÊ", "L": "Ł", "S": "ŚŠ",
    "Z": "ŻŹŽ", "C": "ĆČÇ", "N": "ŃÑ", "R": "Ř", "I": "ÍÌÎ",
}  # fmt: skip


def _initial(letter: str) -> str:
    """A character class for an initial in any accent or umlaut spelling."""
    base = skeleton_of_char(letter)[:1].upper() or letter.upper()
    return "[" + re.escape(letter.upper() + base + _INITIAL_EXTRAS.get(base, "")) + "]"


def initials_class(name: str) -> str:
    letters = {sub[0] for t in _name_tokens(name) for sub in re.split(r"[\-‐–]", t) if sub}
    return "".join(sorted({_initial(ch)[1:-1] for ch in letters if ch.isalpha()}))


def initials_pattern(name: str) -> re.Pattern[str] | None:
    """Initials of the name as people write them: "H.-P. M.-L.", "HPM", "H. P. Müller"."""
    tokens = _name_tokens(name)
    if len(tokens) < 2:
        return None
    groups = [
        [sub[0] for sub in re.split(r"[\-‐–]", t) if sub and sub[0].isalpha()] for t in tokens
    ]
    given = [letter for group in groups[:-1] for letter in group]
    surname = groups[-1]
    candidates = {tuple(given + surname), tuple(given[:1] + surname), tuple(given)}
    if len(surname) >= 2:
        candidates.add(tuple(surname))
    sep = r"\.?\s?[\-‐–]?\s?"
    alternatives = []
    for letters in sorted(candidates, key=len, reverse=True):
        if len(letters) < 2:
            continue
        alternatives.append(sep.join(_initial(ch) for ch in letters) + r"\.?")
    if not alternatives:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w])")


def organisation_words(organisation: str) -> list[str]:
    words = re.findall(r"\w+", organisation)
    return [
        w
        for w in words
        if len(w) >= 3 and skeleton(w) not in _GENERIC_ORG_WORDS and not w.isdigit()
    ]


def org_core(organisation: str) -> str:
    """The organisation without its legal form ("Quastenhuber Holzbau GmbH & Co. KG")."""
    words = organisation.split()
    while words and skeleton(words[-1].strip(".,&")) in (_GENERIC_ORG_WORDS | {""}):
        words.pop()
    return " ".join(words)


def _mail_parts(email: str) -> list[str]:
    local, _, domain = email.partition("@")
    labels = domain.split(".")[:-1] if "." in domain else [domain]
    parts = [p for p in (local, *labels) if len(p) >= 3 and p.casefold() not in _GENERIC_MAIL]
    if labels and all(label.casefold() not in _GENERIC_MAIL for label in labels):
        parts.append(domain)
    return parts


mail_parts = _mail_parts


def phone_digits(phone: str) -> str:
    """The national number's digits (no country code, no trunk 0) for comparison."""
    digits = re.sub(r"\D", "", phone)
    if phone.strip().startswith("+") or digits.startswith("00"):
        digits = digits.lstrip("0")
        for code_len in (2, 1, 3):  # +49, +1, +420 …; good enough for matching
            if digits[:code_len] in ("49", "43", "41", "1", "420", "48", "90", "36", "44"):
                national = digits[code_len:]
                # "+49 (0)761 …": the trunk 0 in brackets is not part of the number.
                return national[1:] if national.startswith("0") else national
        return digits
    return digits.lstrip("0")


def _phone_targets(phone: str) -> list[str]:
    """Every digit string the number may be written as, longest first."""
    national = phone_digits(phone)
    if len(national) < 5:
        return []
    raw = re.sub(r"\D", "", phone).lstrip("0")
    codes = {"49", "43", "41"}
    if (phone.strip().startswith("+") or re.sub(r"\D", "", phone).startswith("00")) and len(
        raw
    ) > len(national):
        codes.add(raw[: len(raw) - len(national)].rstrip("0") or raw[:2])
    targets = {national, "0" + national}
    for code in codes:
        targets |= {code + national, "00" + code + national, code + "0" + national}
        targets.add("00" + code + "0" + national)
    # The subscriber part alone (without the area code) is still their number.
    for cut in range(1, len(national) - _MIN_PHONE_PART + 1):
        targets.add(national[cut:])
    return sorted(targets, key=len, reverse=True)


def phone_spans(text: str, phone: str) -> list[tuple[int, int]]:
    """Where the person's number stands in ``text``, in any punctuation or split in parts."""
    targets = _phone_targets(phone)
    if not targets:
        return []
    groups = [(m.start(), m.end(), m.group()) for m in _DIGITS.finditer(text)]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(groups):
        found = None
        for target in targets:
            acc = ""
            j = i
            while j < len(groups) and target.startswith(acc + groups[j][2]):
                if j > i and not _PHONE_GAP.fullmatch(text[groups[j - 1][1] : groups[j][0]]):
                    break
                acc += groups[j][2]
                if acc == target:
                    found = j
                    break
                j += 1
            if found is not None:
                break
        start_ok = i == 0 or groups[i][0] == 0 or not text[groups[i][0] - 1].isalnum()
        if found is not None and start_ok:
            end_ok = groups[found][1] == len(text) or not text[groups[found][1]].isalnum()
            if end_ok:
                start = groups[i][0]
                if start > 0 and text[start - 1] == "(" and ")" in text[start : groups[found][1]]:
                    start -= 1
                if start > 0 and text[start - 1] == "+":
                    start -= 1
                spans.append((start, groups[found][1]))
                i = found + 1
                continue
        i += 1
    return spans


def identifying_terms(identity: Identity) -> dict[str, str]:
    """Every string that would identify the person, mapped to its marker kind."""
    terms: dict[str, str] = {}

    def add(values: Iterable[str], kind: str) -> None:
        for value in values:
            for variant in _variants(clean_text(value)):
                terms.setdefault(variant, kind)

    add([identity.email], EMAIL)
    add([identity.phone], PHONE)
    add([identity.name], NAME)
    add(_name_parts(identity.name), NAME)
    add([identity.organisation, org_core(identity.organisation)], ORG)
    add(organisation_words(identity.organisation), ORG)
    add(_mail_parts(identity.email), EMAIL)
    return terms
