"""Neutral German words for the removed values, in the right grammatical form.

Markers left by :mod:`.anonymize` are merged ("Hannah Schäfer" is one person, "Müller
Architektur" a business) and replaced by "die Person", "der Person" after a dative
preposition, "deren" for a genitive, "[Organisation]" …, never by a word that would
itself contain a removed term. Also the summary of what was removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.services.referrals.anonymize_fold import skeleton
from empfehlung_desktop.services.referrals.anonymize_terms import (
    ADDRESS,
    EMAIL,
    MARKERS,
    MASK,
    NAME,
    ORG,
    PHONE,
    PLACE,
    WEB,
)

_NEUTRAL: dict[str, tuple[str, ...]] = {
    NAME: (N_("die Person"), N_("[Name entfernt]"), "[…]"),
    ORG: (N_("[Organisation]"), N_("[Firma entfernt]"), "[…]"),
    EMAIL: (N_("[E-Mail entfernt]"), "[…]"),
    PHONE: (N_("[Telefon entfernt]"), "[…]"),
    MASK: ("…",),
    ADDRESS: (N_("[Adresse entfernt]"), "[…]"),
    PLACE: (N_("[Ort entfernt]"), "[…]"),
    WEB: (N_("[Webseite entfernt]"), "[…]"),
}
# "die Person" after a preposition that takes the dative is "der Person".
_DATIVE = frozenset(
    [
        "mit",
        "von",
        "bei",
        "zu",
        "nach",
        "aus",
        "seit",
        "gegenüber",
        "vom",
        "beim",
        "zum",
        "zur",
        "samt",
        "nebst",
        "außer",
        "entsprechend",
        "gemäß",
        "laut",
        "dank",
    ]
)
_PERSON_DATIVE = N_("der Person")
_PERSON_GENITIVE = N_("deren")
_REMOVED_LABEL = {
    NAME: N_("Name oder Namensteil"),
    ORG: N_("Organisation"),
    EMAIL: N_("E-Mail-Adresse"),
    PHONE: N_("Telefonnummer"),
    MASK: N_("Teil eines Namens in einem Wort"),
    ADDRESS: N_("Straße und Hausnummer"),
    PLACE: N_("Postleitzahl und Ort"),
    WEB: N_("Webseite"),
}
# A name followed by one of these words is a company name ("Müller Architektur").
_BUSINESS_WORD = re.compile(
    r"(?:bau|technik|architektur|architekten|design|immobilien|consulting|beratung|"
    r"coaching|gmbh|ag|kg|werkstatt|handwerk|service|services|partner|group|gruppe|"
    r"media|medien|verlag|studio|agentur|praxis|kanzlei|steuerberatung|logistik|"
    r"elektro|sanitär|garten|holz|druck|software|systems|solutions)$",
    re.IGNORECASE,
)


def _neutral_word(kind: str, terms: Iterable[str]) -> str:
    needles = [skeleton(t).strip() for t in terms]
    for source in _NEUTRAL[kind]:
        word = translate(source)
        if not any(n in skeleton(word) for n in needles):
            return word
    return "…"


def merge_markers(text: str, org_words: Iterable[str] = ()) -> str:
    text = re.sub(
        f"{NAME}s?(?:[\\s,\\-‐–]*{NAME}s?)+",
        lambda m: NAME + ("s" if m.group().endswith("s") and m.group()[-2] == NAME else ""),
        text,
    )
    # "Müller Architektur": a name followed by what a business is called is the business.
    known = {skeleton(w) for w in org_words}

    def business(match: re.Match[str]) -> str:
        word = match.group(1)
        if _BUSINESS_WORD.search(word) or skeleton(word) in known:
            return ORG
        return match.group()

    text = re.sub(f"{NAME}\\s+([A-ZÄÖÜ][\\w\\-äöüß]*)", business, text)
    text = re.sub(f"{ORG}(?:[\\s,&\\-]*{ORG})+", ORG, text)
    return text


def expand_markers(text: str, terms: Iterable[str]) -> str:
    words = {kind: _neutral_word(kind, terms) for kind in MARKERS}
    person = words[NAME] == translate(_NEUTRAL[NAME][0])

    def neutral(match: re.Match[str]) -> str:
        marker = match.group()[0]
        word = words[marker]
        before = text[: match.start()]
        if marker == NAME and person:
            previous = re.search(r"(\w+)\s*$", before)
            if match.group().endswith("s"):
                word = translate(_PERSON_GENITIVE)
            elif previous and previous.group(1).casefold() in _DATIVE:
                word = translate(_PERSON_DATIVE)
        elif match.group().endswith("s"):
            word += "s" if word[-1:].isalpha() else ""
        sentence_start = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", before)
        return word[:1].upper() + word[1:] if sentence_start else word

    markers = "[" + "".join(sorted(MARKERS)) + "]"
    return re.sub(f"{markers}(?:(?<={NAME})s)?", neutral, text)


def removed_summary(text: str) -> tuple[str, ...]:
    out = []
    for marker in (NAME, ORG, EMAIL, PHONE, ADDRESS, PLACE, WEB, MASK):
        count = text.count(marker)
        if count:
            out.append(
                _("{what} ({count}×)").format(what=translate(_REMOVED_LABEL[marker]), count=count)
            )
    return tuple(out)
