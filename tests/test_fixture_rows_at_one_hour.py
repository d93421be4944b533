"""Rows of a fixture list at one hour, each naming its own pair of sides: "No. 17 Legacy (7-4) at No. 1 Cherry Creek
(10-0), 7 p.m.: ...", "No. 15 Rampart (7-4) at No. 2 Erie (9-1), 7 p.m.: ...".

A newspaper's preview of a round of high-school playoff games showed it: a dozen games kicked off at 7 p.m., and
all those of one hour were merged into one event, as if each row restated the first. Two rows naming two pairings
are two games; a game told twice, once as a pairing and once in a sentence, is still one. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

_ROUND = """\
Saturday, October 18, 2031

Rovers (6-2) at United (7-1), 3 p.m.: United have not lost at home since March.
Kingsbridge (5-3) at Athletic (4-4), 3 p.m.: Athletic need a point to stay in the top eight.
Wanderers vs. Harriers, 3 p.m.: The Harriers' new coach takes charge for the first time.
Northgate (3-5) at Eastfield (8-0), 5:30 p.m.: The league leaders host the bottom side.
"""

_TOLD_TWICE = """\
Saturday, October 18, 2031

Rovers (6-2) at United (7-1), 3 p.m.: United have not lost at home since March.

United host Rovers at 3 p.m. on Saturday, October 18, in front of a sold-out crowd.
"""


def _events(body: str) -> list[tuple[dt.datetime, str]]:
    article = Article(source="t", title="This weekend's games", body=body, published=dt.date(2031, 10, 15))
    events = extract_articles([article], reference=dt.date(2031, 10, 15), default_zone="Europe/London",
                             zone_given=True).events
    return sorted((e.start.astimezone(dt.UTC), e.summary) for e in events if isinstance(e.start, dt.datetime))


def test_each_pairing_at_one_hour_is_its_own_game() -> None:
    found = _events(_ROUND)
    at_three = [summary for start, summary in found if start == dt.datetime(2031, 10, 18, 14, tzinfo=dt.UTC)]
    assert len(at_three) == 3, found
    assert len(found) == 4, found


def test_one_game_told_twice_is_one() -> None:
    found = _events(_TOLD_TWICE)
    assert [start for start, _ in found] == [dt.datetime(2031, 10, 18, 14, tzinfo=dt.UTC)], found
