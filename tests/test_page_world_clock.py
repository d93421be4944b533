"""A page's world clock, a date alone on its line over "Paris: 09:40" and "Ottawa: 03:40" (issue #10, "Not events":
page stamps; "Year"): the day and hours the page was shown, no events, and no day of the item, whose own dates then
take their year from the item's lines. Seen in world-eightyseventh (an embassy's repost of a foreign ministry's
briefing under "29 March 2017 / Moscow: 18:10 / London: 16:10"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import split_blocks
from parsers.dates import find_mentions
from parsers.pageclock import clock_rows

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[tuple[str, bool]]:
    """Each event's start as written ("YYYY-MM-DD" or "YYYY-MM-DD HH:MM") and whether it has a time."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        timed = isinstance(e.start, dt.datetime)
        out.append((f"{e.start:%Y-%m-%d %H:%M}" if timed else f"{e.start:%Y-%m-%d}", timed))
    return sorted(out)


_ITEM = ("Weekly briefing by the ministry's spokesperson, Ottawa, May 3, 2018\n\nSource: Embassy of Ruritania\n\n"
         "14 August 2018\nParis: 09:40\nOttawa: 03:40\n\n"
         "Briefing by the spokesperson, Ottawa, May 3, 2018\n\n"
         "The Minister will receive the Secretary General of the Francophonie in Ottawa on May 7 for talks.\n")


def test_clock_hours_are_no_events() -> None:
    assert not any(timed for _, timed in _events(_ITEM))


def test_dates_take_the_items_year_not_the_clocks() -> None:
    # May 7 after the clock's 14 August 2018 would be read as May 2019; the briefing of May 3, 2018 dates it.
    assert _events(_ITEM) == [("2018-05-07", False)]


def test_clock_rows_found() -> None:
    body = "14 August 2018\nParis: 09:40\nOttawa: 03:40\n\nThe Minister speaks."
    blocks = split_blocks(body)
    mentions_of = {b.number: find_mentions(b.text) for b in blocks}
    assert clock_rows(blocks, mentions_of) == [0, 1, 2]


def test_labelled_times_are_no_clock() -> None:
    # "Doors: 18:30" and "Start: 19:00" under a date are an event's times, not towns' clocks.
    body = "14 August 2018\nDoors: 18:30\nStart: 19:00\n\nA concert."
    blocks = split_blocks(body)
    mentions_of = {b.number: find_mentions(b.text) for b in blocks}
    assert clock_rows(blocks, mentions_of) == []


def test_one_town_and_its_hour_is_no_clock() -> None:
    # A single "Brussels: 10:00" under a date may be where and when something happens.
    body = "14 August 2018\nBrussels: 10:00\n\nThe Council meets."
    blocks = split_blocks(body)
    mentions_of = {b.number: find_mentions(b.text) for b in blocks}
    assert clock_rows(blocks, mentions_of) == []


def test_a_day_s_tour_of_towns_is_no_world_clock() -> None:
    """(found by review) "Vilnius: 09:30" / "Riga: 14:00" / "Tallinn: 18:30" under a date: three stops of one day,
    not one moment on three clocks."""
    text = ("Minister tours the Baltic capitals\n\nSource: A ministry\n\nThe Minister tours the three Baltic "
            "capitals.\n\n12 March 2026\nVilnius: 09:30\nRiga: 14:00\nTallinn: 18:30\n")
    events = extract(text, source="ministry", reference=dt.date(2026, 3, 1)).events
    assert sorted(e.start.strftime("%H:%M") for e in events if e.start is not None and not e.all_day) \
        == ["09:30", "14:00", "18:30"]
