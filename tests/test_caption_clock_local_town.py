"""A programme's caption that gives its clock in brackets after the words "local time" and the town ("Programme (local
time, Tokyo UTC+9):") sets the clock of the rows under it, as "Programme (CEST):" does. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """State visit of the President to Japan

Source: Office of the President of Finland

The President pays a state visit to Japan on 8–11 April 2031.

{caption}
Wed 9.4. 18.00 Arrival at the airport
Thu 10.4. 10.00 Official welcome ceremony
"""


def _instants(caption: str) -> list[str]:
    events = extract(ITEM.format(caption=caption), source="presidency", reference=dt.date(2031, 4, 1)).events
    return sorted(e.start.astimezone(dt.UTC).strftime("%d %H:%M") for e in events if e.start and not e.all_day)


def test_the_caption_s_clock_after_local_time_and_the_town() -> None:
    assert _instants("Programme (local time, Tokyo UTC+9):") == ["09 09:00", "10 01:00"]


def test_a_caption_with_its_label_alone_as_before() -> None:
    assert _instants("Programme (UTC+9):") == ["09 09:00", "10 01:00"]
