"""An event page's start and end fields in markup: not stamps, and the offset their <time> elements tell.

Small pages we wrote in the layout of content systems that print a meeting's fields as "Start" / "End"
label and value blocks, each value a <time datetime="...Z"> (the instant in UTC) showing the local clock.
The page's guessed publication day is often that very <time>'s day; the field is still the event.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from parsers import extract_articles
from parsers.html import html_article
from parsers.timeoffsets import label_offsets

_PROSE = "<p>Quarterly meeting of the riders' advisory panel, open to the public; agendas are posted a week ahead.</p>"


def _field(label: str, instant: str, shown: str, name: str) -> str:
    return (f"<div class='field-wrapper'><div class='label'>{label}</div><div class='value'>"
            f"<div class='field field--name-field-{name}'><time datetime='{instant}'>{shown}</time></div></div></div>")


def _page(start: str, end: str, names: tuple[str, str] = ("start-date", "end-date")) -> bytes:
    return (f"<html><head><title>Riders Panel Meeting</title></head><body><article><h1>Riders Panel Meeting</h1>"
            f"<div class='bar'>{_field('Start', start, 'Wed, 10/15/2031 - 6:00 PM', names[0])}"
            f"{_field('End', end, 'Wed, 10/15/2031 - 7:30 PM', names[1])}</div>{_PROSE}</article></body></html>"
            ).encode()


def _timed(page: bytes) -> list[dt.datetime]:
    article = html_article(page, url="https://example.org/meeting", source="t")
    events = extract_articles([article], reference=dt.date(2031, 10, 1)).events
    return [e.start for e in events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("start", "end", "names", "utc_hour", "why"), [
    ("2031-10-15T23:00:00Z", "2031-10-16T00:30:00Z", ("start-date", "end-date"), 23,
     "6:00 PM shown for 23:00 UTC: the page's clock is UTC-5, and the field named 'start-date' is no stamp"),
    ("2031-10-15T18:00:00-05:00", "2031-10-15T19:30:00-05:00", ("start-date", "end-date"), 23,
     "an instant with its own offset tells the same"),
    ("2031-10-15T23:00:00Z", "2031-10-16T00:30:00Z", ("date-start", "date-end"), 23, "the field named the other way"),
])
def test_a_start_field_gives_the_meeting_at_its_instant(start: str, end: str, names: tuple[str, str],
                                                        utc_hour: int, why: str) -> None:
    starts = [s.astimezone(dt.UTC) for s in _timed(_page(start, end, names))]
    assert (2031, 10, 15, utc_hour) in [(s.year, s.month, s.day, s.hour) for s in starts], why


@pytest.mark.parametrize(("instant", "shown", "label", "why"), [
    ("2031-10-15T23:00:00Z", "6:00 PM", " (UTC-05:00)", "five hours behind UTC"),
    ("2031-10-15T08:30:00Z", "10:30", " (UTC+02:00)", "a 24-hour clock two hours ahead"),
    ("2031-10-15T04:30:00Z", "10:00 am", " (UTC+05:30)", "a half-hour offset"),
    ("2031-10-15T18:00:00Z", "6:00 PM", "", "the same clock: nothing to tell (UTC, or a local clock marked Z)"),
    ("2031-10-15", "October 15, 2031", "", "a day with no clock"),
    ("2031-10-15T18:07:00Z", "6:00 PM", "", "seven minutes apart: no clock's offset"),
])
def test_a_time_elements_instant_and_clock_label_its_offset(instant: str, shown: str, label: str, why: str) -> None:
    root = lxml.html.fromstring(f"<div><time datetime='{instant}'>{shown}</time></div>")
    label_offsets(root)
    assert root.text_content() == shown + label, why


def test_a_clock_in_spans_of_its_own_still_tells_its_offset() -> None:
    root = lxml.html.fromstring("<div><time datetime='2031-10-15T18:00:00-05:00'><span>6</span>:<span>00</span>"
                                " <span>PM</span></time></div>")
    label_offsets(root)
    assert root.text_content().endswith("PM (UTC-05:00)")


def test_a_range_of_one_offset_is_labelled_once_at_its_end() -> None:
    root = lxml.html.fromstring("<div><time datetime='2031-10-15T23:00:00Z'>6:00 PM</time><span> - </span>"
                                "<time datetime='2031-10-16T02:00:00Z'>9:00 PM</time></div>")
    label_offsets(root)
    assert root.text_content() == "6:00 PM - 9:00 PM (UTC-05:00)"


def _entry(day: int) -> str:
    clock = ("<time datetime='2031-10-{day}T{h}:00:00-05:00' class='fs{which}Time'>\n"
             "  <span class='fsHour'> {s}</span>:<span class='fsMinute'>00</span>\n  <span>PM</span></time>\n")
    return ("<div class='fsCalendarInfo'>\n<span class='fsIcon' aria-hidden='true' title='School Calendar'></span>\n"
            "<span class='fsStyleSROnly'>School Calendar</span>\n"
            "<a class='fsCalendarEventTitle' title='Board Work Session' href='#'>Board Work Session</a>\n"
            "<div class='fsTimeRange'>\n" + clock.format(day=day, h=18, which="Start", s=6)
            + "<span class='fsTimeSeperator'> - </span>\n" + clock.format(day=day, h=21, which="End", s=9)
            + "</div>\n<div class='fsLocation'>\n  Learning Hall, 12 Oak Rd, Fernbrook, OH 45000,\n  USA\n</div>\n"
            + "</div>\n")


def _day_box(day: int, entries: int) -> str:
    return (f"<div class='fsCalendarDaybox'>\n<div class='fsCalendarDate' data-day='{day}'>\n"
            f"<span class='fsCalendarDay'>Thursday,</span>\n<span class='fsCalendarMonth'>October</span> {day}\n"
            f"</div>\n" + _entry(day) * entries + "</div>\n")


def test_a_calendar_fragment_is_read_whole_and_its_event_times_are_no_stamp() -> None:
    # A widget's markup alone (no <html> or <body>): two day boxes, each time classed in camel case as a start,
    # its hour and minutes in spans of their own.
    page = (_day_box(16, 2) + _day_box(23, 1)).encode()
    article = html_article(page, url="https://example.org/calendar", source="t")
    assert article.published is None  # the first box's <time> is an event's, not the page's day
    events = extract_articles([article], reference=dt.date(2031, 10, 1)).events
    starts = {e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime)}
    assert {(s.day, s.hour) for s in starts} == {(16, 23), (23, 23)}
