"""A news site's stamp with the clock first, a bar, then the full date ("13:20 | 14/07/2016") atop a story: when it
was filed, no event, whatever minute it shows. Shown by world-eightyninth item 7 (a report of a Prime Minister's
arrival, whose stamp became an event of 14 July). A programme's row gives its day before its time. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("body", "expected"), [
    ("13:20 | 14/07/2016\nThe minister will visit the new container terminal on 20 July at 10:00.",
     ["2016-07-20 10:00"]),
    ("09:45 | 03/02/2019\n\nThe minister will tour the terminal and meet the dock workers.", []),
])
def test_the_stamp_is_no_event(body: str, expected: list[str]) -> None:
    item = f"Minister at the port\n\nSource: Ministry of Ports\n\n{body}\n"
    events = extract(item, source="stamps", reference=_REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] == expected


def test_a_row_of_a_day_and_its_time_stays() -> None:
    item = "Programme\n\nSource: Ministry of Ports\n\n14/07/2016 | 13:20 | Opening of the container terminal\n"
    events = extract(item, source="stamps", reference=_REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        == ["2016-07-14 13:20"]
