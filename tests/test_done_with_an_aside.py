"""A day opening a sentence whose subject then acted, with an aside between the verb and its object ("Today (September
13) the Department published, in the Annex, its schedule", "On Monday the Council adopted, by consensus, a
resolution"), is the news of that day, not an event (world-fiftyfirst 13: "Today (September 13) the Census and
Statistics Department (C&SD) published, in the Annex, its schedule ..." was an event on the day of issue). Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _starts(title: str, source: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source=source, body=body), source="x", reference=dt.date(2030, 9, 1),
                     default_zone=zone).events
    return sorted(e.start.isoformat() for e in events)


def test_a_bracketed_day_then_a_verb_with_an_aside() -> None:
    body = ("Today (September 13) the Transport Department published, in an annex, its list of road works for "
            "2031. The list has 40 items.\n\nEnds/Friday, September 13, 2030")
    assert _starts("Road works list for 2031", "Transport Department of Example", body, "Asia/Hong_Kong") == []


def test_a_weekday_then_a_verb_with_an_aside() -> None:
    body = ("Published 18 September 2030\n\nOn Monday 16 September the regional council adopted, after a long "
            "debate, a plan for the coast.")
    assert _starts("Coast plan adopted", "Regional Council of Example", body, "Europe/Rome") == []


def test_a_day_of_a_meeting_to_come_stays() -> None:
    body = "On Monday 16 September 2030 the regional council will debate, in public, a plan for the coast."
    assert _starts("Coast plan debate", "Regional Council of Example", body, "Europe/Rome") == ["2030-09-16"]
