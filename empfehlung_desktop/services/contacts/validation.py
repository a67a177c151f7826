"""Field checks shared by the contact form, imports and the CLI."""

from __future__ import annotations

from empfehlung_desktop.i18n import _

DEFAULT_REGION = "DE"


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


def normalize_phone(value: str, region: str = DEFAULT_REGION) -> tuple[str, str | None]:
    """Return (internationally formatted number, German error or None). Empty is allowed."""
    value = value.strip()
    if not value:
        return "", None
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return value, _("„{value}“ ist keine gültige Telefonnummer.").format(value=value)
    if not phonenumbers.is_valid_number(number):
        return value, _("„{value}“ ist keine gültige Telefonnummer.").format(value=value)
    formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return formatted, None
