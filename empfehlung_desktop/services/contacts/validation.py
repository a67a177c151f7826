"""Field checks shared by the contact form, imports and the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass

from empfehlung_desktop.i18n import _

DEFAULT_REGION = "DE"

# The German-speaking market the app serves: a number written without a country
# code may belong to any of these. phonenumbers.parse(n, "DE") accepts a Swiss
# "079 123 45 67" or an Austrian "0664 1234567" as a valid German number, so a
# national number is only given a country code when no other of these regions
# would read the same digits as a valid number.
NEIGHBOUR_REGIONS = ("DE", "AT", "CH", "LI")

_DIGIT = re.compile(r"\d")


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
    import phonenumbers

    compact = re.sub(r"[\s()./\-]", "", value)
    international = compact.startswith("+") or compact.startswith("00")
    if international:
        candidate = "+" + compact[2:] if compact.startswith("00") else value
        number = _parse(candidate, None)
        if number is not None and phonenumbers.is_valid_number(number):
            return PhoneCheck(_format(number))
        return PhoneCheck(value, hint=_unchecked(value))
    region = (country or "").upper() or None
    if region:
        number = _parse(value, region)
        if number is not None and _valid_in(number, region):
            return PhoneCheck(_format(number))
        return PhoneCheck(value, hint=_unchecked(value))
    home = practice_country.upper()
    if not compact.startswith("0"):
        # German, Austrian and Swiss national numbers start with the trunk
        # prefix 0; "(413) 549-0077" is an American number, not a German one.
        return PhoneCheck(value, hint=_unchecked(value))
    number = _parse(value, home)
    if number is None or not _valid_in(number, home):
        return PhoneCheck(value, hint=_unchecked(value))
    others = [r for r in NEIGHBOUR_REGIONS if r != home and _valid_as(compact, r)]
    if others:
        return PhoneCheck(
            value,
            hint=_(
                "Bei „{value}“ ist das Land nicht sicher (auch {regions} möglich); die "
                "Nummer wird so übernommen, wie sie geschrieben ist."
            ).format(value=value, regions=", ".join(others)),
        )
    return PhoneCheck(_format(number))


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

    Builds the number directly instead of parsing the text again (parsing is
    the expensive part of phonenumbers).
    """
    import phonenumbers

    digits = "".join(ch for ch in compact if ch.isdigit())
    if not digits.startswith("0") or len(digits) < 4:
        return False
    code = phonenumbers.country_code_for_region(region)
    candidate = phonenumbers.PhoneNumber(country_code=code, national_number=int(digits[1:]))
    if digits[1] == "0":
        return False
    return _valid_in(candidate, region)


def _format(number) -> str:  # type: ignore[no-untyped-def]
    import phonenumbers

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
