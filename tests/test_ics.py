"""The calendar as clients read it: RFC 5545 form, independent parsers, golden bytes."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import icalendar
import pytest
import recurring_ical_events
import vobject

from feeds.ics import CalendarInfo, render_calendar
from model import Event

from .conftest import GOLDEN

INFO = CalendarInfo(name="NATO events", base_url="https://events.example.org")
UTC = dt.UTC


@pytest.fixture(scope="module")
def calendar_bytes(sample_events: list[Event]) -> bytes:
    return render_calendar(sample_events, INFO)


def _instants_icalendar(data: bytes) -> dict[str, tuple[object, object]]:
    out = {}
    for event in icalendar.Calendar.from_ical(data).walk("VEVENT"):
        out[str(event["UID"])] = (_utc(event.decoded("DTSTART")), _utc(event.decoded("DTEND")))
    return out


def _instants_vobject(data: bytes) -> dict[str, tuple[object, object]]:
    calendar = vobject.readOne(data.decode("utf-8"))
    return {str(e.uid.value): (_utc(e.dtstart.value), _utc(e.dtend.value)) for e in calendar.vevent_list}


def _instants_recurring(data: bytes) -> dict[str, tuple[object, object]]:
    calendar = icalendar.Calendar.from_ical(data)
    found = recurring_ical_events.of(calendar).between(dt.date(2000, 1, 1), dt.date(2040, 1, 1))
    return {str(e["UID"]): (_utc(e.decoded("DTSTART")), _utc(e.decoded("DTEND"))) for e in found}


def _utc(value: object) -> object:
    if isinstance(value, dt.datetime):
        assert value.tzinfo is not None, "a floating time reached the calendar"
        return value.astimezone(UTC)
    return value


def test_three_independent_parsers_agree_on_every_instant(calendar_bytes: bytes, sample_events: list[Event]) -> None:
    ours = {e.uid: (_utc(e.start), _utc(e.end)) for e in sample_events}
    assert _instants_icalendar(calendar_bytes) == ours
    assert _instants_vobject(calendar_bytes) == ours
    assert _instants_recurring(calendar_bytes) == ours


def test_press_conference_in_sarajevo_is_0815_utc(calendar_bytes: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(calendar_bytes)
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in calendar.walk("VEVENT")}
    bosnia = [s for name, s in starts.items() if "Press conference" in name and "Bosnia" in name]
    assert [s.astimezone(UTC) for s in bosnia] == [dt.datetime(2023, 11, 20, 8, 15, tzinfo=UTC)]
    assert "+0018" not in calendar_bytes.decode()
    assert "LMT" not in calendar_bytes.decode()


def test_every_tzid_has_a_vtimezone(calendar_bytes: bytes) -> None:
    text = calendar_bytes.decode()
    used = set(re.findall(r";TZID=([^:;]+)[:;]", text))
    defined = set(re.findall(r"^TZID:(.+?)\r$", text, re.MULTILINE))
    assert used, "the sample has timed events"
    assert used == defined


def test_vtimezone_is_rule_based(calendar_bytes: bytes) -> None:
    text = calendar_bytes.decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10" in text
    assert "RDATE" not in text


def test_lines_end_in_crlf_and_fold_at_75_octets(calendar_bytes: bytes) -> None:
    assert calendar_bytes.endswith(b"\r\n")
    lines = calendar_bytes.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75


def test_required_properties(calendar_bytes: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(calendar_bytes)
    assert calendar["PRODID"]
    assert calendar["VERSION"] == "2.0"
    assert calendar["METHOD"] == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == "NATO events"
    assert str(calendar["NAME"]) == "NATO events"
    assert calendar["REFRESH-INTERVAL"].to_ical() == b"PT30M"
    assert str(calendar["X-PUBLISHED-TTL"].to_ical().decode()) == "PT30M"
    for event in calendar.walk("VEVENT"):
        for name in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "CATEGORIES", "STATUS"):
            assert name in event, f"{name} missing in {event.get('SUMMARY')}"


def test_all_day_events_have_exclusive_date_ends(sample_events: list[Event], calendar_bytes: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(calendar_bytes)
    spans = {str(e["UID"]): (e.decoded("DTSTART"), e.decoded("DTEND")) for e in calendar.walk("VEVENT")}
    visit = next(e for e in sample_events if e.all_day and "visits Bosnia" in e.summary)
    assert spans[visit.uid] == (dt.date(2023, 11, 19), dt.date(2023, 11, 23))


def test_description_says_what_was_published_and_estimated(calendar_bytes: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(calendar_bytes)
    doorstep = next(e for e in calendar.walk("VEVENT") if "Doorstep" in str(e["SUMMARY"]))
    text = str(doorstep["DESCRIPTION"])
    assert "As published: 22nd November 09:28 (CET)" in text
    assert "In UTC: 2023-11-22 08:28–08:43 UTC" in text
    assert "estimate" in text
    assert "Article: NATO Secretary General to visit the Western Balkans" in text


def test_escaping_survives_a_round_trip() -> None:
    tricky = Event(
        uid="presscal-0123456789abcdef01234567", summary="Talks; agenda, part 1\\2", kind="meeting",
        start=dt.date(2024, 1, 2), end=dt.date(2024, 1, 3), timezone="", location="Brussels, Belgium",
        sentence="Line one.\nLine two, with a comma; and a semicolon.", article_title="A, B; C",
        source="test", as_published="2 January 2024", changed=dt.datetime(2024, 1, 1, tzinfo=UTC),
    )
    parsed = icalendar.Calendar.from_ical(render_calendar([tricky], INFO)).walk("VEVENT")[0]
    assert str(parsed["SUMMARY"]) == tricky.summary
    assert str(parsed["LOCATION"]) == tricky.location
    assert str(parsed["DESCRIPTION"]).startswith(tricky.sentence)


def test_same_events_give_the_same_bytes_in_any_order(sample_events: list[Event]) -> None:
    assert render_calendar(sample_events, INFO) == render_calendar(list(reversed(sample_events)), INFO)


def test_sequence_and_dtstamp_come_from_the_event(sample_events: list[Event]) -> None:
    changed = replace(sample_events[0], sequence=3, changed=dt.datetime(2025, 5, 6, 7, 8, 9, tzinfo=UTC))
    event = icalendar.Calendar.from_ical(render_calendar([changed], INFO)).walk("VEVENT")[0]
    assert event["SEQUENCE"] == 3
    assert event.decoded("DTSTAMP") == dt.datetime(2025, 5, 6, 7, 8, 9, tzinfo=UTC)


def test_golden_calendar(calendar_bytes: bytes, update_golden: bool) -> None:
    golden = GOLDEN / "nato-2023-11.ics"
    if update_golden:
        golden.write_bytes(calendar_bytes)
    assert calendar_bytes == golden.read_bytes(), "output changed: check it, then rerun with --update-golden"


@pytest.mark.parametrize("line", [
    "DESCRIPTION:" + "x" * 61, "DESCRIPTION:" + "x" * 62, "DESCRIPTION:" + "x" * 63,  # 73, 74, 75 octets
    "SUMMARY:" + "é€😀“ü" * 40,  # characters of 2, 3 and 4 octets across every fold
    "DESCRIPTION:" + "ab\\,c\\;d\\\\e^'f" * 30,  # escapes that a fold must not split
])
def test_folding_is_icalendars_own(line: str) -> None:
    from icalendar.parser.string import _foldline

    from feeds.ics import _folded

    assert _folded(line) == _foldline(line).encode("utf-8")
    assert all(len(part) <= 74 for part in _folded(line).split(b"\r\n "))
