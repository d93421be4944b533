"""A list whose bullets a page set each on a line of its own ("-" / "10:15 AM: Opens the bridge"), as pasted from a
web page whose list markers are text of their own (blocks.py): each marker opens the line after it, so each row is
an item of its own and keeps its time. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import split_blocks

ITEM = """Governor's tour of the coast

Source: Office of the Governor

The Governor spends Tuesday 3 March 2026 on the northern coast of Kerala. Her programme:
{rows}
"""

ROWS = """-
8:30 AM: Leaves Raj Bhavan by road.
-
10:15 AM: Opens the new fishing harbour at Ponnani.
-
1:00 PM to 2:30 PM: Lunch with the harbour workers' union.
-
4:00 PM: Lays the stone of a coastal school at Tanur.
-
7:00 PM: Returns to Raj Bhavan."""


def test_each_marker_opens_the_row_after_it() -> None:
    texts = [b.text for b in split_blocks(ROWS)]
    assert texts == ["8:30 AM: Leaves Raj Bhavan by road.", "10:15 AM: Opens the new fishing harbour at Ponnani.",
                     "1:00 PM to 2:30 PM: Lunch with the harbour workers' union.",
                     "4:00 PM: Lays the stone of a coastal school at Tanur.", "7:00 PM: Returns to Raj Bhavan."]


def test_each_row_keeps_its_time() -> None:
    events = extract(ITEM.format(rows=ROWS), source="bullets", reference=dt.date(2026, 3, 1)).events
    starts = {f"{e.start:%H:%M}" for e in events if not e.all_day}
    assert {"10:15", "13:00", "16:00"} <= starts


def test_one_lone_dash_is_no_list() -> None:
    lines = "Fees\n-\nnone this year"
    assert [b.text for b in split_blocks(lines)] != ["Fees", "- none this year"]
