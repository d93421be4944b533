"""A calendar plugin's list of events: each card holds the event's day as the one item of a list in a block
classed as the event's "meta" ("<div class='x-event-list-meta'><ul><li>4th June 2031 - Wednesday</li></ul>"),
then the event's name as a heading. The day is the card's field: not a post's stamp (a "meta" block), not a
document of the meeting (a dated list item naming nothing), and it reads in the card's line, before the name.
"""

from __future__ import annotations

import datetime as dt

from parsers import extract_articles
from parsers.html import html_article

_CARDS = [
    ("4th June 2031 - Wednesday", "Harbour Trust Board Meeting"),
    ("12th June 2031 - Thursday", "Ferry Authority Board Meeting"),
    ("2nd July 2031 - Wednesday", "Quay Loan Fund Board Meeting"),
]


def _page() -> bytes:
    cards = "".join(
        f"<div class='type-x_events post-{n} x-clearfix'>"
        f"<div class='x-event-list block-left'><div class='x-event-list-meta x_event_meta_full'>"
        f"<ul><li class='x_event_list_date'>{day} </li></ul></div></div>"
        f"<div class='x-event-list block-right'><h2 class='x-event-title summary'>"
        f"<a class='url' href='/event/{n}/'>{name}</a></h2>"
        f"<a class='more' href='/event/{n}/'>Read more</a></div></div>"
        for n, (day, name) in enumerate(_CARDS)
    )
    return (
        "<html><head><title>Events | Harbour Department</title>"
        "<meta property='article:published_time' content='2031-05-02T09:00:00+00:00'></head><body>"
        "<div class='main'><h1>Upcoming Events</h1><h2 class='x-list-month'>June 2031</h2>"
        f"<div class='x-events-loop'>{cards}</div></div>"
        "<footer><p>Harbour Department, 12 Quay Road, Augusta, ME 04330</p></footer></body></html>"
    ).encode()


def test_the_day_reads_before_the_name_in_the_cards_line() -> None:
    article = html_article(_page(), url="https://www.example.org/events/", source="t")
    for day, name in _CARDS:
        assert f"{day} {name}" in article.body, article.body


def test_each_meeting_gets_its_own_day() -> None:
    article = html_article(_page(), url="https://www.example.org/events/", source="t")
    events = extract_articles([article], reference=dt.date(2031, 5, 1), default_zone="America/New_York").events
    got = sorted((e.start.month, e.start.day, e.summary) for e in events)  # type: ignore[union-attr]
    assert [(m, d) for m, d, _ in got] == [(6, 4), (6, 12), (7, 2)], got
    for (_, _, summary), name in zip(got, ("Harbour Trust", "Ferry Authority", "Quay Loan"), strict=True):
        assert name in summary, got
