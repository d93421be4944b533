"""German lists days of one month slashed, the month written once after the last ("24./30.10.", "2./5./9.11."), as
a theatre gives its next performances: each is a day of its own (two days in a row, "23./24.8.", are one span). Only
the last was seen, and only where a clock time followed it (pages-dev24 tagblatt.ch: four of five performances were
lost). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import DayPart

from .test_dates import Row, summaries

D = DayPart

LIST_ROWS: list[Row] = [
    ("Termine: 12./19.4. im Saal", (("day", D(12, 4)), ("day", D(19, 4))), "two days of April"),
    ("Führungen am 3./10./17.6.", (("day", D(3, 6)), ("day", D(10, 6)), ("day", D(17, 6))), "three days, 'am' first"),
    ("Markt am 23./24.8. auf dem Platz", (("span", D(23, 8), D(24, 8)),), "two days in a row: one span"),
]


@pytest.mark.parametrize(("text", "expected", "why"), LIST_ROWS)
def test_slashed_days_of_one_month(text: str, expected: tuple[object, ...], why: str) -> None:
    assert summaries(text) == expected, why


RELEASE = """Kammeroper im Zeughaus

Source: Stadtanzeiger Musterstadt

Die Inszenierung verlegt die Handlung in ein Hotel am Meer und kommt mit vier Sängerinnen aus.
Weitere Aufführungen: 7./14./21.3.2032, jeweils 19 Uhr, Zeughaus Musterstadt.
"""


def test_each_listed_day_is_a_performance() -> None:
    events = extract(RELEASE, source="anzeiger", reference=dt.date(2032, 3, 1), default_zone="Europe/Zurich").events
    starts = sorted(e.start.strftime("%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime))
    assert starts == ["03-07 19:00", "03-14 19:00", "03-21 19:00"]
