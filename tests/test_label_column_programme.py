"""A programme pasted from a two-column table, its labels' column first ("Opening Ceremonies:" one a line), then,
after a blank line or straight after them, its when-cells in the same order ("24 September – 1100-1200"): the n-th
label happens at the n-th cell (world-fiftieth 9: an aviation assembly's opening and two press conferences were
missed, its symposium's days published untitled). A card's fields pasted the same way name no event and are left
alone. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.labelcolumns import label_columns

BANK = """Annual Meeting of the Board of Governors: media programme

Source: Asian Regional Development Fund

MANILA, 28 April 2031 – Governors of the Fund's 52 member countries meet in Manila this week.

Seminar on Regional Integration:
Governors' Dialogue with Business:
Closing Press Briefing:

5 May – 0900-1030
5 May – 1100-1230
6 May – 1600-1630

Journalists register at the media desk.
"""

CONGRESS = """Congress of the World Rowing Union: timetable for the media

Source: World Rowing Union

LAUSANNE, 2 October 2031 – Delegates of 150 national federations gather at the Congress.

Opening of the Congress:
Election of the President:
Press Conference of the new President:
Thursday 9 October, 10:00
Thursday 9 October, 14:30
Friday 10 October, 09:30
"""


def _timed(text: str, zone: str) -> list[tuple[str, str]]:
    events = extract(text, source="test", reference=dt.date(2031, 4, 1), default_zone=zone).events
    return sorted((e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.summary) for e in events
                  if not e.all_day)


def test_labels_then_four_figure_cells_after_a_blank_line() -> None:
    timed = _timed(BANK, "Asia/Manila")
    assert [start for start, _ in timed] == ["2031-05-05 01:00", "2031-05-05 03:00", "2031-05-06 08:00"]
    assert "Seminar on Regional Integration" in timed[0][1]
    assert "Closing Press Briefing" in timed[2][1]


def test_labels_then_cells_in_one_block() -> None:
    timed = _timed(CONGRESS, "Europe/Zurich")
    assert [start for start, _ in timed] == ["2031-10-09 08:00", "2031-10-09 12:30", "2031-10-10 07:30"]
    assert "Election of the President" in timed[1][1]


def test_the_rows_rewritten() -> None:
    chunks = ["Seminar:\nDialogue:", "5 May – 0900-1030\n6 May – 1600-1630\nMore to follow."]
    assert label_columns(chunks) == ["5 May 09:00-10:30: Seminar\n6 May 16:00-16:30: Dialogue\nMore to follow."]


def test_fields_of_a_card_and_unequal_columns_stay() -> None:
    card = ["Date:\nTime:", "12 May 2031\n10:00"]
    assert label_columns(card) == card
    uneven = ["Seminar:\nDialogue:\nBriefing:", "5 May – 0900-1030\n6 May – 1600-1630"]
    assert label_columns(uneven) == uneven


def test_years_under_labels_are_no_clocks() -> None:
    """"Founded:" / "Last review:" over "2019" / "2021": four figures alone are years, not 20:19 (review)."""
    assert label_columns(["Founded:\nLast review:", "2019\n2021"]) == ["Founded:\nLast review:", "2019\n2021"]
