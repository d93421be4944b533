"""A headline's lone weekday names the body's year-less day, and the year after the latest year the item speaks of
is the first it may be in.

Seen in world-hundredthirtyfourth (item 9): an Italian headline "..., giovedì cda sui conti" over "li esaminerà il
24 febbraio" and the figures of "ricavi 2010": the board met on Thursday 24 February 2011, not in the coming year.
"""

import datetime as dt

import pytest

from parsers import extract, resolve
from parsers.dates import DayPart, find_mentions

REFERENCE = dt.date(2026, 12, 7)


def _days(text: str) -> list[dt.date]:
    return [e.start for e in extract(text, source="t", reference=REFERENCE).events if isinstance(e.start, dt.date)
            and not isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("Banca Rossi, martedì assemblea dei soci\n\nI soci si riuniranno il 12 marzo per approvare il bilancio.\n",
     dt.date(2024, 3, 12), "Tuesday 12 March: 2024 is the nearest such year to the reference"),
    ("Banca Rossi, martedì assemblea dei soci\n\nI soci si riuniranno il 12 marzo.\n\n"
     "Le stime: utile 2018 a 3 milioni.\n",
     dt.date(2019, 3, 12), "Tuesday 12 March in 2019, the year after the 2018 the item's figures are of"),
    ("Acme, Thursday board on the accounts\n\nThe board will examine them on 24 February.\n\n"
     "Estimates put 2010 revenue at 27 billion.\n", dt.date(2011, 2, 24), "an English headline's weekday the same"),
])
def test_headline_weekday_dates_the_body_day(text: str, expected: dt.date, why: str) -> None:
    assert expected in _days(text), why


def test_a_body_of_two_days_is_not_named_by_the_headline() -> None:
    body = find_mentions("The board meets on 24 February and the assembly on 3 March.", "")
    assert resolve.title_weekday("Acme, Thursday board", body) == []


def test_the_year_after_the_latest_spoken_of_wins_a_weekday_tie() -> None:
    found = resolve.year_of_weekdays([DayPart(24, 2, None, 3)], [], REFERENCE, mentioned=[2009, 2010])
    assert found is not None
    assert found[0] == dt.date(2011, 2, 24)
    assert "2010" in found[1]
