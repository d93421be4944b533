"""Where an aerial display happens is the town it flies over: "will fly over Port Moresby ..., then return to
Australia".

Form: notices of flypasts and flyovers, which name the aircraft's home ("return to Australia", "from RAAF Base ...")
beside the town they pass over. "over" was no word of place, so the home country, after "to", gave the clock. Seen in
a defence force's anniversary notice (world-seventysecond): the flyover was put on Sydney's clock, an hour off. The
texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles
from parsers.places import best_place, find_places

REFERENCE = dt.date(2026, 12, 5)


@pytest.mark.parametrize(("sentence", "town"), [
    ("Four jets will fly over Suva on the day, then head back to New Zealand.", "Suva"),
    ("A flypast over Apia closes the parade before the aircraft return to Australia.", "Apia"),
    ("The display team flew over Honiara before landing back in New Zealand.", "Honiara"),
])
def test_the_town_flown_over_is_where(sentence: str, town: str) -> None:
    place = best_place(find_places(sentence))
    assert place is not None
    assert place.name == town


def test_the_flyover_keeps_the_towns_clock() -> None:
    body = ("Two transport aircraft from a base in Australia will fly over Honiara between 0915 and 0930 on "
            "7 July 2025, then return to Australia.")
    article = Article(source="t", title="Independence day flyover", body=body, org="Example Air Wing")
    events = extract_articles([article], reference=REFERENCE).events
    # Honiara keeps UTC+11 all year: 09:15 is 22:15 UTC the day before
    assert [e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime)] == [
        dt.datetime(2025, 7, 6, 22, 15, tzinfo=dt.UTC)]
