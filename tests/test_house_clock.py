"""A house that holds its own events (a theatre, an opera house, a museum, a zoo, a planetarium, an observatory, a
botanic garden) and names its town: the rows that name no place are at home, not in a town its text names once
(the setting of a play, a loan's origin). Nor are a body's rows with no house of its own, where the town is named once,
undated, after them. Each text is our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

BODY = ("Talks around the new play:\n"
        "The director in conversation Thu 4 Sep, 6pm\n"
        "Designing the set Mon 8 Sep, 10.30am\n\n"
        "About the play: two brothers meet again in Geneva after twenty years, and old quarrels return.")


@pytest.mark.parametrize(("org", "zone", "why"), [
    ("National Theatre (London)", "Europe/London", "a theatre's talks are in its house, not where the play is set"),
    ("Civic Opera House, Leeds", "Europe/London", "an opera house"),
    ("Harbour Museum of Cardiff", "Europe/London", "a museum"),
    # (a body with no house of its own: the town named once, undated, after the rows (the play's setting) does not
    # take its rows either)
    ("Writers Guild of London", "Europe/London", "the setting of a play, named after the rows, is no venue"),
])  # fmt: skip
def test_a_houses_rows_are_on_its_towns_clock(org: str, zone: str, why: str) -> None:
    article = Article(source="t", title="Autumn talks", body=BODY, url="", published=dt.date(2031, 8, 20), org=org)
    events = extract_articles([article], reference=dt.date(2031, 8, 20)).events
    assert len(events) == 2, [e.as_published for e in events]
    assert {e.timezone for e in events} == {zone}, why
