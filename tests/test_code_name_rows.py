"""A calendar's row that names a meeting by its code beside the town ("9-20 May 2022: COP15, Abidjan") is that
meeting, not a date line naming the town of the lines below (world-eighteenth 13). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Dates confirmed for the conference

Source: A treaty secretariat

3 February 2022

The parties meet again this spring.

Calendar
{rows}
"""


@pytest.mark.parametrize(("rows", "expected", "why"), [
    ("9-20 May 2022: COP15, Abidjan, Côte d'Ivoire\n20 May 2022: SC75, Abidjan",
     ["2022-05-09..2022-05-20", "2022-05-20"], "a code of letters and figures says what happens in the town"),
    ("9-20 May 2022: Conference of the Parties, Abidjan",
     ["2022-05-09..2022-05-20"], "a named meeting, as before"),
])
def test_a_row_naming_a_meeting_by_its_code_is_an_event(rows: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(rows=rows)) == expected, why


TOWN_LINE = """Minister's programme

Source: A foreign ministry

Programme

Friday 12 June 2026 – Kigali
10:00 The minister meets the speaker of parliament.
"""


def test_a_date_and_a_town_alone_still_head_the_lines_below() -> None:
    assert listed(TOWN_LINE) == ["2026-06-12 10:00"]
