"""A day without a year a little before the item's stamp, in a sentence told wholly in the past ("Some of them danced
in a qualifying round at Universal Studios on Sept. 11." under a stamp of 26 September), is a day gone by; a past verb
followed by where ("danced in a", "performed at the") tells the past as one followed by its object does; and a
bracketed sentence opening with "Some" after a day's number ("... on Oct. 2. (Some of them ...") is a sentence of
its own (world-thirtyfifth 5: a qualifying round before the stamp gave an event). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import sentences

ITEM = """October festivals

Source: Tourism Committee

Published: 26 September 2031

{body}
"""

# (body, expected first days, why)
CASES = [
    ("The festival runs from Oct. 1-3 in Gyeongju, with the final on Oct. 2. (Some of them danced in a qualifying "
     "round at Universal Studios in Los Angeles on Sept. 11.)", ["2031-10-01", "2031-10-02"], "the round is past"),
    ("The choir performed at the embassy on Sept. 20. It sings at the festival on Oct. 4.", ["2031-10-04"],
     "performed at the embassy: past"),
    ("The final takes place on Sept. 30 at the gymnasium.", ["2031-09-30"], "to come, after the stamp"),
    ("The ministry announced on Sept. 11 that the fair opens on Oct. 3 in Busan.", ["2031-10-03"],
     "said before, the fair to come"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_recent_past_under_a_stamp(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="past", reference=dt.date(2031, 9, 26), default_zone="UTC").events
    assert sorted({e.start.strftime("%Y-%m-%d") for e in events}) == expected, why


def test_bracketed_sentence_after_a_day() -> None:
    text = "The final is on Oct. 2. (Some of them danced in a round on Sept. 11.) The fair follows."
    assert list(sentences(text)) == ["The final is on Oct. 2.", "(Some of them danced in a round on Sept. 11.)",
                                     "The fair follows."]
