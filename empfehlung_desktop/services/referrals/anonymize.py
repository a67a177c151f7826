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

from empfehlung_desktop.i18n import N_, _, translate
from empfehlung_desktop.transliterate import german_spelling, match_fold

# Titles and salutations are kept or dropped, never treated as name parts.
# Abbreviated titles ("Dipl.-Ing.") count only with their dot; Dr and Prof always.
_TITLES = frozenset(["dipl", "ing", "med", "dent", "vet", "mag", "phil", "rer", "nat", "jur"])
_ALWAYS_TITLES = frozenset(["dr", "prof", "herr", "herrn", "frau"])
_SALUTATION = re.compile(
    r"(?:\b(?:Frau|Herrn?|Fr\.|Hr\.)\s+)?"
    r"(?:\b(?:Dr|Prof|Dipl|Ing|med|dent|vet|rer|nat|phil|jur|Mag)\.[\s\-]*)*$",
    re.IGNORECASE,
)
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
_UMLAUT_BACK = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("Ae", "Ä"), ("Oe", "Ö"), ("Ue", "Ü"))

_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A run of digits with the separators people type into phone numbers.
_NUMBER_RUN = re.compile(r"\+?\(?\d[\d \t/()\-–]*\d")
# Dotted numbers count as phone numbers only when they start like one ("0171.234.5678").
_DOTTED_PHONE = re.compile(r"(?<![\w.])(?:\+|0)\d{1,4}(?:[.\s]\d{2,})+(?![\w])")
_DIGITS = re.compile(r"\d+")
_MIN_PHONE_DIGITS = 7
_MIN_PHONE_PART = 6  # the tail of one's own number ("555 123") is still theirs
_PHONE_GAP = re.compile(r"[\s/().\-–‐]{0,6}|\s*(?:,|und|bzw\.?|Durchwahl|DW)\s*")

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

NAME, ORG, EMAIL, PHONE, MASK, ADDRESS, PLACE, WEB = (chr(0xE000 + i) for i in range(8))
_MARKERS = frozenset((NAME, ORG, EMAIL, PHONE, MASK, ADDRESS, PLACE, WEB))
_URL = re.compile(r"(?:https?://|www\.)[^\s,;()<>]+[^\s,;()<>.]")
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

# Words that may identify although they are no name: a warning, not a removal.
_RARE_ROLES = (
    "notar", "notarin", "bürgermeister", "bürgermeisterin", "pfarrer", "pfarrerin",
    "apotheker", "apothekerin", "tierarzt", "tierärztin", "hebamme", "bestatter",
    "bestatterin", "schornsteinfeger", "richter", "richterin", "landrat", "landrätin",
    "abgeordneter", "abgeordnete", "chefarzt", "chefärztin", "schulleiter",
    "schulleiterin", "rektor", "rektorin", "dekan", "dekanin", "bischof", "intendant",
    "intendantin", "trainer der", "bundesliga", "olympia", "nationalspieler",
    "nationalspielerin", "vorstandsvorsitzender", "vorstandsvorsitzende",
    "geschäftsführer", "geschäftsführerin", "inhaber", "inhaberin", "gründer", "gründerin",
    "steuerberater", "steuerberaterin", "zahnarzt", "zahnärztin", "hausarzt", "hausärztin",
)  # fmt: skip
_AGE = re.compile(
    r"\b\d{1,2}\s?(?:-\s?)?(?:jährige[rn]?|jährig|Jahre(?:n)?\s+alt|Jahre|J\.)"
    r"|\b(?:Anfang|Mitte|Ende)\s+(?:\d0|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig)"
    r"|\bJahrgang\s+\d{2,4}|\bgeb(?:oren|\.)\s+\d",
    re.IGNORECASE,
)
_UNIQUE = re.compile(
    r"\b(?:der|die|das|den|dem)\s+(?:einzige[nmrs]?|bekannteste[nmrs]?|"
    r"größte[nmrs]?|älteste[nmrs]?|jüngste[nmrs]?)\s+[\wäöüß\-]+",
    re.IGNORECASE,
)
_PLACE_HINT = re.compile(
    r"\b(?:in|aus|bei|nahe|nähe|um|Raum|Region|Landkreis|Kreis|Stadtteil|Ortsteil|nach)\s+"
    r"(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:[\-][A-ZÄÖÜ]?[a-zäöüß]+)?(?:\s+(?:im|am|an der)\s+"
    r"[A-ZÄÖÜ][a-zäöüß]+)?)"
)
# Capitalised words after "in"/"aus" that are ordinary nouns, not places.
_NOT_A_PLACE = re.compile(
    r"(?:ung|heit|keit|schaft|zeit|ion|tät|nis|tum|ik|ismus|ment|enz|anz|ur|ie|ei|"
    r"ling|sal|werk|team|firma|fragen|sachen|ruhe|form|phase|rente|teilzeit|vollzeit|"
    r"elternzeit|kürze|zukunft|richtung|bezug|hinblick|ordnung)$",
    re.IGNORECASE,
)
_NOT_A_PLACE_WORDS = frozenset(
    [
        "Ruhe",
        "Eile",
        "Zukunft",
        "Bezug",
        "Frage",
        "Sachen",
        "Kürze",
        "Absprache",
        "Abstimmung",
        "Person",
        "Firma",
        "Berlin-Mitte",
        "Deutschland",
        "Europa",
        "Österreich",
        "Schweiz",
        "Praxis",
        "Rente",
        "Wochen",
        "Monaten",
        "Jahren",
        "Tagen",
        "Zeit",
        "Elternzeit",
        "Teilzeit",
        "Vollzeit",
        "Ordnung",
        "Kontakt",
        "Anfang",
        "Ende",
    ]
)


