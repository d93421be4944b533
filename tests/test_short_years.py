"""German dotted dates: "am Montag (06.11.23)" with a year of two digits, and "6.11. um 20.15 Uhr" (day and month,
"um" before the clock), read as days; a version number "1.2.23" and a bare "6.11" stay numbers.

Sentences of our own, in the forms of German television and event notes.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.dates import DayPart, find_mentions


@pytest.mark.parametrize(("text", "want"), [
    # (the weekday and the day in brackets after it are one day, the weekday its own: 13 October 2031 is a Monday)
    ("Der Film läuft am Montag (13.10.31) um 20:15 Uhr im Zweiten.", [("day", DayPart(13, 10, 2031, 0)),
                                                                   ("time", dt.time(20, 15))]),
    ("Die Wiederholung folgt am 14.10.31 um 23 Uhr.", [("day", DayPart(14, 10, 2031)), ("time", dt.time(23, 0))]),
    ("Online ab 11.10.; 13.10. um 20.15 Uhr im Zweiten.", [("day", DayPart(11, 10)), ("day", DayPart(13, 10)),
                                                            ("time", dt.time(20, 15))]),
])
def test_dotted_german_dates(text: str, want: list[tuple[str, object]]) -> None:
    got = [(m.kind, m.first if m.kind == "day" else m.time) for m in find_mentions(text)]
    assert got == want


@pytest.mark.parametrize("text", ["Die Version 1.2.23 ist erschienen.", "Das Spiel endete 6.11 nach Verlängerung.",
                                  "Siehe Randnummer 13.10.31 der Richtlinie."])
def test_numbers_that_are_no_dates(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "day"] == []
