"""A <time> element of the page's guessed publication day that shows an event's hours is the event, not a stamp.

Form: ticketing and event pages that print the event's day and hours inside one <time datetime="...Z"> element
("Wednesday, June 10 • 8:30 AM - 11 AM") and give no other date; a page-date guesser takes that very instant for
the day the page was published, and the line was cut as a publication stamp, leaving the page without its
event. Seen on an Eventbrite event page (eventbrite.com, pages-p29). A stamp gives one minute, never a range of
hours. Pages of our own here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract_articles
from parsers.html import html_article

_SWAP = ("<html><head><title>Seed swap | Tickets</title></head><body><main><h1>Seed swap at the branch library</h1>"
         "<div class='when'><time datetime='2024-03-14T22:00:00Z'>Thursday, March 14 &#8226; 6:00 PM - 8:00 PM</time>"
         "</div><div class='about'><p>Bring seeds from your garden and take home new ones. Free and open to everyone;"
         " children welcome with an adult.</p><p>Location: Eastside Branch Library, 120 Elm Street, Springfield, IL"
         "</p></div></main></body></html>")
_LECTURE = ("<html><head><title>Guest lecture</title></head><body><main><h1>Guest lecture: soils and rivers</h1>"
            "<p class='event-when'><time datetime='2023-10-05T15:00:00Z'>Thu 5 October, 4pm to 5.30pm</time></p>"
            "<p>A visiting hydrologist speaks about how rivers carry soil to the sea, with time for questions "
            "afterwards in the foyer.</p><p>Venue: Lecture Theatre 2, Kings Building, Edinburgh</p>"
            "</main></body></html>")
_NEWS = ("<html><head><title>New bus shelters</title></head><body><main><h1>New bus shelters for the old town</h1>"
         "<p class='byline'><time datetime='2024-03-14T09:41:00Z'>March 14, 2024 at 9:41 AM</time></p>"
         "<p>The council has finished fitting twelve new shelters along the river road, with seats and lighting, "
         "after a year of works.</p></main></body></html>")


def _starts(page: str) -> list[tuple[dt.date, int]]:
    article = html_article(page.encode(), url="https://example.org/e", source="t")
    events = extract_articles([article], reference=dt.date(2024, 1, 1)).events
    return [(e.start.astimezone(dt.UTC).date(), e.start.astimezone(dt.UTC).hour) for e in events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("page", "expected"), [
    (_SWAP, (dt.date(2024, 3, 14), 22)),  # 6:00 PM at the <time>'s offset (UTC-04:00)
    (_LECTURE, (dt.date(2023, 10, 5), 15)),  # "4pm to 5.30pm", 4pm at UTC+01:00
])
def test_the_hours_in_the_time_are_the_event(page: str, expected: tuple[dt.date, int]) -> None:
    assert expected in _starts(page)


def test_a_byline_minute_stays_a_stamp() -> None:
    assert _starts(_NEWS) == []