@dataclass(frozen=True)
class Identity:
    """Who must not be recognisable."""

    name: str = ""
    email: str = ""
    phone: str = ""
    organisation: str = ""
    profession: str = ""


@dataclass(frozen=True)
class Anonymized:
    """The anonymised text, what was taken out, and what may still identify."""

    text: str
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _clean(text: str) -> str:
    """NFC, without private-use/unassigned characters (our markers), controls or
    invisible format characters (soft hyphen, zero-width space/joiner, BOM)."""
    text = unicodedata.normalize("NFC", text)
    return "".join(
        ch
        for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Co", "Cs", "Cn", "Cc", "Cf")
    )


def _skeleton_of_char(ch: str) -> str:
    if ch.isspace():
        return " "
    if unicodedata.category(ch) == "Cf":
        return ""
    return match_fold(ch).translate(_LOOKALIKES)


def skeleton(text: str) -> str:
    """Case-, accent-, look-alike- and whitespace-insensitive form used for all matching.

    "ä", "ae" and "a" fold alike ("Müller", "Mueller", "Muller"), so do "ß" and "ss".
    """
    return _fold(text)[0]


def quick_skeleton(text: str) -> str:
    """The same folding as :func:`skeleton`, fast, without positions (for pre-filtering)."""
    folded = "".join(ch for ch in match_fold(text) if unicodedata.category(ch) != "Cf")
    folded = folded.translate(_LOOKALIKES)
    return re.sub(r"(?<=[^\W\d_][aou])e+", "", re.sub(r"\s+", " ", folded))


def _fold(text: str) -> tuple[str, list[int]]:
    """The skeleton of ``text`` and, per skeleton char, its index in ``text``."""
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = _skeleton_of_char(ch)
        if not folded:
            continue
        if folded == " " and chars and chars[-1] == " ":
            continue  # runs of whitespace match a single space
        if folded == "e" and len(chars) > 1 and chars[-1] in "aou" and chars[-2].isalpha():
            continue  # "ue" is how "ü" is written without umlauts: both fold to "u"
        chars.append(folded)
        index.extend([i] * len(folded))
    return "".join(chars), index


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
    for token in _clean(name).split():
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
    base = _skeleton_of_char(letter)[:1].upper() or letter.upper()
    return "[" + re.escape(letter.upper() + base + _INITIAL_EXTRAS.get(base, "")) + "]"


def _initials_class(name: str) -> str:
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


def _org_words(organisation: str) -> list[str]:
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


def _phone_spans(text: str, phone: str) -> list[tuple[int, int]]:
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


def _mask_own_phone(text: str, phone: str) -> str:
    for start, end in reversed(_phone_spans(text, phone)):
        text = text[:start] + PHONE + text[end:]
    return text


def identifying_terms(identity: Identity) -> dict[str, str]:
    """Every string that would identify the person, mapped to its marker kind."""
    terms: dict[str, str] = {}

    def add(values: Iterable[str], kind: str) -> None:
        for value in values:
            for variant in _variants(_clean(value)):
                terms.setdefault(variant, kind)

    add([identity.email], EMAIL)
    add([identity.phone], PHONE)
    add([identity.name], NAME)
    add(_name_parts(identity.name), NAME)
    add([identity.organisation, org_core(identity.organisation)], ORG)
    add(_org_words(identity.organisation), ORG)
    add(_mail_parts(identity.email), EMAIL)
    return terms


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
    letters = _initials_class(name)
    if letters:
        cls = "[" + re.escape(letters) + "]"
        text = re.sub(rf"(?<![\w.]){cls}\.(?:\s?[\-‐–]?\s?{cls}\.)*\s*(?={NAME})", "", text)
        text = re.sub(rf"(?<![\w.]){cls}{{1,3}}\s+(?={NAME})", "", text)
        text = re.sub(rf"(?<={NAME}),?\s{cls}\.(?:\s?[\-‐–]?\s?{cls}\.)*", "", text)
    return text


