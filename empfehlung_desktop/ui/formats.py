"""Dates, times and numbers in the UI language.

Shown dates come from :mod:`empfehlung_desktop.i18n`, the same formatter the PDFs,
the Heute sentences and the CLI use, so one screen never mixes two styles:
German 22.11.2026 14:30, English 22 Nov 2026, 14:30 (no month/day ambiguity).
Date editors use the matching Qt display format. Four-digit years everywhere.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from empfehlung_desktop import i18n as messages


def date_format() -> str:
    """Qt display format for date editors, matching :func:`date_text`."""
    return "d MMM yyyy" if messages.current_language() == "en" else "dd.MM.yyyy"


def time_format() -> str:
    return "HH:mm"


def datetime_format() -> str:
    separator = ", " if messages.current_language() == "en" else " "
    return f"{date_format()}{separator}{time_format()}"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def date_edit(day: dt.date, parent: QWidget | None = None) -> QDateEdit:
    """A date editor in the UI's date format, with a calendar to pick from."""
    edit = QDateEdit(to_qdate(day), parent)
    edit.setDisplayFormat(date_format())
    edit.setCalendarPopup(True)
    return edit


def date_text(value: dt.date | None) -> str:
    """``value`` as a short date; an empty string for ``None``."""
    if value is None:
        return ""
    return messages.format_date(value)


def datetime_text(value: dt.datetime | None) -> str:
    """``value`` (naive local or aware, shown as is) as a short date and time."""
    if value is None:
        return ""
    return messages.format_datetime(value)


def long_date_text(value: dt.date) -> str:
    """Weekday and date, e.g. "Sonntag, 22. November 2026" / "Sunday, 22 November 2026"."""
    return messages.format_long_date(value)


def number_text(value: int) -> str:
    """An integer with the locale's digit grouping (100.000 / 100,000)."""
    return QLocale().toString(value)


def full_date_text(value: dt.date) -> str:
    """The long date, e.g. "Dienstag, 24. November 2026" for a letter or mail."""
    return messages.format_long_date(value)
