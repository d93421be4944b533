"""A page stamped twice, "First published 3 May 2019" and "Last updated 14 November 2023": its days without a year
are of the item as it now stands, the update's year, not the first stamp's. Found by probes of the year misses: the
town hall "on 20 November" went to 2018, the 20 November nearest the first stamp. A feed's own date still stands over
the text's stamps. Items in our own words."""

from __future__ import annotations

import datetime as dt

from model import Article
from parsers import extract, extract_articles

from .conftest import REFERENCE

BODY = ("First published {first}\nLast updated {updated}\n\n"
        "The authority holds a town hall on the harbour plan on 20 November at 10:00 in Halifax.\n")
ITEM = "Town hall on the harbour plan\n\nSource: Example Port Authority\n\n" + BODY


def _days(text: str) -> list[dt.date]:
    return [e.start.date() for e in extract(text, source="stamps", reference=REFERENCE).events]  # type: ignore[union-attr]


def test_the_update_gives_the_year() -> None:
    assert _days(ITEM.format(first="3 May 2019", updated="14 November 2023")) == [dt.date(2023, 11, 20)]
    assert _days(ITEM.format(first="12 January 2021", updated="2 November 2022")) == [dt.date(2022, 11, 20)]


def test_an_update_on_the_first_day_changes_nothing() -> None:
    assert _days(ITEM.format(first="14 November 2023", updated="14 November 2023")) == [dt.date(2023, 11, 20)]


def test_the_feeds_own_date_stands() -> None:
    article = Article(title="Town hall on the harbour plan", source="feed", org="Example Port Authority",
                      body=BODY.format(first="3 May 2019", updated="14 November 2023"), published=dt.date(2021, 11, 1))
    events = extract_articles([article], reference=REFERENCE).events
    assert [e.start.date() for e in events] == [dt.date(2021, 11, 20)]  # type: ignore[union-attr]
