"""Remove everything that identifies a person from free text.

Used for the anonymous inquiry to a partner (step 2 of the three-step method):
name and its parts, email, phone (in any formatting) and organisation (with its
distinctive words) are replaced by neutral words, also where the practitioner
typed them into the need. Matching ignores case, accents and umlaut spellings
("Schäfer", "SCHAEFER", "Schafer"), so the result contains none of these
strings in any of those forms.

Before matching, text is normalised: compatibility forms (NFKC/NFKD), invisible
characters (soft hyphen, zero-width characters) removed, Cyrillic and Greek
look-alike letters folded to Latin, case and diacritics folded. Initials
("H.-P. M.-L."), phone numbers in any punctuation or split into parts, street
addresses and postcode + city are removed as well. :func:`anonymize_report`
also says what was removed and what still looks identifying (places, rare
roles, ages) so that the practitioner can check before sending.

The same matching serves the GDPR erasure (:func:`redact`), which replaces only
mentions of the erased person and leaves everything else as it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from empfehlung_desktop.services.referrals.anonymize_fold import clean_text, fold_indexed, skeleton
from empfehlung_desktop.services.referrals.anonymize_hints import still_identifying
from empfehlung_desktop.services.referrals.anonymize_terms import (
    ADDRESS,
    EMAIL,
    MARKERS,
    MASK,
    NAME,
    PHONE,
    PLACE,
    WEB,
    Identity,
    identifying_terms,
    initials_class,
    initials_pattern,
    organisation_words,
    phone_spans,
)
from empfehlung_desktop.services.referrals.anonymize_wording import (
    expand_markers,
    merge_markers,
    removed_summary,
)

_SALUTATION = re.compile(
    r"(?:\b(?:Frau|Herrn?|Fr\.|Hr\.)\s+)?"
    r"(?:\b(?:Dr|Prof|Dipl|Ing|med|dent|vet|rer|nat|phil|jur|Mag)\.[\s\-]*)*$",
    re.IGNORECASE,
)

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A run of digits with the separators people type into phone numbers.
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d \t/()\-–]*\d")
# Dotted numbers count as phone numbers only when they start like one ("0171.234.5678").
_DOTTED_PHONE = re.compile(r"(?<![\w.])(?:\+|0)\d{1,4}(?:[.\s]\d{2,})+(?![\w])")
_MIN_PHONE_DIGITS = 7

_STREET = re.compile(
    r"\b(?:[A-ZÄÖÜ][\w\-äöüß]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|"
    r"steig|pfad|chaussee|markt|hof|berg|graben|zeile|kamp|twiete)"
    r"|(?:Am|An der|An den|Im|In der|In den|Auf dem|Auf der|Zum|Zur|Unter den|Hinter der)"
    r"\s+[A-ZÄÖÜ][\w\-äöüß]+"
    r"|[A-ZÄÖÜ][\w\-äöüß]+\s+(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer))"
    r"\s+\d{1,4}\s?[a-zA-Z]?\b(?:\s*[-/]\s*\d{1,4}[a-z]?\b)?"
)
_POSTCODE_CITY = re.compile(
    r"(?<![\w\d.,])(?:(?:D|A|CH)\s?-\s?\d{4,5}|\d{5}|(?!19\d\d|20\d\d)[1-9]\d{3})\s+"
    r"(?!(?:Euro|EUR|Stück|Mitarbeit|Kunden|Teilnehm|Stunden|Besucher|Follower|Einwohner|"
    r"Mitglied|Exemplar|Abonnent|Nutzer|Franken|CHF|Dollar|Menschen|Leute|Personen)"
    r")[A-ZÄÖÜ][\wäöüß\-]+"
    r"(?:\s+(?:im|am|an der|in der|bei|ob der)\s+[A-ZÄÖÜ][\wäöüß]+"
    r"|\s*/\s*[A-ZÄÖÜ][\wäöüß]+|\s+\([A-ZÄÖÜ][\wäöüß. ]+\))?"
)

_URL = re.compile(r"(?:https?://|www\.)[^\s,;()<>]+[^\s,;()<>.]")


@dataclass(frozen=True)
class Anonymized:
    """The anonymised text, what was taken out, and what may still identify."""

    text: str
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _mask_own_phone(text: str, phone: str) -> str:
    for start, end in reversed(phone_spans(text, phone)):
        text = text[:start] + PHONE + text[end:]
    return text


def _word_end(text: str, start: int, end: int, kind: str) -> int | None:
    """Where the word ends if [start, end) is a whole word (names: also "Schäfers")."""
    while end < len(text) and (
        unicodedata.combining(text[end]) or unicodedata.category(text[end]) == "Cf"
    ):
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
    return salutation.start() if salutation and salutation.group() else start


def _replace_term(text: str, term: str, kind: str, *, partial: bool = True) -> str:
    """Replace whole-word occurrences by ``kind``; inside words by MASK (if ``partial``)."""
    folded, index = fold_indexed(text)
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
            marker: str | None
            if word_end is not None:
                end, marker = word_end, kind
                if kind == NAME:
                    start = max(last, _with_salutation(text, start))
                    if end > index[pos + len(needle) - 1] + 1 and text[end - 1] == "s":
                        marker = NAME + "s"  # genitive: "Müllers Firma"
            else:
                marker = MASK if partial else None
            if marker is not None:
                pieces.extend((text[last:start], marker))
                last = end
        pos = folded.find(needle, pos + len(needle))
    pieces.append(text[last:])
    return "".join(pieces)


def _is_date_or_amount(run: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})|\d{1,3}(?:\.\d{3})+", run.strip()))


def _mask_numbers(text: str, phone: str) -> str:
    """The person's own number in any form, and any other phone-like number."""
    text = _mask_own_phone(text, phone)

    def replace(match: re.Match[str]) -> str:
        run = match.group()
        digits = re.sub(r"\D", "", run)
        if len(digits) < _MIN_PHONE_DIGITS or _is_date_or_amount(run):
            return run
        # Keep a bracket that belongs to the surrounding text: "(Tel. 0761 555)".
        opened = "(" if run.count("(") > run.count(")") and run.startswith("(") else ""
        return opened + PHONE

    text = _NUMBER_RUN.sub(replace, text)
    return _DOTTED_PHONE.sub(replace, text)


