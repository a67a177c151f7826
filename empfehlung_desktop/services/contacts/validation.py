"""Field checks shared by the contact form, imports and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from empfehlung_desktop.i18n import _

DEFAULT_REGION = "DE"

# The German-speaking market the app serves: a number written without a country
# code may belong to any of these. phonenumbers.parse(n, "DE") accepts a Swiss
# "079 123 45 67" or an Austrian "0664 1234567" as a valid German number, so a
# national number is only given a country code when no other of these regions
# would read the same digits as a valid number.
NEIGHBOUR_REGIONS = ("DE", "AT", "CH", "LI")

_DIGIT = re.compile(r"\d")
# A number written with ASCII digits and common separators only: the one form the
# fast path in :func:`_direct` reads without phonenumbers' parser.
_SIMPLE_NUMBER = re.compile(r"\+?[0-9][0-9 ()./\-]*")
_SEPARATORS = str.maketrans("", "", " ()./-+")
_NOT_COMPACT = re.compile(r"[\s()./\-]")
# Calling codes of the regions the fast path knows; each belongs to one region only
# and strips a national prefix "0" (Liechtenstein also "1001", left to the parser).
_DIRECT_CODES = {49: "DE", 43: "AT", 41: "CH", 423: "LI"}
_DIRECT_REGIONS = {region: code for code, region in _DIRECT_CODES.items()}


@dataclass(frozen=True)
class PhoneCheck:
    """The number to store and what the user should hear about it.

    ``text`` is either the internationally formatted number (the country was
    certain) or exactly what was written. ``error`` means "not a phone number at
    all"; ``hint`` means "kept as written, country not certain".
    """

    text: str
    error: str | None = None
    hint: str | None = None


# Plain ASCII addresses (almost all of them) are checked here; anything else goes
# through email_validator, which needs ~50 µs an address (0.5 s per 10,000 imported).
_PLAIN_EMAIL = re.compile(
    r"(?P<local>[A-Za-z0-9_%+-]+(?:\.[A-Za-z0-9_%+-]+)*)@"
    r"(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?P<tld>[A-Za-z]{2,63}))"
)
_SPECIAL_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def normalize_email(value: str) -> tuple[str, str | None]:
    """Return (normalised email, German error or None). Empty is allowed."""
    value = value.strip()
    if not value:
        return "", None
    plain = _PLAIN_EMAIL.fullmatch(value)
    if (
        plain
        and len(plain["local"]) <= 64
        and len(value) <= 254
        and plain["tld"].lower() not in _SPECIAL_TLDS
    ):
        return f"{plain['local']}@{plain['domain'].lower()}", None
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError:
        return value, _("„{value}“ ist keine gültige E-Mail-Adresse.").format(value=value)
    return result.normalized, None


def check_phone(
    value: str, *, country: str | None = None, practice_country: str = DEFAULT_REGION
) -> PhoneCheck:
    """Check a phone number without ever turning it into another number.

    The number is formatted internationally only when its country is certain:
    it starts with ``+`` or ``00``; or ``country`` (e.g. the contact's address
    country) is given; or it is valid in ``practice_country`` and in no other
    German-speaking region. Otherwise the text is kept as written, with a hint.
    """
    value = value.strip()
    if not value:
        return PhoneCheck("")
    if not _DIGIT.search(value):
        error = _("„{value}“ ist keine gültige Telefonnummer.").format(value=value)
        return PhoneCheck(value, error=error)
    compact = _NOT_COMPACT.sub("", value)
    international = compact.startswith("+") or compact.startswith("00")
    if international:
        candidate = "+" + compact[2:] if compact.startswith("00") else value
        formatted = _international(candidate)
        if formatted is not None:
            return PhoneCheck(formatted)
        return PhoneCheck(value, hint=_unchecked(value))
    region = (country or "").upper() or None
    if region:
        formatted = _national(value, region)
        if formatted is not None:
            return PhoneCheck(formatted)
        return PhoneCheck(value, hint=_unchecked(value))
    home = practice_country.upper()
    if not compact.startswith("0"):
        # German, Austrian and Swiss national numbers start with the trunk
        # prefix 0; "(413) 549-0077" is an American number, not a German one.
        return PhoneCheck(value, hint=_unchecked(value))
    formatted = _national(value, home)
    if formatted is None:
        return PhoneCheck(value, hint=_unchecked(value))
    others = _also_valid_in(compact, home)
    if others:
        return PhoneCheck(
            value,
            hint=_(
                "Bei „{value}“ ist das Land nicht sicher (auch {regions} möglich); die "
                "Nummer wird so übernommen, wie sie geschrieben ist."
            ).format(value=value, regions=", ".join(others)),
        )
    return PhoneCheck(formatted)


# The checks below are pure functions of the text: an address book repeats numbers
# (a switchboard, a shared practice line), and the parser is the expensive part.
@lru_cache(maxsize=1)
def _keep_patterns() -> None:
    """Let phonenumbers keep its compiled metadata patterns: each check matches a number
    against a dozen of them, and looking them up in the re module's cache every time
    costs a third of a check."""
    import phonenumbers

    phonenumbers.enable_pattern_cache()


@lru_cache(maxsize=8192)
def _international(text: str) -> str | None:
    """``text`` ("+41 79 …") formatted internationally if it is a valid number, else None."""
    import phonenumbers

    _keep_patterns()
    direct = _direct_parts(text, None)
    if direct is not None:
        return _format_direct(*direct)
    number = _parse(text, None)
    if number is None or not phonenumbers.is_valid_number(number):
        return None
    return _format(number)


@lru_cache(maxsize=8192)
def _national(text: str, region: str) -> str | None:
    """``text`` formatted internationally if it is a valid number of ``region``, else None."""
    _keep_patterns()
    direct = _direct_parts(text, region)
    if direct is not None:
        return _format_direct(*direct)
    number = _parse(text, region)
    if number is None or not _valid_in(number, region):
        return None
    return _format(number)


@lru_cache(maxsize=8192)
def _also_valid_in(compact: str, home: str) -> tuple[str, ...]:
    _keep_patterns()
    return tuple(r for r in NEIGHBOUR_REGIONS if r != home and _valid_as(compact, r))


def _direct_parts(text: str, region: str | None) -> tuple[int, str] | None:
    """(calling code, national number) of what ``phonenumbers.parse(text, region)``
    returns, found without parsing, if it is a valid number (of ``region`` when
    given); None: ask the parser.

    Only the plain forms whose parse result is certain: ASCII digits and separators,
    either "+" and a German-speaking calling code followed by a digit other than 0,
    or (with ``region``) one trunk 0 and a national number valid in that region.
    Parsing strips exactly this trunk 0 there, and for "+49 171 …" nothing.
    Everything else (extensions, letters, "+49 (0)…", other countries) is parsed.
    The national number never starts with 0.
    """

    if not text.isascii() or _SIMPLE_NUMBER.fullmatch(text) is None:
        return None
    digits = text.translate(_SEPARATORS)
    if text.startswith("+"):
        if region is not None:
            return None
        code = _calling_code(digits[:3])
        national = digits[len(str(code)) :]
        if code not in _DIRECT_CODES or national[:1] in ("", "0") or national.startswith("1001"):
            return None
    else:
        code = _DIRECT_REGIONS.get(region or "", 0)
        if not code or digits[:1] != "0" or digits[1:2] in ("", "0"):
            return None
        national = digits[1:]
    if not 2 <= len(national) <= 17:
        return None
    if not _valid_national(_DIRECT_CODES[code], national):
        return None
    return code, national


@lru_cache(maxsize=1024)
def _calling_code(lead: str) -> int:
    """The calling code phonenumbers reads at the start of ``lead`` (the first three
    digits after "+"), or 0."""
    import phonenumbers

    return next(
        (
            int(lead[:size])
            for size in (1, 2, 3)
            if lead[:1] != "0" and int(lead[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE
        ),
        0,
    )


# (last leading-digits pattern, number pattern, replacement, the replacement split
# into its text before the first group and (group, text after it) pairs, or None)
_Format = tuple[
    re.Pattern[str] | None, re.Pattern[str], str, tuple[str, tuple[tuple[int, str], ...]] | None
]
_GROUP_REFERENCE = re.compile(r"\\([1-9])(?!\d)")


@lru_cache(maxsize=8)
def _formats(code: int) -> tuple[_Format, ...]:
    """The international number formats of the region that alone has ``code`` (DE, AT,
    CH, LI) in order, as phonenumbers' _format_nsn chooses from them."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(_DIRECT_CODES[code])
    assert metadata is not None, code
    available = metadata.intl_number_format or metadata.number_format
    formats: list[_Format] = []
    for found in available:
        replacement = str(found.format)
        parts = _GROUP_REFERENCE.split(replacement)
        texts, groups = parts[0::2], [int(g) for g in parts[1::2]]
        plain = not any("\\" in text for text in texts)
        formats.append(
            (
                re.compile(found.leading_digits_pattern[-1])
                if found.leading_digits_pattern
                else None,
                re.compile(str(found.pattern)),
                replacement,
                (texts[0], tuple(zip(groups, texts[1:], strict=True))) if plain else None,
            )
        )
    return tuple(formats)


