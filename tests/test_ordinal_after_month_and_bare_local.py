"""Three forms met probing media advisories: "October the 12th" (the month, "the", an ordinal day) is a date; "at
10 a.m. local (0800 GMT)" is a local time restated in GMT, whose bracket settles the moment, as "10 a.m. local time
(0800 GMT)" is; "starting at 9.30am" takes its "starting" out of the title with the time. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions


def test_month_the_ordinal() -> None:
    days = [m for m in find_mentions("The Board meets on October the 12th at 2 pm.") if m.kind == "day"]
    assert [(m.text, m.first.day, m.first.month) for m in days if m.first] == [("October the 12th", 12, 10)]
    assert not [m for m in find_mentions("In October the weather turns.") if m.kind == "day"]


def test_bare_local_before_its_gmt() -> None:
    item = ("Council meeting\n\nSource: Regional Council\n\n"
            "The Council convenes on 12 October 2022 at 10 a.m. local (0800 GMT).\n")
    events = extract(item, source="local", reference=dt.date(2026, 12, 3)).events
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events
            if isinstance(e.start, dt.datetime)] == ["2022-10-12 08:00"]
    assert events[0].summary == "Event: Council convenes"


def test_starting_leaves_the_title() -> None:
    item = ("Hearing\n\nSource: Inquiry Secretariat\n\n"
            "The hearing continues on 12 October 2022, starting at 9.30am (AEDT), in Sydney.\n")
    events = extract(item, source="starting", reference=dt.date(2026, 12, 3)).events
    assert "starting" not in events[0].summary.lower()