def _mask_addresses(text: str) -> str:
    text = _STREET.sub(ADDRESS, text)
    return _POSTCODE_CITY.sub(PLACE, text)


def _neutral_word(kind: str, terms: Iterable[str]) -> str:
    needles = [skeleton(t).strip() for t in terms]
    for source in _NEUTRAL[kind]:
        word = translate(source)
        if not any(n in skeleton(word) for n in needles):
            return word
    return "…"


def _merge_markers(text: str, org_words: Iterable[str] = ()) -> str:
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


def _expand(text: str, terms: Iterable[str]) -> str:
    words = {kind: _neutral_word(kind, terms) for kind in _MARKERS}
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

    markers = "[" + "".join(sorted(_MARKERS)) + "]"
    return re.sub(f"{markers}(?:(?<={NAME})s)?", neutral, text)


def mask_remaining(text: str, terms: Iterable[str]) -> str:
    """Safety net: mask any leftover occurrence with "…" until none is left.

    Each round replaces letters or digits by "…", so this always ends.
    """
    needles = sorted({skeleton(t).strip() for t in terms}, key=len, reverse=True)
    while True:
        folded, index = _fold(text)
        hits = [(folded.find(n), n) for n in needles if n and n in folded]
        if not hits:
            return text
        pos, needle = min(hits)
        start, end = index[pos], index[pos + len(needle) - 1] + 1
        text = text[:start] + "…" + text[end:]


def contains_identifying(text: str, identity: Identity) -> bool:
    folded = skeleton(_clean(text))
    return any(skeleton(t).strip() in folded for t in identifying_terms(identity))


def _removed(text: str) -> tuple[str, ...]:
    out = []
    for marker in (NAME, ORG, EMAIL, PHONE, ADDRESS, PLACE, WEB, MASK):
        count = text.count(marker)
        if count:
            out.append(
                _("{what} ({count}×)").format(what=translate(_REMOVED_LABEL[marker]), count=count)
            )
    return tuple(out)


def still_identifying(text: str, identity: Identity = Identity()) -> tuple[str, ...]:
    """What may still identify the person although it is no name: places, roles, ages."""
    warnings: list[str] = []
    seen: set[str] = set()

    def warn(message: str, key: str) -> None:
        if key.casefold() not in seen:
            seen.add(key.casefold())
            warnings.append(message)

    for match in _PLACE_HINT.finditer(text):
        place = match.group("place")
        if place in _NOT_A_PLACE_WORDS or _NOT_A_PLACE.search(place):
            continue
        message = _("Ortsangabe „{value}“: ein Ort kann die Person erkennbar machen.")
        warn(message.format(value=place), place)
    folded = skeleton(text)
    for role in _RARE_ROLES:
        if re.search(rf"\b{re.escape(skeleton(role))}", folded):
            message = _("Berufs- oder Rollenangabe „{value}“: in einem kleinen Umfeld erkennbar.")
            warn(message.format(value=role.title()), role)
    for word in re.findall(r"[\wäöüß]{5,}", identity.profession):
        if skeleton(word) in folded:
            warn(_("Beruf der Person „{value}“ steht im Text.").format(value=word), word)
    for match in _UNIQUE.finditer(text):
        message = _("„{value}“: eine einmalige Rolle kann die Person erkennbar machen.")
        warn(message.format(value=match.group()), match.group())
    for match in _AGE.finditer(text):
        message = _("Altersangabe „{value}“: zusammen mit anderem erkennbar.")
        warn(message.format(value=match.group().strip()), match.group())
    return tuple(warnings)


def anonymize_report(text: str, identity: Identity) -> Anonymized:
    """The anonymised text, what was removed, and what still looks identifying."""
    terms = identifying_terms(identity)
    text = _clean(text)
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
    text = _merge_markers(text, _org_words(identity.organisation))
    removed = _removed(text)
    result = mask_remaining(_expand(text, terms), terms)
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
    work = _clean(text)
    work = _mask_own_phone(work, phone)
    for term in sorted(terms, key=lambda t: len(skeleton(t)), reverse=True):
        work = _replace_term(work, term, terms[term], partial=False)
    if name:
        work = _mask_initials_strict(work, name)
    work = re.sub(f"(?<={NAME})s", "", work)
    markers = "[" + "".join(sorted(_MARKERS)) + "]"
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
    letters = _initials_class(name)
    if letters:
        cls = "[" + re.escape(letters) + "]"
        text = re.sub(rf"(?<![\w.]){cls}\.(?:\s?[\-‐–]?\s?{cls}\.)*\s*(?={NAME})", "", text)
    return text
