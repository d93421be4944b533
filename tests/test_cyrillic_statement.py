"""A short Russian, Ukrainian or Bulgarian sentence that tells of a sitting to come and gives its day but no clock
("Сессия совета пройдет 12 мая.", "12 мая состоится заседание комиссии.") is an event, as "The council sits on
12 May." is in English. Its words of running text had not been counted, for they are not in the Latin script, so
the line was taken for a date line that only names a day (seen in session 45's notes of a Russian notice that
published nothing). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _days(line: str) -> list[str]:
    text = f"Новости\n\nSource: Городской совет\n\nОпубликовано 20 апреля 2026\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Сессия городского совета пройдет 12 мая.",
    "12 мая состоится заседание постоянной комиссии.",
    "Засідання виконавчого комітету відбудеться 12 травня.",
])
def test_a_sentence_of_a_sitting_to_come_is_an_event(line: str) -> None:
    assert _days(line) == ["2026-05-12"]


@pytest.mark.parametrize("line", [
    "Вторник, 12 мая 2026 года",  # a day's heading, no sentence
    "Самара, 12 мая 2026 года.",  # a dateline
])
def test_a_line_that_only_names_a_day_is_none(line: str) -> None:
    assert _days(line) == []
