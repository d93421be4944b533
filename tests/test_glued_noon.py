"""A clock of twelve with its minutes and the word "noon" glued to them ("12.00noon-8.00pm", "12:00noon - 2:00pm",
"9.00am-12.00noon") is one time, noon, as "12.00 noon" is: a range that starts there keeps its end, and one that ends
there leaves no "Noon" in the title (world-fortyninth 1: a premier's week typed in a column of times, whose
"12.00noon-8.00pm    Legislature" became an hour from noon titled "Noon-8.00pm House sits"). Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """The minister's week

Source: Office of the Minister of Fisheries

Tuesday, 17 June 2031

{row}
"""


def _rows(row: str) -> list[tuple[str, str, str]]:
    events = extract(ITEM.format(row=row), source="office", reference=dt.date(2031, 5, 1),
                     default_zone="America/Halifax").events
    return [(e.start.strftime("%H:%M"), e.end.strftime("%H:%M"), e.summary) for e in events]


def test_glued_noon_opens_a_range() -> None:
    [(start, end, summary)] = _rows("12.00noon-8.00pm    House sits (Legislature)")
    assert (start, end) == ("12:00", "20:00")
    assert "Noon" not in summary


def test_glued_noon_with_a_colon_and_spaced_dash() -> None:
    [(start, end, summary)] = _rows("12:00noon - 2:00pm    Lunch with the Board of Trade")
    assert (start, end) == ("12:00", "14:00")
    assert "Noon" not in summary


def test_glued_noon_ends_a_range() -> None:
    [(start, end, summary)] = _rows("9.00am-12.00noon    Cabinet")
    assert (start, end) == ("09:00", "12:00")
    assert "Noon" not in summary
