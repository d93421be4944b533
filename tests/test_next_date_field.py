"""A board's page that opens with "Next date: Wednesday, ... | 06:00 PM to 08:00 PM" under its name: "Next date"
is a field's label, like "Date" or "When"; the event is the board's, not a "Next date"."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def test_next_date_is_a_field_label() -> None:
    page = ("<html><head><title>Harbour Board</title></head><body><main><h1>Harbour Board</h1>"
            "<p class='event-date'>Next date: Wednesday, May 21, 2031 | 06:00 PM to 08:00 PM</p>"
            "<p>The Harbour Board oversees the quays, the ferry landing and the dredging of the channel.</p>"
            "</main></body></html>")
    article = html_article(page.encode(), url="https://example.org/board", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="America/New_York").events
    assert [(str(e.start)[:16], e.summary) for e in events] == [("2031-05-21 18:00", "Harbour Board")]
