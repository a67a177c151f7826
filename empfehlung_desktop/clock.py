"""The one place that reads the system's date and time.

Everything else is handed a :class:`Clock` (the GUI through its view context, the
CLI through its command context) or receives the date it needs as an argument, so
"today" is an input: a test or a demo can fix it, and nothing depends on the day
the code happens to run. ``tests/unit/test_clock.py`` fails when another module
reads the system date.
"""

from __future__ import annotations

import datetime as dt
import time


class Clock:
    """Today and now in the user's time zone.

    Args:
        tz: the user's time zone; ``None`` means the operating system's.
        fixed: a fixed instant (naive: wall time in ``tz``); the clock then
            always answers with it. Used for demos and tests.
    """

    def __init__(self, tz: dt.tzinfo | None = None, fixed: dt.datetime | None = None) -> None:
        self.tz = tz
        self._fixed = fixed

    @classmethod
    def at(cls, moment: dt.date | dt.datetime, tz: dt.tzinfo | None = None) -> Clock:
        """A clock standing still at ``moment`` (a date means 09:00 on that day)."""
        if not isinstance(moment, dt.datetime):
            moment = dt.datetime.combine(moment, dt.time(9, 0))
        if moment.tzinfo is not None:
            moment = moment.astimezone(tz).replace(tzinfo=None)
        return cls(tz, moment)

    def now(self) -> dt.datetime:
        """The wall time in the user's time zone, without tzinfo (as stored)."""
        if self._fixed is not None:
            return self._fixed
        if self.tz is None:
            return dt.datetime.now()
        return dt.datetime.now(self.tz).replace(tzinfo=None)

    def today(self) -> dt.date:
        return self.now().date()

    def utc_now(self) -> dt.datetime:
        """The instant in UTC without tzinfo, as the timestamp columns store it."""
        if self._fixed is not None:
            aware = self._fixed.replace(tzinfo=self.tz) if self.tz else self._fixed.astimezone()
            return aware.astimezone(dt.UTC).replace(tzinfo=None)
        return utc_now()

    def __repr__(self) -> str:
        where = getattr(self.tz, "key", None) or (str(self.tz) if self.tz else "local")
        return f"Clock({where}{', fixed ' + self._fixed.isoformat() if self._fixed else ''})"


def utc_now() -> dt.datetime:
    """The current instant in UTC without tzinfo: the default of timestamp columns."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def wall_timestamp() -> float:
    """Seconds since the epoch, for start-up timings compared across processes."""
    return time.time()


def system_clock() -> Clock:
    """The clock of a real run: the operating system's time in its own time zone."""
    return Clock()
