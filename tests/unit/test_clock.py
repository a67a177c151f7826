"""One clock: only ``empfehlung_desktop/clock.py`` reads the system date or time."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import time_machine

from empfehlung_desktop.clock import Clock

PACKAGE = Path(__file__).resolve().parents[2] / "empfehlung_desktop"
CLOCK_MODULE = PACKAGE / "clock.py"

# (owner, attribute) pairs that read the system's date or time.
SYSTEM_TIME_READS = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "today"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "asctime"),
    ("QDate", "currentDate"),
    ("QTime", "currentTime"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentMSecsSinceEpoch"),
    ("QDateTime", "currentSecsSinceEpoch"),
}


def _owner_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def system_time_reads(source: str) -> list[tuple[int, str]]:
    """Line and text of every call that reads the system's date or time in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        pair = (_owner_name(node.func.value), node.func.attr)
        if pair in SYSTEM_TIME_READS:
            found.append((node.lineno, ".".join(pair)))
        # time.strftime without a time tuple formats the current local time.
        if pair == ("time", "strftime") and len(node.args) < 2:
            found.append((node.lineno, "time.strftime"))
    return found


def test_the_checker_finds_every_kind_of_read() -> None:
    source = (
        "import datetime as dt, time\n"
        "from datetime import date, datetime\n"
        "a = dt.date.today()\n"
        "b = datetime.now(tz)\n"
        "c = time.time()\n"
        "d = QDate.currentDate()\n"
        "e = QDateTime.currentDateTime()\n"
        "f = time.strftime('%Y')\n"
        "g = clock.today()\n"
        "h = dt.datetime.combine(day, dt.time(9))\n"
    )
    assert [line for line, _ in system_time_reads(source)] == [3, 4, 5, 6, 7, 8]


def test_nothing_outside_the_clock_module_reads_the_system_date() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == CLOCK_MODULE:
            continue
        for line, call in system_time_reads(path.read_text(encoding="utf-8")):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {call}()")
    assert offenders == [], "read the date from the clock instead:\n" + "\n".join(offenders)


def test_a_fixed_clock_stands_still() -> None:
    clock = Clock.at(dt.date(2028, 2, 29))
    assert clock.today() == dt.date(2028, 2, 29)
    assert clock.now() == dt.datetime(2028, 2, 29, 9, 0)


def test_fixed_clock_in_a_zone_gives_the_utc_instant() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    clock = Clock.at(dt.datetime(2026, 12, 31, 23, 59), berlin)
    assert clock.utc_now() == dt.datetime(2026, 12, 31, 22, 59)
    aware = dt.datetime(2027, 1, 1, 0, 30, tzinfo=dt.UTC)
    assert Clock.at(aware, berlin).now() == dt.datetime(2027, 1, 1, 1, 30)


def test_the_system_clock_follows_the_user_time_zone() -> None:
    # 23:30 in Berlin on a leap day is already 1 March in Auckland.
    instant = dt.datetime(2028, 2, 29, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    with time_machine.travel(instant, tick=False):
        assert Clock(ZoneInfo("Europe/Berlin")).today() == dt.date(2028, 2, 29)
        assert Clock(ZoneInfo("Pacific/Auckland")).today() == dt.date(2028, 3, 1)
        assert Clock(ZoneInfo("Europe/Berlin")).utc_now() == dt.datetime(2028, 2, 29, 22, 30)
        assert Clock().today() == dt.date(2028, 2, 29)  # the process runs in Berlin time
