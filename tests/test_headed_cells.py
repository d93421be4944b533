"""A release table pasted one cell a line under its column heads, one of them the date's ("Publication / Period /
Release date"), with the office's one hour said above it ("Unless stated otherwise, releases come out at 9:30
a.m."): each row is a release on its own date at that hour (issue #10, "any layout"). Read as it stands, each date
line dated the next row's name, every row a day off, and the hour went to none. Seen in world-thirtyninth (a
statistics office's week of releases); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.headedcells import headed_cells

_TABLE = ["Publication", "Period", "Release date", "Retail trade", "May 2031", "June 3, 2031", "Harvest estimate",
          "1st quarter of 2031", "June 4, 2031"]


def test_the_rows_are_dated_lines() -> None:
    assert headed_cells(_TABLE) == ["June 3, 2031: Retail trade", "June 4, 2031: Harvest estimate"]


def test_a_list_of_dates_with_no_heads_stays() -> None:
    lines = ["Retail trade", "June 3, 2031", "Harvest estimate", "June 4, 2031", "Tourism", "June 5, 2031"]
    assert headed_cells(lines) == lines


def test_heads_that_may_not_be_all_leave_the_lines() -> None:
    lines = ["Statistics", *_TABLE]  # a fourth head-like line: which lines are the heads, and so the rows, is unsure
    assert headed_cells(lines) == lines


def _starts(text: str) -> list[str]:
    events = extract(text, source="test", reference=dt.date(2031, 6, 1)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M} {e.summary}" if isinstance(e.start, dt.datetime)
                  else f"{e.start} {e.summary}" for e in events)


def test_each_release_on_its_day_at_the_hour_said_above() -> None:
    text = ("Release calendar, week 23 of 2031\n\nSource: National Statistics Office (Wellington)\n\n"
            "Release dates up to June 6, 2031. Unless stated otherwise, the office issues its releases at 9:30 a.m."
            "\n\n" + "\n".join(_TABLE) + "\n")
    starts = _starts(text)
    assert any(s.startswith("2031-06-03 09:30") and "Retail trade" in s for s in starts)
    assert any(s.startswith("2031-06-04 09:30") and "Harvest estimate" in s for s in starts)
    assert not any(s.startswith("2031-06-03") and "Harvest" in s for s in starts)


def test_a_table_with_a_clock_column_stays() -> None:
    lines = ["Date", "Time", "Event", "March 3", "10:00 AEDT", "Results briefing", "March 4", "11:00 AEDT",
             "Annual meeting"]
    assert headed_cells(lines) == lines  # its clocks are read where they stand, with their rows
