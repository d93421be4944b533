"""A date after a label naming it as an event's day: "<b>Seminar Date:</b> <span class="date-display-single">Tue,
28/05/2019 - 12:00</span>", "<strong>Event date and time:</strong> <span>…</span>", as Drupal's date fields print a
seminar's or an event's day and time on its own page.

A university school's seminar page (Drupal, a "date-display-single" span after the inline label "Seminar Date:")
showed it: the page's date was guessed from that span, which was then cut as the page's stamp, and the seminar was
lost. A stamp is labelled for its posting ("Posted:"); a label naming a seminar, a meeting or an event names the
event's field. The pages are our own.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article


def _starts(title: str, body: str) -> list[dt.datetime]:
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><main><h1>{title}</h1>{body}</main></body></html>")
    article = html_article(page.encode(), url="https://example.org/node/1", source="t")
    events = extract_articles([article], reference=dt.date(2024, 8, 1), default_zone="Europe/Brussels").events
    return sorted(e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime))


def test_a_seminar_date_field_is_the_seminar() -> None:
    found = _starts("Rethinking graph databases",
                    "<div class='group-seminar-details'><b class='label-inline'>Speaker:&nbsp;</b>Jane Roe, Northwind"
                    " Labs<br><b class='label-inline'>Seminar Date:&nbsp;</b><span class='date-display-single'>Wed,"
                    " 14/08/2024 - 15:00</span><br><b class='label-inline'>Venue:&nbsp;</b>Building 50, room 210<br>"
                    "</div><p>Jane walks through a graph engine built for streaming updates.</p>"
                    "<p>Jane Roe leads the storage group at Northwind Labs in Perth, Western Australia.</p>")
    assert found == [dt.datetime(2024, 8, 14, 7, tzinfo=dt.UTC)], found


def test_an_event_date_and_time_field() -> None:
    found = _starts("Open evening: the restored organ",
                    "<p class='details'><strong>Event date and time:</strong> <span class='date'>Thu, 10/17/2024 -"
                    " 19:30</span></p><p>Come and hear the restored organ of St Mary's, Hartford, Connecticut.</p>")
    assert found == [dt.datetime(2024, 10, 17, 23, 30, tzinfo=dt.UTC)], found


def test_a_posted_stamp_stays_a_stamp() -> None:
    found = _starts("Library reopens after roof repairs",
                    "<p class='meta'><strong>Posted:</strong> <span class='date-display-single'>Tue, 03/09/2024 -"
                    " 09:40</span></p><p>The Riverton branch library reopened this week after roof repairs.</p>")
    assert found == [], found
