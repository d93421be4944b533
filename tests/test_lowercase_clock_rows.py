"""A line that gives a caption, a colon and its clock or clock range ("projev ministra: 10:30 – 11.20") is a row of a
list even when it opens in lower case, as such rows do in Czech, Polish or Spanish; the block it sits in is not
prose broken into lines (world-thirtyeighth 6: the two speeches of an ambassadors' conference ran into one
paragraph, and only the first time was read). Prose wrapped over lower-case lines stays one paragraph. Items in
our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import split_blocks

ITEM = """Conference of heads of mission opens

Source: Ministry

Published: 10 March 2031

The conference opens on 17.03.2031 at the ministry.

For the press:
The opening addresses are open to reporters.
address of the president: 9:00 – 9:30
address of the minister: 10:15 – 11.00
All times are approximate.
"""


def test_lowercase_clock_rows_are_rows() -> None:
    events = extract(ITEM, source="en", reference=dt.date(2031, 3, 1), default_zone="UTC").events
    got = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)
    assert got == ["2031-03-17 09:00", "2031-03-17 10:15"]


@pytest.mark.parametrize("text", [
    "The envoy said that talks\nwould go on through the week\nand that both sides\nwere ready to meet again soon.",
])
def test_wrapped_prose_stays_one_paragraph(text: str) -> None:
    assert len(split_blocks(text)) == 1
