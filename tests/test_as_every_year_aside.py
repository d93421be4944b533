""""As every year," opening a sentence tells the event's habit, not a rule with no day: the dates the sentence names
are this year's event ("As every year, a programme of dialogues runs between April 10 – 13, 2031"), as a dated
sentence with ", held every year," is (world-hundredseventh 12: a bank's page on its spring meetings, whose two
spans were lost with the sentence before them, which the splitter joined after "D.C."). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Spring meetings: taking part

Source: Regional Development Bank

{text}
"""


def _days(text: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(text=text), source="bank", reference=dt.date(2031, 3, 1),
                     default_zone="America/New_York").events
    return [(e.start.strftime("%m-%d"), e.end.strftime("%m-%d")) for e in events]


def test_as_every_year_opening_a_dated_sentence() -> None:
    assert _days("As every year, a programme of dialogues with civil society runs between April 10 – 13, 2031.") \
        == [("04-10", "04-14")]


def test_as_every_year_after_an_abbreviation_joined_to_the_sentence_before() -> None:
    days = _days("Over the weekend of April 12-13 the Fund and the Bank hold their meetings in Washington, D.C. "
                 "As every year, a programme of dialogues with civil society runs between April 10 – 13, 2031.")
    assert ("04-12", "04-14") in days
    assert ("04-10", "04-14") in days


def test_a_rule_of_every_year_with_no_day_stays_no_event() -> None:
    assert _days("Every year the Bank holds a programme of dialogues with civil society in spring.") == []
