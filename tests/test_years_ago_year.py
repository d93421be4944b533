"""The year an item is written in when a sentence counts the years since a dated act: "utworzono 24 lipca 1919 r.,
dokładnie 105 lat temu" is written in 2024, and its year-less days ("20 lipca", "o godz. 11:00") are of 2024; the
dated act is history, no event. Seen in world-hundredfortythird 10 (the Polish police's feast programme, put in 1919).
Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.yearsago import written_year

from .conftest import REFERENCE


@pytest.mark.parametrize(("sentence", "year"), [
    ("Muzeum otwarto 3 maja 1990 r., równo 35 lat temu.", 2025),
    ("The bridge opened on 1 June 1996, 30 years ago this summer.", 2026),
    ("Le centre a été inauguré en 2004, il y a 20 ans.", 2024),
    ("La escuela abrió en 1975, hace 50 años.", 2025),
    ("Die Wache wurde 1961 eröffnet, vor 60 Jahren.", 2021),
    ("Il corpo fu fondato nel 1925, 100 anni fa.", 2025),
])
def test_the_count_back_gives_the_year_written(sentence: str, year: int) -> None:
    found = written_year(sentence, REFERENCE)
    assert found is not None
    assert found[0] == year


@pytest.mark.parametrize("sentence", [
    "Built in 1900 and rebuilt in 1950, 70 years ago, the hall reopens.",  # two years: which one is counted from?
    "The fort was founded in 1990, 40 years ago.",  # 2030: beyond next year
    "The service has run for 30 years.",  # no year counted from
])
def test_no_year_without_one_base_in_reach(sentence: str) -> None:
    assert written_year(sentence, REFERENCE) is None


def test_the_rows_of_a_feast_counted_from_its_founding_fall_in_the_year_written() -> None:
    text = """Dzień Straży 2025: pokazy w parku

Source: Straż Miejska

Straż Miejską utworzono 15 czerwca 1991 r., dokładnie 34 lata temu, i od tego czasu co roku świętujemy.

14 czerwca – Park Miejski

o godz. 10:00 – pokaz sprzętu i pojazdów

o godz. 13:00 – koncert orkiestry
"""
    events = extract(text, source="straz", reference=REFERENCE).events
    timed = sorted(e.start for e in events if not e.all_day)
    assert [(t.date(), t.hour) for t in timed] == [(dt.date(2025, 6, 14), 10), (dt.date(2025, 6, 14), 13)]
    assert not any(e.start.year == 1991 for e in events)  # the founding is history