def _mask_initials(text: str, name: str) -> str:
    pattern = initials_pattern(name)
    if pattern is not None:

        def replace(match: re.Match[str]) -> str:
            initials = match.group()
            letters = sum(ch.isalpha() for ch in initials)
            # "HP" or "AG" alone may be a brand; "H.-P." or three letters are initials.
            if "." not in initials and letters < 3:
                return initials
            return NAME

        text = pattern.sub(replace, text)
    # A single initial before or after the name: "H. Müller", "HP Müller", "Müller, H."
    letters = initials_class(name)
    if letters:
        cls = "[" + re.escape(letters) + "]"
        text = re.sub(rf"(?<![\w.]){cls}\.(?:\s?[\-‐–]?\s?{cls}\.)*\s*(?={NAME})", "", text)
        text = re.sub(rf"(?<![\w.]){cls}{{1,3}}\s+(?={NAME})", "", text)
        text = re.sub(rf"(?<={NAME}),?\s{cls}\.(?:\s?[\-‐–]?\s?{cls}\.)*", "", text)
    return text


def _mask_addresses(text: str) -> str:
    text = _STREET.sub(ADDRESS, text)
    return _POSTCODE_CITY.sub(PLACE, text)


def mask_remaining(text: str, terms: Iterable[str]) -> str:
    """Safety net: mask any leftover occurrence with "…" until none is left.

    Each round replaces letters or digits by "…", so this always ends.
    """
    needles = sorted({skeleton(t).strip() for t in terms}, key=len, reverse=True)
    while True:
        folded, index = fold_indexed(text)
        hits = [(folded.find(n), n) for n in needles if n and n in folded]
        if not hits:
            return text
        pos, needle = min(hits)
        start, end = index[pos], index[pos + len(needle) - 1] + 1
        text = text[:start] + "…" + text[end:]


def contains_identifying(text: str, identity: Identity) -> bool:
    folded = skeleton(clean_text(text))
    return any(skeleton(t).strip() in folded for t in identifying_terms(identity))


def anonymize_report(text: str, identity: Identity) -> Anonymized:
    """The anonymised text, what was removed, and what still looks identifying."""
    terms = identifying_terms(identity)
    text = clean_text(text)
    needles = [skeleton(t).strip() for t in terms]

    def website(match: re.Match[str]) -> str:
        return WEB if any(n in skeleton(match.group()) for n in needles) else match.group()

    text = _URL.sub(website, text)
    text = _EMAIL.sub(EMAIL, text)
    text = _mask_numbers(text, identity.phone)
    text = _mask_addresses(text)
    for term in sorted(terms, key=lambda t: len(skeleton(t)), reverse=True):
        text = _replace_term(text, term, terms[term])
    text = _mask_initials(text, identity.name)
    text = merge_markers(text, organisation_words(identity.organisation))
    removed = removed_summary(text)
    result = mask_remaining(expand_markers(text, terms), terms)
    return Anonymized(result, removed, still_identifying(result, identity))


def anonymize(text: str, identity: Identity) -> str:
    """``text`` with nothing left that identifies ``identity``; the rest unchanged."""
    return anonymize_report(text, identity).text


def redact(
    text: str,
    terms: dict[str, str],
    phone: str,
    placeholder: str,
    name: str = "",
) -> tuple[str, int]:
    """Replace whole-word mentions of ``terms``, the number ``phone`` and the initials
    of ``name`` by ``placeholder``; return the text and the number of replacements.

    Unlike :func:`anonymize`, nothing else is touched: other people's numbers and
    addresses stay, and a term inside a longer word ("Anna" in "Annahme") is no mention.
    Text without a mention is returned unchanged.
    """
    work = clean_text(text)
    work = _mask_own_phone(work, phone)
    for term in sorted(terms, key=lambda t: len(skeleton(t)), reverse=True):
        work = _replace_term(work, term, terms[term], partial=False)
    if name:
        work = _mask_initials_strict(work, name)
    work = re.sub(f"(?<={NAME})s", "", work)
    markers = "[" + "".join(sorted(MARKERS)) + "]"
    # "Zyprian Quastenhuber" is one mention; "E-Mail, Telefon" are two.
    work = re.sub(f"{markers}(?:[ \\t\\-]*{markers})*", "\x00", work)
    count = work.count("\x00")
    if not count:
        return text, 0
    return work.replace("\x00", placeholder), count


def _mask_initials_strict(text: str, name: str) -> str:
    """Initials only where they stand beside a replaced name ("H. Müller", "H.-P. M.-L.")."""
    pattern = initials_pattern(name)
    if pattern is not None:
        text = pattern.sub(
            lambda m: (
                NAME if "." in m.group() and sum(c.isalpha() for c in m.group()) >= 2 else m.group()
            ),
            text,
        )
    letters = initials_class(name)
    if letters:
        cls = "[" + re.escape(letters) + "]"
        text = re.sub(rf"(?<![\w.]){cls}\.(?:\s?[\-‐–]?\s?{cls}\.)*\s*(?={NAME})", "", text)
    return text
