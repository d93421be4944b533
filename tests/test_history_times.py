"""Clock times told after a sentence that opens with a day of history ("On 12 March 2027, the river broke its banks
... At 23:40, crews closed the old bridge."), with no day of their own, are that night's: not events on the item's
day (pages-dev15: a 2019 article retelling a night of 2014 minute by minute gave a dozen events on its publication
day). A time said of what is to come, a time on the day in context itself, and a history told in passing ("elected
on 12 March 2027") keep their events. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: Riverside Civic Trust

Published: 3 June 2031

{body}
"""

# (title, body, expected local starts of the timed events, why)
CASES = [
    ("What the flood inquiry found",
     "On 12 March 2027, the river broke its banks at Millford. The report says the first sirens sounded at 23:10."
     "\n\nAt 23:40, crews closed the old bridge.\n\nAt 00:15, the water reached the market square.",
     [], "times after a sentence opening with a day of history are that night's"),
    ("Ce que dit le rapport sur la crue",
     "Le 12 mars 2027, la rivière est sortie de son lit à Millford.\n\nÀ 23h40, les pompiers ferment le vieux pont."
     "\n\nÀ 00h15, l’eau atteint la place du marché.",
     [], "the same told in French, in the present of narration"),
    ("What the flood inquiry found",
     "On 12 March 2027, the river broke its banks at Millford.\n\nThe trust will present the report at 18:00 in the "
     "town hall.", ["2031-06-03 18:00"], "a time said of what is to come is not that history's"),
    ("Public hearing on the river plan",
     "The hearing is on Tuesday, 10 June 2031, at 10:00.\n\nIts members, elected on 12 March 2027, sit for five "
     "years.\n\n"
     "Written comments are read out at 16:00.",
     ["2031-06-10 10:00", "2031-06-10 16:00"], "history told in passing leaves the times after it alone"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), CASES)
def test_times_after_a_day_of_history(title: str, body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(title=title, body=body), source="history", reference=dt.date(2031, 6, 3),
                     default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why


def test_a_time_on_the_day_of_the_title_stays() -> None:
    text = ("Press arrangements for the Harbour Board meeting, 11 December 2029\n\nSource: Harbour Board\n\n"
            "On Thursday, 11 December 2029, the Harbour Board convenes at 10:30 in Boardroom C.\n\n"
            "Last update: 20 June 2031\n")
    events = extract(text, source="history", reference=dt.date(2031, 6, 20), default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == ["2029-12-11 10:30"], \
        "a page updated long after keeps the time of the day its title names"
