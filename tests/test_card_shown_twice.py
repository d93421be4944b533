"""An events page that shows each entry twice, as a teaser card ("Harbour Board Meeting" / its day and hour / a
sentence) and as the same card opened ("Harbour Board Meeting Details" / its day and hour / a longer sentence), tells
one meeting, not two or three at one minute (pages-p32: a waste authority's events page gave each meeting three
times). Two entries under headings that say different things at one minute stay two. Pages in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(body: str) -> list[str]:
    page = f"<html><head><title>Events</title></head><body><main><h1>Events</h1>{body}</main></body></html>"
    article = html_article(page.encode(), url="https://example.org/events", source="t")
    events = extract_articles([article], reference=dt.date(2031, 9, 1), default_zone="America/New_York").events
    return sorted(f"{e.start.strftime('%Y-%m-%d %H:%M')} {e.summary}" for e in events if not e.all_day)


def _card(heading: str, teaser: str, sentence: str) -> str:
    # A card as such pages set it: its heading, its date line and teaser sentence in one box, a button, the same
    # heading again with a hidden " Details", the date line and a sharing link, then the full sentence.
    return (f"<article><h3>{heading}</h3><div><span>October 14, 2031, 8:30 a.m.</span> {teaser}</div>"
            f"<button>Show more details about {heading}</button><h4>{heading}<span> Details</span></h4>"
            f"<div><span>October 14, 2031, 8:30 a.m.</span><a href='#'>Tweet</a></div><p>{sentence}</p></article>")


def test_a_card_and_its_opened_twin_are_one_meeting() -> None:
    found = _events(_card("Harbour Board Meeting", "The monthly Board Meeting will be held on October 14, 2031 at"
                          " 8:30 a.m.", "On Tuesday, October 14, 2031, the Riverton Harbour Authority monthly board"
                          " meeting will be held at the Port Office at 8:30 a.m."))
    assert len(found) == 1, found


def test_two_entries_with_headings_of_their_own_stay_two() -> None:
    found = _events(_card("Lantern walk along the river", "Families walk with lanterns.", "Families will walk with"
                          " lanterns along the riverbank path from the old mill on October 14, 2031 at 8:30 a.m.")
                    + _card("Bird count at the marsh", "Volunteers count the geese.", "Volunteers will count the"
                            " migrating geese and ducks at the marsh hide on October 14, 2031 at 8:30 a.m."))
    assert len(found) == 2, found
