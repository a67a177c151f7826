import datetime as dt

import icalendar
import vobject

from empfehlung_desktop.interchange import ics
from empfehlung_desktop.store.database import Database

STAMP = dt.datetime(2026, 11, 22, 8, 0)  # UTC, as Clock.utc_now() answers

TRICKY = "Jürgen Weiß, Köln; Büro\\Praxis\nzweite Zeile – " + "Überlänge " * 12
EVENTS = [
    ics.CalendarEvent(
        uid="referral-7-follow-up@empfehlung-desktop",
        summary="Nachfassen: Ölmühle, Straße; Ä",
        description=TRICKY,
        start=dt.date(2026, 12, 1),
        end=dt.date(2026, 12, 2),
    ),
    ics.CalendarEvent(
        uid="engagement-3-first-meeting@empfehlung-desktop",
        summary="Erstgespräch: Zoë Müller",
        description="Anfrage Nr. 3",
        start=dt.datetime(2026, 12, 3, 14, 30),
        end=dt.datetime(2026, 12, 3, 15, 30),
    ),
]


def _lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def test_calendar_has_all_day_follow_ups_and_one_hour_meetings(demo_db: Database) -> None:
    with demo_db.reader() as s:
        events = ics.calendar_events(s)
    data = ics.write_calendar(events, STAMP)
    assert data.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert all(len(line) <= 75 for line in _lines(data))
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


def test_text_survives_both_parsers() -> None:
    data = ics.write_calendar(EVENTS, STAMP)
    # Folded at 75 octets, never inside a UTF-8 character.
    assert all(len(line) <= 75 for line in _lines(data))
    data.decode("utf-8")

    parsed = icalendar.Calendar.from_ical(data)
    events = list(parsed.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == [e.summary for e in EVENTS]
    assert str(events[0]["description"]) == TRICKY

    vcal = vobject.readOne(data.decode("utf-8"))
    assert [e.summary.value for e in vcal.vevent_list] == [e.summary for e in EVENTS]
    assert vcal.vevent_list[0].description.value == TRICKY


def test_meetings_are_floating_wall_times_and_dtstamp_is_the_given_utc_instant() -> None:
    data = ics.write_calendar(EVENTS, STAMP)
    assert b"TZID" not in data and b"VTIMEZONE" not in data
    assert data.count(b"DTSTAMP:20261122T080000Z") == len(EVENTS)

    for calendar_start, calendar_stamp in _starts_and_stamps(data):
        all_day, meeting = calendar_start
        assert all_day == dt.date(2026, 12, 1)
        # Floating: the hour typed, without a zone, so every calendar shows 14:30.
        assert meeting == dt.datetime(2026, 12, 3, 14, 30) and meeting.tzinfo is None
        assert calendar_stamp == dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.UTC)

    # An aware stamp in another zone is written as the same UTC instant.
    berlin = dt.timezone(dt.timedelta(hours=1))
    aware = ics.write_calendar(EVENTS, dt.datetime(2026, 11, 22, 9, 0, tzinfo=berlin))
    assert aware == data


def _starts_and_stamps(
    data: bytes,
) -> list[tuple[tuple[dt.date, dt.datetime], dt.datetime]]:
    ical_events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    vobj_events = vobject.readOne(data.decode("utf-8")).vevent_list
    return [
        (
            (ical_events[0]["dtstart"].dt, ical_events[1]["dtstart"].dt),
            ical_events[0]["dtstamp"].dt,
        ),
        (
            (vobj_events[0].dtstart.value, vobj_events[1].dtstart.value),
            vobj_events[0].dtstamp.value.astimezone(dt.UTC),
        ),
    ]
