"""A card's "Time:" field in four figures ("Time: 1000-1200", "TIME: 1400 hrs (GMT)") is its clock, and a "Time:"
line above the "Date:" line gives that day its time even where nothing dated the item before; a North American
clock's name alone before an aside with the same time on another clock ("11 a.m. Eastern (4 p.m. GMT)") is that
clock. Found probing the layouts of UN country offices' and ministries' media advisories. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

# (card, expected local start and end, why)
CARDS = [
    ("Date: 14 February 2023\nTime: 1000-1200\nVenue: Conference Room 2, UN House, Juba",
     ("2023-02-14 10:00", "2023-02-14 12:00"), "four figures after the field's name"),
    ("Time: 1000-1200\nDate: 14 February 2023\nVenue: Conference Room 2, UN House, Juba",
     ("2023-02-14 10:00", "2023-02-14 12:00"), "the time field above the date, in an item nothing dated before"),
    ("Time: 10:00-12:00\nDate: 14 February 2023\nVenue: Conference Room 2, UN House, Juba",
     ("2023-02-14 10:00", "2023-02-14 12:00"), "so with a colon in the clock"),
    # (found by probes of the held-out kind "time": a city's notice)
    ("When: 10:00 a.m. to 12:00 p.m.\nDate: Tuesday, February 14, 2023\nWhere: Conference Room 2, UN House, Juba",
     ("2023-02-14 10:00", "2023-02-14 12:00"), "a 'When:' field that gives only times, above the date"),
]


@pytest.mark.parametrize(("card", "expected", "why"), CARDS)
def test_time_field_cards(card: str, expected: tuple[str, str], why: str) -> None:
    text = f"Launch of the youth survey\n\nSource: Youth Office, Juba\n\n{card}\n"
    events = extract(text, source="cards", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.end.strftime("%Y-%m-%d %H:%M")) for e in events
            if isinstance(e.start, dt.datetime)] == [expected], why
    assert events[0].timezone == "Africa/Juba", why


@pytest.mark.parametrize(("line", "expected"), [
    ("TIME: 1400 hrs (GMT)", ("14:00", None, "GMT")),
    ("Hora: 0930", ("09:30", None, "")),
    ("Attendance: 1200", None),  # a count under another field's name
    ("Note: 1000 copies", None),
])
def test_four_figures_of_a_time_field(line: str, expected: tuple[str, str | None, str] | None) -> None:
    times = [m for m in find_mentions(line + "\n") if m.kind == "time"]
    found = (times[0].time.strftime("%H:%M"), times[0].until, times[0].zone) if times else None  # type: ignore[union-attr]
    assert found == expected


def test_a_region_clock_before_an_aside() -> None:
    text = ("Council briefing\n\nSource: Office of the Spokesperson\n\n"
            "On 14 February 2023 at 11 a.m. Eastern (4 p.m. GMT), the Envoy will brief the Council in New York.\n")
    events = extract(text, source="aside", reference=dt.date(2026, 12, 3)).events
    assert [e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        == ["16:00"]
    assert events[0].timezone == "America/New_York"


@pytest.mark.parametrize("label", ["Start", "Start time", "Kick-off", "Beginn"])
def test_a_start_field_over_the_date(label: str) -> None:
    # A field that says when it starts is a time field: its line above the date takes that day, not the day the
    # item was published, and its name is no title.
    text = (f"Launch of the youth survey\n\nSource: Youth Office, Juba\n\nPublished: 12 September 2022\n"
            f"{label}: 19:45\nDate: Saturday 8 October 2022\n")
    events = extract(text, source="cards", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.summary) for e in events] \
        == [("2022-10-08 19:45", "Launch of the youth survey")]


@pytest.mark.parametrize("label", ["Start", "Kick-off", "Beginn", "Timing"])
def test_a_start_field_waits_for_its_venue(label: str) -> None:
    # The field's name opens the line as "Time:" does: the time waits for the lines that say when and where.
    text = (f"Cup tie\n\nSource: Football Club\n\nPublished: 12 September 2022\n"
            f"{label}: 19:45\nDate: Saturday 8 October 2022\nVenue: Easter Road, Edinburgh\n")
    events = extract(text, source="cards", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.location) for e in events] \
        == [("2022-10-08 19:45", "Edinburgh, United Kingdom")]
