"""The visiting side of a fixture row named after a town: "No. 11 Windsor (9-2) at No. 6 Ponderosa (7-3), 6 p.m.".

A newspaper's preview of a round of Colorado high-school playoff games showed it: the team from Windsor, Colorado was
read as Windsor, Ontario, and its game put on Toronto's clock, two hours off the others. In "X at Y" the game is at
Y's ground; X is a team's name, not where the game is, so the row takes the item's area as the other rows do. A town
named by the home side, or by a match told "X vs Y", is left as it is read. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

_ROUND = """\
The playoff games in Denver and around Colorado this week.

Friday, November 14, 2031
No. 12 Brighton Valley (8-3) at No. 5 Mesa Ridge (7-3), 7 p.m.: Both sides lean on their running game.
No. 11 Windsor (9-2) at No. 6 Ponderosa (7-3), 6 p.m.: Windsor has won six in a row.
"""


def test_the_visitors_town_is_not_the_games_place() -> None:
    article = Article(source="t", title="Playoff preview", body=_ROUND, published=dt.date(2031, 11, 12))
    events = extract_articles([article], reference=dt.date(2031, 11, 12), default_zone="Europe/Brussels").events
    found = sorted((e.start.astimezone(dt.UTC), e.timezone) for e in events if isinstance(e.start, dt.datetime))
    # Mountain standard time, UTC-7: 6 p.m. is 01:00 and 7 p.m. 02:00 the next day in UTC
    assert found == [(dt.datetime(2031, 11, 15, 1, tzinfo=dt.UTC), "America/Denver"),
                     (dt.datetime(2031, 11, 15, 2, tzinfo=dt.UTC), "America/Denver")], found
