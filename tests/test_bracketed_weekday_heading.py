"""A date with its weekday in brackets, alone on its line ("3rd Oct (Fri)", "4 October (Saturday)"), heads the
lines under it like any day heading: the closing bracket ends no sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import ITEM, split_blocks

PROGRAMME = """Harvest week programme 2025

Source: test

The committee has set the week's programme for 2025:

{heading}

Opening Ceremony of the harvest fair

6th Oct (Mon) – Livestock auction
"""


@pytest.mark.parametrize("heading", ["3rd Oct (Fri)", "3 October (Friday)", "3rdOct (Fri.)"])
def test_the_line_under_it_is_that_days(heading: str) -> None:
    events = extract(PROGRAMME.format(heading=heading), source="test", reference=dt.date(2025, 9, 20)).events
    days = sorted((e.start, e.summary) for e in events)
    assert days[0][0] == dt.date(2025, 10, 3)
    assert "Opening Ceremony" in days[0][1]


@pytest.mark.parametrize(("line", "kind"), [
    ("3rd Oct (Fri)", ITEM),
    ("The fair opens on Friday (weather permitting).", "paragraph"),
])
def test_only_a_weekday_in_brackets_is_no_end(line: str, kind: str) -> None:
    assert split_blocks(line)[0].kind == kind
