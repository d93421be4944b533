"""An event page whose later dates sit in a list a "Show more dates" toggle opens: the items are hidden
(display: none) until asked for, yet they are the event's dates; the toggle's own words are no name.

    When
    • Wednesday, March 11, 2031 | 06:00 PM - 08:00 PM                    shown
    • Wednesday, September 16, 2031 | 06:00 PM - 08:00 PM  (hidden)      revealed by the toggle
    Show more dates

A hidden block that no toggle reveals (a template, a copy for another screen) stays unread. Pages in our own words
and layout.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_PAGE = """<html><head><title>Riverfront Advisory Board</title></head><body><div id="main-content">
<h1 class="page-title">Riverfront Advisory Board</h1>
<article><p>The Riverfront Advisory Board advises the city on the parks, trails and landings along the river.</p>
<p>Its members are residents of the river wards and delegates of the harbour and parks departments.</p>
<h2>When</h2>
<div class="date-list-container"><ul class="date-list">
<li class="date-item">Wednesday, March 11, 2031 | 06:00 PM - 08:00 PM</li>
<li class="date-item more" style="display: none">Wednesday, September 16, 2031 | 06:00 PM - 08:00 PM</li>
</ul></div>
<a href="#" class="date-toggle">{toggle}</a>
<h2>Location</h2><p>Room 210, City Hall, 400 Main Street, Richmond, VA 23219</p></article></div></body></html>"""


def _events(toggle: str) -> dict[str, str]:
    article = html_article(_PAGE.format(toggle=toggle).encode(), url="https://example.gov/riverfront", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 1), default_zone="Europe/Brussels").events
    return {f"{e.start:%m-%d %H:%M}": e.summary for e in events}


def test_the_dates_a_toggle_reveals_are_the_events_dates() -> None:
    events = _events("Show more dates")
    assert sorted(events) == ["03-11 18:00", "09-16 18:00"]
    assert "Show" not in events["09-16 18:00"]


def test_a_hidden_item_no_toggle_reveals_stays_unread() -> None:
    assert sorted(_events("Directions to City Hall")) == ["03-11 18:00"]
