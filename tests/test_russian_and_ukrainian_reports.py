"""A Russian or Ukrainian report under a dateline in Cyrillic ("Москва, 5 февраля 2024 г.") tells what was done:
a day opening its sentence before a perfective of the news ("3 февраля ... состоялась пресс-конференция", "2 березня
... відбулася нарада") or after one ("Провели её 4 февраля ...") is history; the day announced with a verb to come
("состоится 12 февраля") stays. UN information centres' reports of past press conferences had been published (the
w113 helper, session 44). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2024, 2, 1)


def _starts(dateline: str, body: str) -> list[str]:
    text = f"Пресс-конференция\n\nSource: Информационный центр\n\n{dateline}\n\n{body}\n"
    return [f"{e.start:%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%m-%d}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("dateline", "report"), [
    ("Москва, 5 февраля 2024 г.", "3 февраля в пресс-центре состоялась пресс-конференция о докладе."),
    ("Москва, 5 февраля 2024 г.", "Встречу провели 4 февраля представители агентства и эксперты."),
    ("Київ, 5 лютого 2024 р.", "2 лютого в міністерстві відбулася нарада щодо програми розвитку."),
])
def test_a_report_of_what_was_done_is_history(dateline: str, report: str) -> None:
    assert _starts(dateline, report) == []


def test_what_is_announced_stays() -> None:
    body = "Следующая пресс-конференция состоится 12 февраля в 11:00 в пресс-центре агентства."
    assert _starts("Москва, 5 февраля 2024 г.", body) == ["02-12 11:00"]
