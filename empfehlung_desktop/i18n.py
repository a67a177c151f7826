"""The language of messages, reports and PDFs outside the Qt user interface.

German is the source language: every user-facing text outside ``ui/`` is written
in German and wrapped in :func:`_`. With English active, :func:`_` looks the German
text up in ``resources/translations/messages_en.json`` (German → English) and
falls back to the German text. Placeholders are named and filled *after* the
lookup, so translators can move them::

    _("Kontakt {id} gibt es nicht (mehr).").format(id=contact_id)

This module imports nothing of ours (the model layer may use it) and no Qt; the
catalogue is read once, lazily, the first time English text is asked for.
Dates and numbers are formatted here too, without the system locale.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Protocol

from empfehlung_desktop.shipped import resource_path

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "de"
ENV_LANGUAGE = "EMPFEHLUNG_LANG"

_language = DEFAULT_LANGUAGE
_catalogues: dict[str, dict[str, str]] = {}

_WEEKDAYS = {
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


class Labeled(Protocol):
    """An enum member from ``model.enums``: its ``label`` is German source text."""

    @property
    def label(self) -> str: ...


def set_language(language: str) -> None:
    """Switch messages and reports to ``de`` or ``en`` (anything else: ValueError)."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language {language!r} (use one of {', '.join(LANGUAGES)})")
    _language = language


def current_language() -> str:
    return _language


def language_from_env(default: str = DEFAULT_LANGUAGE) -> str:
    """``EMPFEHLUNG_LANG`` if it names a supported language, else ``default``."""
    value = os.environ.get(ENV_LANGUAGE, "").strip().lower()[:2]
    return value if value in LANGUAGES else default


def _(text: str) -> str:
    """``text`` (German source) in the current language."""
    if _language == DEFAULT_LANGUAGE:
        return text
    return _catalogue(_language).get(text, text)


def N_(text: str) -> str:
    """Mark a German source text for the catalogue without translating it yet.

    For texts defined at import time (module constants); translate them where
    they are shown with :func:`translate`.
    """
    return text


def translate(text: str) -> str:
    """Look up a text that was marked with :func:`N_` (or an enum label) elsewhere."""
    if _language == DEFAULT_LANGUAGE:
        return text
    return _catalogue(_language).get(text, text)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form for ``count``, translated (both are catalogue keys)."""
    return translate(singular) if count == 1 else translate(plural)


def enum_label(member: Labeled) -> str:
    """The label of an enum member (``model.enums``) in the current language."""
    return translate(member.label)


def format_date(value: dt.date) -> str:
    """``24.11.2026`` in German, ``24 Nov 2026`` in English."""
    if _language == "en":
        return f"{value.day} {_MONTHS['en'][value.month - 1][:3]} {value.year}"
    return f"{value:%d.%m.%Y}"


def format_long_date(value: dt.date) -> str:
    """``Dienstag, 24. November 2026`` / ``Tuesday, 24 November 2026``."""
    weekday = _WEEKDAYS[_language][value.weekday()]
    month = _MONTHS[_language][value.month - 1]
    if _language == "en":
        return f"{weekday}, {value.day} {month} {value.year}"
    return f"{weekday}, {value.day}. {month} {value.year}"


def format_time(value: dt.datetime | dt.time) -> str:
    return f"{value:%H:%M}"


def format_datetime(value: dt.datetime) -> str:
    """``24.11.2026 10:00`` / ``24 Nov 2026, 10:00``."""
    separator = ", " if _language == "en" else " "
    return f"{format_date(value)}{separator}{format_time(value)}"


def format_number(value: float, decimals: int = 1) -> str:
    """``4,3`` in German, ``4.3`` in English."""
    text = f"{value:.{decimals}f}"
    return text if _language == "en" else text.replace(".", ",")


def format_int(value: int) -> str:
    """``10.000`` in German, ``10,000`` in English."""
    text = f"{value:,}"
    return text if _language == "en" else text.replace(",", ".")


def catalogue_path(language: str) -> Path:
    """Where the catalogue for ``language`` lives, in the source tree or a bundle."""
    return resource_path("translations", f"messages_{language}.json")


def _catalogue(language: str) -> dict[str, str]:
    catalogue = _catalogues.get(language)
    if catalogue is None:
        try:
            loaded = json.loads(catalogue_path(language).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            loaded = {}  # a broken install speaks German rather than crashing
        catalogue = {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
        _catalogues[language] = catalogue
    return catalogue
