"""A rule of recurrence with its time ("meets on the second Thursday of each month at 6:30 p.m.") gives that time to
the one dated "next meeting" after it that names what the rule names; it gives nothing else a time.

Sentences of our own, in the forms boards and community programmes use on their pages. Each row says why.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles


@pytest.mark.parametrize(("body", "starts", "why"), [
    ("The board meets on the second Thursday of each month at 6:30 p.m. The next meeting is on Thursday, "
     "August 14, 2031.", ["2031-08-14 18:30"], "the next meeting, in the sentence after the rule, at its time"),
    ("Evening Talks (ET) are held bi-weekly on Tuesdays starting at 6 p.m. Two staff members host them.\n\n"
     "The next ET will be held on Tuesday, August 12, 2031.", ["2031-08-12 18:00"],
     "the short name in brackets names the series in a paragraph below"),
    ("The board meets on the second Thursday of each month at 6:30 p.m.\n\nThe library hosts a book fair on "
     "Thursday, August 14, 2031.", ["2031-08-14"], "a book fair is not what the rule names: no time of its own"),
    ("The committee gives its decisions at 6 p.m. on the Wednesdays concerned, at the end of each meeting.\n\n"
     "The new rule applies from the two-day meeting next week, which ends on Wednesday, August 13, 2031.",
     ["2031-08-12"], "only 'the next meeting' takes the standing time: a two-day meeting 'next week' has no hour"),
    ("Doors open at 9 a.m. A reception follows at noon on August 14, 2031.", ["2031-08-14 12:00"],
     "after 'a.m.' a sentence-opening word opens a new sentence"),
])
def test_a_standing_time_goes_to_the_next_meeting_it_names(body: str, starts: list[str], why: str) -> None:
    article = Article(source="t", title="Board", body=body, published=dt.date(2031, 8, 1))
    events = extract_articles([article], reference=dt.date(2031, 8, 1), default_zone="America/New_York").events
    assert sorted(str(e.start)[:16] for e in events) == starts, why
