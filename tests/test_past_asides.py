"""A clause set off by commas that tells something else in the past ("The council, which met in Tamale last month,
will meet again on 14 January", "As announced last week, the fair runs from 3 to 6 February") does not make the
sentence history: its day is to come, of next year when it falls well before the item's date. A day inside such an
aside, or a sentence whose last tense before the day is past, is still history. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import listed

ITEM = """Regional council notice

Source: A regional council

Published: 20 November 2030

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The council, which met in Tamale last month, will meet again on 14 January in Bolgatanga.", ["2031-01-14"],
     "a relative clause in the past before 'will meet'"),
    ("The envoy, who was appointed in June, will visit Windhoek on 12 February.", ["2031-02-12"],
     "'who was appointed' is the envoy's history"),
    ("As announced last week, the book fair in Hobart runs from 3 to 6 February.", ["2031-02-03..2031-02-06"],
     "a leading 'As announced' aside"),
    ("Having met in Suva, the ministers will meet again on 9 March in Apia.", ["2031-03-09"],
     "a leading 'Having met' aside"),
    ("The council met in Tamale and will meet again on 14 January in Bolgatanga.", ["2031-01-14"],
     "a past verb, then the future: the last tense before the day counts"),
    ("The council, which met on 14 October in Tamale, will meet again in the spring.", [],
     "the day inside the aside is the aside's, in the past"),
    ("The council met in Tamale on 14 October.", [], "a sentence told in the past"),
    ("It was agreed that the council would meet again on 14 January.", ["2031-01-14"],
     "what was agreed is to come: a later clause"),
    ("The forum, which was scheduled to be held on 3 November, has been moved to 10 December.", ["2030-12-10"],
     "'was scheduled to be held': a plan told in the past, one clause"),
    ("The ceremony was to be held on 12 November but was called off.", [], "'was to be held': the same"),
])
def test_a_past_aside_is_not_the_days_tense(sentence: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == expected, why


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The council, which met in Tamale last month, will meet again on 14 January in Bolgatanga.",
     "Meeting: Council meets again in Bolgatanga", "a relative aside"),
    ("The trade fair, postponed from May, opens in Kumasi on 14 January.", "Event: Trade fair opens in Kumasi",
     "a participle's aside"),
    ("Ms Adjei, who will open the fair on 14 January, is the new minister.",
     "Event: Ms Adjei, who opens the fair, is the new minister", "an aside that holds the date stays"),
])
def test_a_past_aside_leaves_the_title(sentence: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="council", reference=dt.date(2030, 11, 20)).events
    assert [e.summary for e in events] == [expected], why
