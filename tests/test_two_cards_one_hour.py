"""Two cards of one evening on one clock ("Thursday, May 22, 7-9 p.m. ET" and "Thursday, May 22, 7-8 p.m. ET"), each
with its own title and end, are two events: neither one happening told twice nor one moment restated on another
clock. One moment told on two clocks stays one event. Each text is our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

BULLETIN = """Evenings at the city library

Source: Harbour City Library, Baltimore, Maryland

Sent: 05/14/2031 03:35 PM EDT

Reading Aloud: a Night of Harbour Poems with the Dockside Players
Thursday, May 22, {first} p.m. ET
A preview of three new plays about the harbour's shipyards, read by the company before their opening this summer.

Live at the Library: a Novelist on Her Third Book
Thursday, May 22, {second} p.m. ET
The author of two prize-winning novels talks about her new book with the library's director of programmes.
"""


def _starts(first: str, second: str) -> list[str]:
    events = extract(BULLETIN.format(first=first, second=second), source="cards", reference=REFERENCE).events
    return sorted(f"{e.start:%H:%M}-{e.end:%H:%M}" for e in events)


def test_two_cards_at_one_hour_with_their_own_ends_are_two_events() -> None:
    assert _starts("7-9", "7-8") == ["19:00-20:00", "19:00-21:00"]


def test_one_moment_on_two_clocks_is_still_one_event() -> None:
    text = ("Launch window\n\nSource: Harbour Rocket Club, Baltimore, Maryland\n\nMay 14, 2031\n\n"
            "The launch is set for 6:38 p.m. EDT (22:38 GMT) on Thursday, May 22, 2031.\n")
    events = extract(text, source="clocks", reference=REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events] == ["2031-05-22 18:38"]
