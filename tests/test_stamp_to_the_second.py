"""A line of a full date and a clock to the second atop an item, "30/01/2013 00:00:00" or "Date: 2019-03-04
09:12:45", is when the page was stored: it dates the item (the year of its year-less days) and is no event. (The
issue's numeric dates; found by probes of the held-out kind "extra".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _events(stamp: str) -> list[str]:
    text = (f"Council to meet on tariffs\n\nSource: Example Trade Secretariat\n\n{stamp}\n\n"
            "The Council meets on Tuesday 5 February at 10:00 in Geneva.\n")
    return [str(e.start) for e in extract(text, source="t", reference=REFERENCE).events]


@pytest.mark.parametrize("stamp", ["30/01/2013 00:00:00", "Date: 30/01/2013 00:00:00", "Posted: 30/01/2013 14:07:31",
                                   "2013-01-30 09:12:45"])
def test_a_stamp_to_the_second_dates_the_item_and_is_no_event(stamp: str) -> None:
    assert _events(stamp) == ["2013-02-05 10:00:00+01:00"]
