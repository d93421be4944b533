"""A German weekday said to be coming ("am kommenden Montag", "am nächsten Dienstag") dates its sentence though the
sentence gives no clock time, as "on Monday" does in English; the times told after it are that day's. Texts in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Reise der Ministerin

Source: Ein Bundesministerium

Berlin, 3. März 2026

{opening} Dort trifft sie um 11 Uhr Ortszeit ihre Amtskollegin.
"""


@pytest.mark.parametrize("opening", [
    "Die Ministerin reist am kommenden Montag nach Ottawa.",
    "Die Ministerin reist am nächsten Montag nach Ottawa.",
])
def test_the_coming_weekday_dates_the_visit(opening: str) -> None:
    events = extract(ITEM.format(opening=opening), source="ministerium", reference=dt.date(2026, 3, 1)).events
    timed = [(e.first_day, e.start.hour, e.timezone) for e in events if e.start is not None and not e.all_day]
    assert timed == [(dt.date(2026, 3, 9), 11, "America/Toronto")]
