"""Two Portuguese forms of a governor's agenda: the hour after "a partir das" ("a partir das 16 horas", from four
o'clock; "das" before a bare number is "of the", but not before "horas") and "que vem" (next) between a weekday and
its day ("na quarta-feira que vem, 26/12") (issue #10, "Time" and "Day"). Seen in world-ninetyeighth (a governor's
meeting "na quarta-feira que vem, 26/12, de manhã, a partir das 8 horas" and a swearing-in "a partir das 16 horas"
were not read); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _starts(body: str) -> list[str]:
    text = f"Agenda do governador\n\nSource: Governo de Pernambuco\n\nPublicado em março de 2025\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "expected"), [
    ("A posse dos secretários será na sexta-feira, 14 de março, a partir das 16 horas, no Palácio.",
     ["2025-03-14 16:00"]),
    ("O governador recebe os prefeitos na sexta-feira, 14 de março, a partir das 9h30, no Palácio.",
     ["2025-03-14 09:30"]),
])
def test_hour_after_a_partir_das(body: str, expected: list[str]) -> None:
    assert _starts(body) == expected


def test_que_vem_between_weekday_and_day() -> None:
    body = "A reunião com o secretariado será na quarta-feira que vem, 12/3, às 8 horas, no Palácio."
    assert _starts(body) == ["2025-03-12 08:00"]


def test_das_before_a_bare_count_is_no_hour() -> None:
    body = "Na sexta-feira, 14 de março, o governador recebe os presidentes das 10 câmaras municipais."
    assert _starts(body) == ["2025-03-14"]
