"""feeds/ics.py writes each VEVENT's lines itself: they must be the very bytes icalendar writes for the
Component of the same properties, for every kind of event (timed, all-day, UTC, with and without a place,
escapes, long lines of many-octet characters, old years)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
import pytz
from icalendar import Component, vCalAddress, vText
from icalendar import Event as VEvent

from feeds.ics import _folded, event_page_url, render_calendar, vevent_bytes
from feeds.words import description
from merge_plan import standing
from model import CANCELLED, CalendarInfo, Event
from parsers import extract_articles
from parsers.bundle import split_bundle

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
INFOS = [CalendarInfo(), CalendarInfo(name='Events; of "A, B"', base_url="https://events.example.org/x/",
                                      organizer="press@example.org")]


class _Escaped(vText):
    """TEXT escaped as RFC 5545 says, as the writer escapes it (icalendar's vText reads a literal \\N as a break)."""

    def to_ical(self) -> bytes:
        text = str(self)
        for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\r\n", "\\n"), ("\n", "\\n"),
                               ("\r", "\\n")):
            text = text.replace(plain, escaped)
        return text.encode("utf-8")


def _by_icalendar(event: Event, info: CalendarInfo) -> bytes:
    """The VEVENT as an icalendar Component, serialised by icalendar itself (its own folding too)."""
    component = VEvent()
    component.add("uid", event.uid)
    component.add("dtstamp", event.changed.astimezone(dt.UTC))
    component.add("last-modified", event.changed.astimezone(dt.UTC))
    component.add("sequence", event.sequence)
    component.add("organizer", vCalAddress(info.organizer), parameters={"CN": info.name})
    for name, moment in (("dtstart", event.start), ("dtend", event.end)):
        utc = isinstance(moment, dt.datetime) and event.timezone == "UTC"
        component.add(name, moment.astimezone(dt.UTC) if isinstance(moment, dt.datetime) and utc else moment)
    component.add("summary", _Escaped(event.summary))
    if event.location:
        component.add("location", _Escaped(event.location))
    component.add("description", _Escaped(description(event)))
    component.add("categories", [event.kind])
    component.add("status", event.status)
    component.add("transp", "TRANSPARENT")
    component.add("class", "PUBLIC")
    component.add("url", event_page_url(info.base_url, event.uid))
    return bytes(Component.to_ical(component))


def _corpus_events() -> list[Event]:
    articles = [article for path in sorted(CORPUS.glob("*.txt"))
                for article in split_bundle(path.read_text(encoding="utf-8"), path.stem)]
    return standing(list(extract_articles(articles, reference=dt.date(2026, 11, 27)).events))


def _local(zone: str, *parts: int) -> dt.datetime:
    return pytz.timezone(zone).localize(dt.datetime(*parts))  # type: ignore[arg-type]  # noqa: DTZ001 (localize makes it aware)


def _made_events() -> list[Event]:
    base = Event(
        uid="presscal-0123456789abcdef01234567", summary="Talks; agenda, part 1\\2 \\N", kind="meeting, plenary",
        start=dt.date(2024, 1, 2), end=dt.date(2024, 1, 3), timezone="", location="Brussels, Belgium",
        sentence="Line one.\nLine two\r\nwith a comma; and a semicolon " + "é€😀“ü^" * 30, article_title="A, B; C",
        source="test", as_published="2 January 2024", changed=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
    )
    return [
        base,
        replace(base, location="", sequence=12, status=CANCELLED),
        replace(base, start=dt.date(987, 3, 4), end=dt.date(987, 3, 5), changed=dt.datetime(999, 1, 1, tzinfo=dt.UTC)),
        replace(base, start=_local("Europe/Brussels", 2024, 7, 1, 9, 15, 30, 123),
                end=_local("Europe/Brussels", 2024, 7, 1, 10, 15), timezone="Europe/Brussels"),
        replace(base, start=_local("Europe/Brussels", 2024, 1, 1, 9),
                end=_local("Europe/Brussels", 2024, 1, 1, 10), timezone="Europe/Brussels"),
        replace(base, start=_local("Asia/Kolkata", 2024, 1, 1, 9), end=_local("Asia/Kolkata", 2024, 1, 1, 10),
                timezone="UTC"),
        replace(base, start=dt.datetime(2024, 1, 1, 9, tzinfo=dt.UTC), end=dt.datetime(2024, 1, 1, 10, tzinfo=dt.UTC),
                timezone="UTC", changed=_local("Asia/Kolkata", 2024, 1, 1, 3)),
        replace(base, summary="x" * 66, location="y" * 200, kind="event"),
    ]


@pytest.mark.parametrize("info", INFOS)
def test_made_events_are_icalendars_bytes(info: CalendarInfo) -> None:
    for event in _made_events():
        assert vevent_bytes(event, info) == _by_icalendar(event, info), event


def test_every_corpus_event_is_icalendars_bytes() -> None:
    events = _corpus_events()
    assert len(events) > 300
    for event in events:
        assert vevent_bytes(event, INFOS[0]) == _by_icalendar(event, INFOS[0]), event


def test_the_calendar_is_its_parts() -> None:
    events = _made_events()
    calendar = render_calendar(events, INFOS[1])
    assert all(_by_icalendar(event, INFOS[1]) in calendar for event in events)
    assert calendar.count(b"BEGIN:VEVENT") == len(events)
    assert all(len(line) <= 75 for line in calendar.split(b"\r\n"))
    assert _folded("A" * 80).count(b"\r\n ") == 1


@pytest.mark.parametrize("years", [(2023, 2023), (1979, 2026), (2035, 2040)])
def test_every_vtimezone_is_icalendars_bytes(years: tuple[int, int]) -> None:
    """The VTIMEZONE lines written without Components are icalendar's bytes for the Component, every zone."""
    from feeds.ics import _vtimezone_bytes
    from feeds.vtimezone import vtimezone

    for zone in pytz.common_timezones:
        assert _vtimezone_bytes(zone, *years) == bytes(vtimezone(zone, *years).to_ical()), zone
