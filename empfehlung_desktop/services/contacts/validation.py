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
    normalised: bool = False
    error: str | None = None
    hint: str | None = None


def normalize_email(value: str) -> tuple[str, str | None]:
    """Return (normalised email, German error or None). Empty is allowed."""
    value = value.strip()
    if not value:
        return "", None
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
            return PhoneCheck(_format(number), normalised=True)
        return PhoneCheck(value, hint=_unchecked(value))
    region = (country or "").upper() or None
    if region:
        number = _parse(value, region)
        if number is not None and _valid_in(number, region):
            return PhoneCheck(_format(number), normalised=True)
        return PhoneCheck(value, hint=_unchecked(value))
    home = practice_country.upper()
    if not compact.startswith("0"):
        # German, Austrian and Swiss national numbers start with the trunk
        # prefix 0; "(413) 549-0077" is an American number, not a German one.
        return PhoneCheck(value, hint=_unchecked(value))
    number = _parse(value, home)
    if number is None or not _valid_in(number, home):
        return PhoneCheck(value, hint=_unchecked(value))
    others = [r for r in NEIGHBOUR_REGIONS if r != home and _valid_as(value, r)]
    if others:
        return PhoneCheck(
            value,
            hint=_(
                "Bei „{value}“ ist das Land nicht sicher (auch {regions} möglich); die "
                "Nummer wird so übernommen, wie sie geschrieben ist."
            ).format(value=value, regions=", ".join(others)),
        )
    return PhoneCheck(_format(number), normalised=True)


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


def _valid_as(value: str, region: str) -> bool:
    number = _parse(value, region)
    return number is not None and _valid_in(number, region)


def _format(number) -> str:  # type: ignore[no-untyped-def]
    import phonenumbers

    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))
