"""Polish, Russian and Ukrainian releases (issue #10, "any organisation"): their dates ("w piątek, 15 września",
"в пятницу, 15 сентября 2023 года", "у п'ятницю, 15 вересня"), their clocks ("o godz. 11:00", "в 11:00",
"с 15:35 до 15:55", "о 10 годині") and their capitals in the cases a sentence puts them ("w Warszawie", "в Москве",
"у Києві"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


def _timed(text: str) -> list[str]:
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" for e in events if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("text", "day"), [
    ("Spotkanie odbędzie się w piątek, 15 września 2023 r. w Gdańsku.", dt.date(2023, 9, 15)),
    ("Posiedzenie komisji: od 3 do 5 października 2023", dt.date(2023, 10, 3)),
    ("Встреча состоится в пятницу, 15 сентября 2023 года.", dt.date(2023, 9, 15)),
    ("Засідання відбудеться у п'ятницю, 15 вересня 2023 року.", dt.date(2023, 9, 15)),
])
def test_days(text: str, day: dt.date) -> None:
    found = [m for m in find_mentions(text) if m.kind in ("day", "span")]
    assert len(found) == 1
    first = found[0].first
    assert first is not None
    assert (first.year, first.month, first.day) == (day.year, day.month, day.day)


@pytest.mark.parametrize(("text", "clock"), [
    ("Konferencja prasowa rozpocznie się o godz. 13:30.", dt.time(13, 30)),
    ("Переговоры начнутся в 11:00.", dt.time(11, 0)),
    ("Брифинг пройдет с 15:35 до 15:55.", dt.time(15, 35)),
    ("Брифінг почнеться о 10 годині.", dt.time(10, 0)),
])
def test_clocks(text: str, clock: dt.time) -> None:
    assert [m.time for m in find_mentions(text) if m.kind == "time"] == [clock]


def test_a_number_after_a_preposition_is_no_clock() -> None:
    assert not [m for m in find_mentions("В 2023 году в 5 регионах прошли выборы.") if m.kind == "time"]


def test_polish_visit_on_the_clock_of_the_town_visited() -> None:
    text = ("Wizyta ministra\n\nSource: Ministerstwo Obrony Narodowej\n\nWarszawa, 2 października 2023\n\n"
            "We wtorek, 3 października, minister obrony uda się z wizytą do Wilna. O godz. 10:30 odbędzie się"
            " spotkanie z ministrem obrony Litwy.\n")
    assert _timed(text) == ["2023-10-03 10:30 +0300"]


def test_russian_briefing_in_moscow() -> None:
    text = ("Брифинг\n\nSource: Министерство\n\n12 сентября 2023 года\n\nВ четверг, 14 сентября, в 11:00 в Москве"
            " состоится брифинг официального представителя министерства.\n")
    assert _timed(text) == ["2023-09-14 11:00 +0300"]
