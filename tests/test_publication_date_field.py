"""A meeting's document page: "Agenda for the March 14, 2031 Board Meeting", then the page's own field "Publication
Date: March 9, 2031" (days after the date its markup declares), then a time with no day ("call the conference line
starting at 5:45 PM"). The field says when the page was posted: no event, and not the day of the lines below it; the
time is the meeting's, on 14 March."""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _events(field: str) -> list[str]:
    page = ("<html><head><title>March 2031 Board Meeting Agenda</title>"
            "<meta property='article:published_time' content='2031-03-05'></head><body><main>"
            "<h1>March 2031 Board Meeting Agenda</h1><p>Agenda for the March 14, 2031 Board Meeting</p>"
            f"<div class='summary'><p><strong>{field[:field.index(':') + 1]}</strong>{field[field.index(':') + 1:]}<br>"
            "<strong>Document Type:</strong> Meeting Materials<br><strong>Sponsor:</strong> Harbour Board</p>"
            "<p><strong>Summary</strong><br>The meeting will be held by telephone.<br><br>So that everyone can"
            " connect, please call the conference line starting at 5:45 PM to allow time to resolve any problems"
            " with the connection.</p></div>"
            "</main></body></html>")
    article = html_article(page.encode(), url="https://example.gov/agenda.cfm", source="t")
    events = extract_articles([article], reference=dt.date(2031, 3, 5), default_zone="America/Chicago").events
    return sorted(f"{e.start.isoformat()[:16]} {e.summary}" for e in events)


def test_a_time_under_the_publication_field_is_the_meetings() -> None:
    found = _events("Publication Date: March 9, 2031")
    assert any(f.startswith("2031-03-14T17:45") for f in found), found
    assert not any(f.startswith("2031-03-09") for f in found), found


def test_a_day_first_publication_field_dates_nothing_below() -> None:
    found = _events("Publication Date: 9 March 2031")
    assert any(f.startswith("2031-03-14T17:45") for f in found), found
    assert not any(f.startswith("2031-03-09") for f in found), found
