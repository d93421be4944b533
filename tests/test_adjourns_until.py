""""adjourns until DATE at TIME", "do now adjourn until ...": a house's motion or notice of adjournment names its
next sitting, as "adjourned until" and "postponed until" name the new day of a moved event; it was read as a
deadline ("until 31 December") and dropped. Seen in world-seventyfourth (a county assembly's motion "this Assembly
... do now adjourn until Tuesday 31st October 2023 at 2.30 p.m." gave no event). "Applications are open until ..." is
still a deadline. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice of adjournment

Source: Test Regional Council

{sentence}
"""


def _starts(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="t", reference=dt.date(2024, 2, 20)).events
    return [e.start.strftime("%Y-%m-%d %H:%M") for e in events]


@pytest.mark.parametrize("sentence", [
    "THAT the Council do now adjourn until Monday 4th March 2024 at 10.00 a.m.",
    "The Council adjourns until Monday 4th March 2024 at 10.00 a.m.",
    "Pursuant to Standing Order 12, the Council shall adjourn until Monday 4th March 2024 at 10.00 a.m.",
])
def test_adjourns_until_names_the_next_sitting(sentence: str) -> None:
    assert _starts(sentence) == ["2024-03-04 10:00"]


def test_an_open_window_is_still_a_deadline() -> None:
    assert _starts("Written submissions are accepted until Monday 4th March 2024 at 10.00 a.m.") == []
