"""A clock time with no day in a clause told in the past ("they heard a shot around 23:00hrs", "The crew reported
that around 9 a.m. they saw his boat drifting") is the hour something happened, which a report tells: not an event on
the page's day (pages-dev24 kaieteurnewsonline.com: a hunter's death became an event at 23:00 on the story's day).
The saying that reports a clause is not its tense ("The office said the hearing opens at 10 a.m."), and a time
announced with a present perfect or "for" ("has called a news conference for 2 p.m.") is to come. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

STORY = """Fisherman missing off the north coast

Source: Coastal Herald

May 6, 2032
Police are searching for a fisherman who did not come back from his trip.
His brother said that around 05:00hrs he pushed the boat off the jetty to check his nets.
The crew of another boat reported that around 9 a.m. they saw the boat drifting with no one on board.
The coast guard said the search resumes at 6 a.m. with two vessels.
The harbour master has called a meeting of the fishermen's association for 4 p.m.
"""


def test_only_the_times_to_come_are_events() -> None:
    events = extract(STORY, source="herald", reference=dt.date(2032, 5, 1), default_zone="America/Guyana").events
    starts = sorted(e.start.strftime("%H:%M") for e in events if isinstance(e.start, dt.datetime))
    assert starts == ["06:00", "16:00"]
