import datetime as dt

import vobject

from empfehlung_desktop.interchange import ics
from empfehlung_desktop.interchange.records import fold
from empfehlung_desktop.store.database import Database


def test_calendar_has_all_day_follow_ups_and_one_hour_meetings(demo_db: Database) -> None:
    with demo_db.reader() as s:
        events = ics.calendar_events(s)
    data = ics.write_calendar(events, stamp=dt.datetime(2026, 11, 22, 8, 0))
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    calendar = vobject.readOne(data.decode("utf-8"))
    vevents = calendar.vevent_list
    follow = [e for e in vevents if "follow-up" in e.uid.value]
    meetings = [e for e in vevents if "first-meeting" in e.uid.value]
    assert follow and meetings
    assert all(type(e.dtstart.value) is dt.date for e in follow)
    for e in meetings:
        assert e.dtend.value - e.dtstart.value == dt.timedelta(hours=1)
    assert len({e.uid.value for e in vevents}) == len(vevents)
    # Stable UIDs: a second export names the same events.
    with demo_db.reader() as s:
        assert [e.uid for e in ics.calendar_events(s)] == [e.uid for e in events]


def test_text_escaping_and_folding() -> None:
    assert ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("SUMMARY:" + "ä" * 80)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