def _format_direct(code: int, national: str) -> str:
    """``phonenumbers.format_number(number, INTERNATIONAL)`` for a number of
    :func:`_direct` (no extension, no leading zero), without building it: the first
    format whose leading digits and pattern fit, as phonenumbers chooses, applied
    as ``re.sub`` applies it (one match over the whole number: its groups joined
    by the replacement's text, without re's template machinery)."""
    for leading, pattern, replacement, pieces in _formats(code):
        if (leading is None or leading.match(national)) and pattern.fullmatch(national):
            first = pattern.match(national)  # what re.sub replaces first
            if (
                pieces is not None
                and first is not None
                and first.end() == len(national)
                and pattern.search(national, len(national)) is None  # nothing more to replace
            ):
                head, rest = pieces
                text = head + "".join((first.group(g) or "") + after for g, after in rest)
            else:
                text = pattern.sub(replacement, national)
            return f"+{code} {text}"
    return f"+{code} {national}"


# The number types phonenumbers knows, the common ones first.
_NUMBER_TYPES = (
    "fixed_line",
    "mobile",
    "toll_free",
    "premium_rate",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
)
_Desc = tuple[frozenset[int], re.Pattern[str]]


@lru_cache(maxsize=8)
def _descriptions(region: str) -> tuple[_Desc, tuple[_Desc, ...]]:
    """The region's general pattern and its number types' patterns (with their lengths)."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    assert metadata is not None, region

    def desc(found) -> _Desc | None:  # type: ignore[no-untyped-def]
        if found is None or not found.national_number_pattern:
            return None
        return frozenset(found.possible_length or ()), re.compile(found.national_number_pattern)

    general = desc(metadata.general_desc)
    assert general is not None
    types = (desc(getattr(metadata, name)) for name in _NUMBER_TYPES)
    return general, tuple(d for d in types if d is not None)


def _valid_national(region: str, national: str) -> bool:
    """``phonenumbers.is_valid_number`` for the national number (no leading 0) of a
    region that alone has its calling code (DE, AT, CH, LI), without its detour.

    phonenumbers finds the number's type, trying the rare types before fixed
    line and mobile; a number is valid when it matches the general pattern and
    any type. This asks the same patterns, the common types first.
    """
    (lengths, pattern), types = _descriptions(region)
    size = len(national)
    if (lengths and size not in lengths) or pattern.fullmatch(national) is None:
        return False
    for lengths, pattern in types:
        if (not lengths or size in lengths) and pattern.fullmatch(national) is not None:
            return True
    return False


def normalize_phone(
    value: str, region: str = DEFAULT_REGION, *, country: str | None = None
) -> tuple[str, str | None]:
    """Return (number to store, German error or None). Empty is allowed.

    A number whose country is not certain is returned unchanged and without
    error: it is kept as the user wrote it.
    """
    result = check_phone(value, country=country, practice_country=region)
    return result.text, result.error


def _unchecked(value: str) -> str:
    return _(
        "„{value}“ ließ sich keinem Land sicher zuordnen; die Nummer wird so übernommen, "
        "wie sie geschrieben ist."
    ).format(value=value)


def _parse(value: str, region: str | None):  # type: ignore[no-untyped-def]
    import phonenumbers

    try:
        return phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None


def _valid_in(number, region: str) -> bool:  # type: ignore[no-untyped-def]
    import phonenumbers

    return bool(
        phonenumbers.is_valid_number(number)
        and phonenumbers.region_code_for_number(number) == region
    )


def _valid_as(compact: str, region: str) -> bool:
    """Would ``region`` read the same national digits (after its trunk 0) as a valid number?

    For DE, AT, CH and LI the region's own patterns are asked directly
    (:func:`_valid_national`); elsewhere the number is built directly instead of
    parsing the text again (parsing is the expensive part of phonenumbers).
    """
    digits = compact if compact.isdigit() else "".join(ch for ch in compact if ch.isdigit())
    if not digits.startswith("0") or len(digits) < 4 or digits[1] == "0":
        return False
    if region in _DIRECT_REGIONS and digits.isascii():
        # The one region of its calling code: a number valid there is that region's,
        # and _valid_national asks phonenumbers' own patterns (a fifth of the time).
        return _valid_national(region, digits[1:])
    import phonenumbers

    code = phonenumbers.country_code_for_region(region)
    candidate = phonenumbers.PhoneNumber(country_code=code, national_number=int(digits[1:]))
    return _valid_in(candidate, region)


def _format(number) -> str:  # type: ignore[no-untyped-def]
    import phonenumbers

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
