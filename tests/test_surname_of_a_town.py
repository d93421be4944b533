"""A town's name that is a person's surname, told by the title in apposition after it ("Miguel Albuquerque, presidente
do Governo Regional", "Jane Lima, minister of health"), is the person, not the town, and tells no clock (issue #10,
"Zone"). Seen in world-hundredfifteenth (Madeira's regional council was read on Albuquerque's, New Mexico, clock); the
texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _utc(body: str) -> list[str]:
    text = f"Reunião\n\nSource: Gabinete de imprensa\n\n{body}\n"
    return [f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
            for e in extract(text, source="test", reference=dt.date(2016, 4, 1)).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("body", "expected"), [
    # Funchal keeps WEST (UTC+1) in April
    ("Miguel Albuquerque, presidente do Governo Regional, apresenta o plano no Funchal na quarta-feira, 6 de abril "
     "de 2016, às 17h30.", ["2016-04-06 16:30"]),
    # Lisbon keeps WEST (UTC+1) in April
    ("Ana Lima, ministra da Saúde, fala aos jornalistas em Lisboa na quarta-feira, 6 de abril de 2016, às 10h00.",
     ["2016-04-06 09:00"]),
])
def test_a_surname_is_no_town(body: str, expected: list[str]) -> None:
    assert _utc(body) == expected


def test_the_town_before_a_comma_stays() -> None:
    # "In Albuquerque, the mayor ...": the town itself (MDT, UTC-6, in May)
    assert _utc("In Albuquerque, the mayor will speak on Friday, May 6, 2016 at 10 a.m.") == ["2016-05-06 16:00"]


@pytest.mark.parametrize("opening", ["Visiting", "Leaving", "Touring"])
def test_a_town_after_an_opening_verb_stays(opening: str) -> None:
    # "Visiting Lisbon, the minister ...": the town the minister is in (WEST, UTC+1, in April)
    body = f"{opening} Lisbon, the minister will hold a press conference on Wednesday, 6 April 2016 at 10:00."
    assert _utc(body) == ["2016-04-06 09:00"]
