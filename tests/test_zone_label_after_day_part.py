"""A North American clock's label after the part of the day that follows the time, as news copy writes it: "at 8:15
this morning, central time", "at 7:30 tonight, Pacific time" (world-hundredthirtyeighth 12: a governor's news with
"a news conference at 8:15 this morning, central time" under a January stamp: Central Standard Time, not the
Eastern clock of the White House). The label is the time's; the words of the day are read as before. Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Council news of the day

Source: A county council

Monday, January 14, 2030

{sentence}
"""


def _starts(sentence: str) -> list[str]:
    events = extract(ITEM.format(sentence=sentence), source="x", reference=dt.date(2030, 1, 1),
                     default_zone="America/Denver").events
    return sorted(e.start.isoformat() for e in events)


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The county executive holds a press briefing at 9:30 this morning, eastern time, in the council chamber.",
     ["2030-01-14T09:30:00-05:00"], "Eastern Standard Time in January"),
    ("The council meets for a budget hearing at 7:30 this evening, Pacific time, in the annex.",
     ["2030-01-14T19:30:00-08:00"], "the evening's hour on Pacific time"),
    ("The commissioner gives a statement at 2:15 this afternoon, central time.",
     ["2030-01-14T14:15:00-06:00"], "the afternoon's hour on Central time"),
])
def test_label_after_the_part_of_the_day(sentence: str, expected: list[str], why: str) -> None:
    assert _starts(sentence) == expected, why


def test_no_label_keeps_the_default_clock() -> None:
    assert _starts("The council meets for a budget hearing at 7:30 this evening in the annex.") == [
        "2030-01-14T19:30:00-07:00"]
