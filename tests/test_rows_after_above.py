"""A programme's row whose time cell says only that it comes after the row above ("Following above – Meeting with
the business community") is an entry of that day, with no time of its own, named by what follows its dash; it is
not the timed row above said again. It was dropped; so was the cell alone on its line ("Following above" over
"The Prime Minister will meet ..."). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Visit of the Minister to Gaborone, Thursday 12 March 2031

Source: Ministry of International Affairs

The programme of the visit is set out below.

{rows}
"""

# (rows, (start, words of its summary) of each entry, why)
CASES = [
    ("0830 hrs – Courtesy call on the Vice President\nFollowing above – Meeting with the chamber of mines\n"
     "1300 hrs – Press briefing at the High Commission",
     [("2031-03-12", "chamber of mines"), ("2031-03-12 08:30", "courtesy call"), ("2031-03-12 13:00", "briefing")],
     "a row between two timed rows"),
    ("10:00 – Talks with the Foreign Minister\nThereafter: Working lunch at the ministry",
     [("2031-03-12", "working lunch"), ("2031-03-12 10:00", "talks")], "'Thereafter' and a colon"),
    # (found by probes of the layouts: the cell alone on its line, rows set apart by blank lines)
    ("10:00 The Minister will call on the Vice President.\n\nFollowing above\nThe Minister will meet the chamber of "
     "mines.\n\n13:00 The Minister will brief the press.",
     [("2031-03-12", "chamber of mines"), ("2031-03-12 10:00", "vice president"), ("2031-03-12 13:00", "brief")],
     "the cell alone on its line, its row's words on the next"),
    # (found by review: a venue line under the timed row)
    ("10:00 The Minister will call on the Vice President.\nState House\n\nFollowing above\nThe Minister will meet "
     "the chamber of mines.",
     [("2031-03-12", "chamber of mines"), ("2031-03-12 10:00", "vice president")],
     "the cell alone on its line, under a venue line"),
]


def _start(start: dt.datetime | dt.date) -> str:
    return f"{start:%Y-%m-%d %H:%M}" if isinstance(start, dt.datetime) else start.isoformat()


@pytest.mark.parametrize(("rows", "expected", "why"), CASES)
def test_a_row_after_the_row_above(rows: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(rows=rows), source="rows", reference=dt.date(2031, 3, 10)).events
    entries = sorted((_start(e.start), e.summary.lower()) for e in events if not e.summary.startswith("Visit: Visit"))
    assert [start for start, _ in entries] == [start for start, _ in expected], why
    for (_, summary), (_, words) in zip(entries, expected, strict=True):
        assert words in summary, why
