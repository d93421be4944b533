"""A heading over a run of timed rows ("Fourth Committee" over "10:00–13:00 7th meeting" and "15:00–18:00 8th
meeting") names every row of the run, and of two headings stacked over it the nearer one does ("General Assembly,
eightieth session" / "Fourth Committee"); a caption line of one entry ("- Lock-Up") still names that entry only."""

from __future__ import annotations

import datetime as dt

from parsers import extract

JOURNAL = """Programme of meetings

Source: A secretariat's daily journal

Thursday, 9 October 2031

Official meetings
General Assembly, eighty-sixth session
Fourth Committee
10:00–13:00  7th meeting  Conference Room 2
15:00–18:00  8th meeting  Conference Room 2
Economic and Social Council
11:00  15th meeting  Chamber
"""


def test_a_heading_names_each_row_of_its_run() -> None:
    events = extract(JOURNAL, source="t", reference=dt.date(2031, 10, 1)).events
    named = [(f"{e.start:%H:%M}", e.sentence.split(":")[0]) for e in events]
    assert sorted(named) == [("10:00", "Fourth Committee"), ("11:00", "Economic and Social Council"),
                             ("15:00", "Fourth Committee")]


def test_a_caption_of_one_entry_names_that_entry_only() -> None:
    text = ("Advisory\n\nSource: A statistics office\n\nFriday, 10 October 2031\n\n- Lock-Up\nAt 07:00 (ET), reporters "
            "may read the figures.\nAt 08:30 (ET), the figures are released.\n")
    events = sorted(extract(text, source="t", reference=dt.date(2031, 10, 1)).events, key=lambda e: e.start)
    assert [e.sentence.startswith("Lock-Up") for e in events][-1:] == [False]
