"""A weekday in the possessive after "for" or "in" ("ready for Thursday's by-elections", "voting in Friday's poll")
names the day of what follows it, and the hour said after it is that day's (world-fortyfourth 4: the 6 am opening
went on the stamp's Wednesday). Not "at Wednesday's summit" (a topic beside the day's programme), "follows Thursday's
session" nor "put off Tuesday's appearance" (what came before or was called off): those keep the stamp's day.
"The court is expected to rule on Thursday, three months after it reserved its verdict" tells what is to come, so its
weekday is not counted back. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Election board ready

Source: Election Board

Published: 3 December 2031

{body}
"""

# (body, expected start, why): 3 December 2031 is a Wednesday
CASES = [
    ("The board says all is ready for Thursday's by-elections in nine wards.\n\n"
     "Staff will stay at the stations overnight, so that voting opens at 6 am.", "2031-12-04 06:00",
     "the possessive after 'for', the hour in the next paragraph"),
    ("Voting in Friday's poll opens at 7 am.", "2031-12-05 07:00", "the possessive after 'in'"),
    ("Delegates who follow Friday's session closely meet at 7 am.", "2031-12-03 07:00", "no 'for' or 'in' before it"),
    ("Preparations for Saturday's parade begin today at 9 am.", "2031-12-03 09:00", "another day named: today"),
    ("The court is expected to give its ruling on Thursday, three months after it reserved its verdict.\n\n"
     "Two judges will read it out at 10:30am.", "2031-12-04 10:30", "'is expected to' tells what is to come"),
    ("The court is likely to rule on Friday, a year after the hearing closed.\n\nThe bench sits at 10 am.",
     "2031-12-05 10:00", "'is likely to' too"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_weekday_in_the_possessive(body: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="board", reference=dt.date(2031, 12, 3),
                     default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day] == [expected], why


def test_summary_keeps_what_the_day_owned() -> None:
    """The weekday taken out of the summary leaves "the" before what it owned, not a stray "'s"."""
    events = extract(ITEM.format(body="Voting in Thursday's by-elections opens at 6 am."), source="board",
                     reference=dt.date(2031, 12, 3), default_zone="UTC").events
    assert [e.summary for e in events] == ["Event: Voting in the by-elections opens"]
