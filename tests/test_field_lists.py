"""An entry told as a labelled line of when ("Termin: 14.03.2031, 19 Uhr", "Date: 2 May 2031, 7 pm") over a list of
fields takes its title from the "Thema:"/"Topic:" field (else the first line that is no field), its place from the
"Ort:"/"Venue:" field; "heute" inside that list is the entry's day, no event of its own.

Pages of our own, in the layout of event listings of clubs and venues.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles

TASTINGS = ("Auch 2031 laden wir wieder zu Verkostungen ein.\n\n"
            "März 2031\n\n"
            "Termin: 14.03.2031, 19 Uhr\n"
            "- Ort: Zur Alten Mühle, Mühlweg 3, Jena\n"
            "- Thema: Weine von der Saale mit Abendessen\n"
            "- Sechs Weine werden heute vorgestellt.\n"
            "- Eintritt: 40 Euro\n\n"
            "Termin: 28.03.2031, 18:30 Uhr\n"
            "- Ort: Marktplatz Jena\n"
            "- Stadtführung mit Weinprobe\n"
            "- Eintritt: 25 Euro\n")

TALKS = ("Date: 2 May 2031, 7 pm\n"
         "- Venue: Old Library, Bridge Street\n"
         "- Topic: Night birds of the river valley\n"
         "- Admission: free\n")


def _events(title: str, body: str) -> list[tuple[str, str, str]]:
    article = Article(source="t", title=title, body=body, published=dt.date(2031, 1, 10))
    events = extract_articles([article], reference=dt.date(2031, 1, 10), default_zone="Europe/Berlin").events
    return sorted((e.start.isoformat()[:16], e.summary, e.location) for e in events)


def test_a_labelled_date_line_takes_what_and_where_from_its_fields() -> None:
    events = _events("Termine 2031", TASTINGS)
    assert [e[0] for e in events] == ["2031-03-14T19:00", "2031-03-28T18:30"], "no event on the item's own day"
    assert "Weine von der Saale" in events[0][1]
    assert "Zur Alten Mühle" in events[0][2]
    assert "Stadtführung mit Weinprobe" in events[1][1], "no topic field: the first line that is no field"


def test_english_fields_too() -> None:
    (start, title, location), = _events("Talks", TALKS)
    assert start == "2031-05-02T19:00"
    assert "Night birds" in title
    assert "Old Library" in location


HEARING = ("The Committee on Transport will hold a public hearing on rail safety.\n\n"
           "Date: Wed 14.05.2031\n"
           "Time: 14:30-16:00\n"
           "Room: ASP 3G2, Brussels\n")


def test_a_room_field_is_where_not_what() -> None:
    (start, title, location), = _events("Committee hearing", HEARING)
    assert start == "2031-05-14T14:30"
    assert "Room" not in title, title
    assert "ASP 3G2" in location


def test_a_time_field_above_its_date_field_is_on_that_day() -> None:
    body = ("The press office holds a briefing on the new rail line.\n\n"
            "Time: 15:00 (Beijing time)\n"
            "Date: 12 May 2031\n"
            "Venue: Press Hall, 3rd floor\n")
    article = Article(source="t", title="Briefing on the rail line", body=body, published=dt.date(2031, 5, 8))
    events = extract_articles([article], reference=dt.date(2031, 5, 8), default_zone="Europe/Berlin").events
    assert [(e.start.isoformat()[:16], e.timezone) for e in events] == [("2031-05-12T15:00", "Asia/Shanghai")]
