"""Dates, times and numbers in the UI language (the app sets ``QLocale.setDefault``).

German shows 22.11.2026 and 14:30, English 11/22/2026 and 2:30 PM. Four-digit years
everywhere: a two-digit year is ambiguous in a practice that keeps records for years.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def date_format() -> str:
    """The short date format of the current locale with a four-digit year."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def time_format() -> str:
    return QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def datetime_format() -> str:
    return f"{date_format()} {time_format()}"


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_text(value: dt.date | None) -> str:
    """``value`` as a short date; an empty string for ``None``."""
    if value is None:
        return ""
    return QLocale().toString(to_qdate(value), date_format())


def datetime_text(value: dt.datetime | None) -> str:
    """``value`` (naive local or aware, shown as is) as a short date and time."""
    if value is None:
        return ""
    moment = QDateTime(to_qdate(value.date()), QTime(value.hour, value.minute))
    return QLocale().toString(moment, datetime_format())


def long_date_text(value: dt.date) -> str:
    """Weekday and date, e.g. "Sonntag, 22.11.2026" / "Sunday, 11/22/2026"."""
    return QLocale().toString(to_qdate(value), f"dddd, {date_format()}")


def number_text(value: int) -> str:
    """An integer with the locale's digit grouping (100.000 / 100,000)."""
    return QLocale().toString(value)


def full_date_text(value: dt.date) -> str:
    """The locale's long date, e.g. "Dienstag, 24. November 2026" for a letter or mail."""
    return QLocale().toString(to_qdate(value), QLocale.FormatType.LongFormat)
