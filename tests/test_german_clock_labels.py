"""A German or French clock time may name its clock after its word: "um 20 Uhr MEZ", "9.30 Uhr (MESZ)", "à 14 heures
(CET)", and a page's <time> restated with its offset, "05:00 Uhr (UTC+02:00)". The label is the time's zone; it was
lost after "Uhr", and the time fell to the default clock or to that of a place named nearby. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import DayPart

from .test_dates import Row, summaries

T = dt.time
D = DayPart

LABEL_ROWS: list[Row] = [
    ("um 20 Uhr MEZ", (("time", T(20, 0), None, "MEZ"),), "a bare hour, its word, then the label"),
    ("9.30 Uhr (MESZ)", (("time", T(9, 30), None, "MESZ"),), "the label in brackets"),
    ("von 15 bis 17 Uhr CET", (("time", T(15, 0), T(17, 0), "CET"),), "a range, the label after its end"),
    ("à 14 heures (CET)", (("time", T(14, 0), None, "CET"),), "a French hour with 'heures'"),
    ("05:00 Uhr (UTC+02:00)", (("time", T(5, 0), None, "UTC+02:00"),), "an offset is read whole, never 'UTC' alone"),
]


@pytest.mark.parametrize(("text", "expected", "why"), LABEL_ROWS)
def test_a_clock_label_after_the_clock_word(text: str, expected: tuple[object, ...], why: str) -> None:
    assert summaries(text) == expected, why


RELEASE = """Skispringen: Die Weltcup-Springen in Sapporo

Source: Sportredaktion Musterstadt

Die Springerinnen starten am Samstag, 13. März 2032, in Sapporo. Der erste Durchgang beginnt um 4.15 Uhr MEZ,
das Finale am Sonntag, 14. März 2032, um 3 Uhr (MEZ).
"""


def test_times_said_in_mez_keep_that_clock_abroad() -> None:
    events = extract(RELEASE, source="sport", reference=dt.date(2032, 3, 1), default_zone="Asia/Tokyo").events
    starts = sorted(e.start.astimezone(dt.UTC).strftime("%m-%d %H:%M") for e in events
                    if isinstance(e.start, dt.datetime))
    assert starts == ["03-13 03:15", "03-14 02:00"]
