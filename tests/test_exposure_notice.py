"""An exposure notice: "Anyone who visited the clothing store ... was potentially exposed ... between the hours of
10 a.m. to 6 p.m. Tuesday, March 10", "anyone who visited the school ... on Friday, March 6 ... may have been
exposed". The visit it names happened; it is not announced, and no event.

A local newspaper's story on a county's state of emergency showed it: the places and hours where people may have
met the virus were published as "Visit" events. A health office's notice tells who should watch for symptoms or stay
home; an event announced to the same people ("anyone who visits ... can join") stays one. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract_articles


def _starts(body: str) -> list[dt.datetime | dt.date]:
    article = Article(source="t", title="Health notice", body=body, published=dt.date(2031, 6, 10))
    events = extract_articles([article], reference=dt.date(2031, 6, 10), default_zone="America/New_York").events
    return sorted((e.start.astimezone(dt.UTC) if isinstance(e.start, dt.datetime) else e.start) for e in events)


def test_a_shop_and_its_hours_of_exposure() -> None:
    body = ("The county health office has named a new exposure site.\n\n"
            "Anyone who visited the Harbour Diner, 12 Quay Street, between 11 a.m. and 3 p.m. on Saturday, June 7,"
            " may have been exposed and should watch for symptoms until June 21.")
    assert _starts(body) == [], _starts(body)


def test_passengers_of_a_ferry() -> None:
    body = ("Passengers who travelled on the 7:15 a.m. ferry from Port Ellis on Monday, June 2, were possibly exposed"
            " to measles, the health office said.")
    assert _starts(body) == [], _starts(body)


def test_an_event_for_visitors_stays() -> None:
    body = "Anyone who visits the library on Saturday, June 14, at 10 a.m. can join the summer reading hour."
    assert _starts(body) == [dt.datetime(2031, 6, 14, 14, tzinfo=dt.UTC)], _starts(body)
