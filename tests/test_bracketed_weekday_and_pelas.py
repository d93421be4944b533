"""Two Portuguese forms of a council's notice: the weekday in brackets before its day ("hoje (Segunda-feira), 15 de
Setembro"), which tells the year a yearless day falls in as "segunda-feira, 15 de setembro" does, and the hour after
"pelas" ("pelas 10 horas", at about ten), as Angola's and Portugal's releases write it (issue #10, "Year" and
"Time"). Seen in world-ninetyeighth (a council of ministers "hoje (Segunda-feira), 15 de Setembro, pelas 10 horas"
was read as a day of the wrong year); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _starts(body: str) -> list[str]:
    text = f"Conselho de Ministros\n\nSource: Governo de Angola\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("body", "expected"), [
    # 15 September is a Monday in 2025, not in 2026
    ("O Presidente orienta hoje (Segunda-feira), 15 de Setembro, às 10 horas, a reunião do Conselho de Ministros.",
     ["2025-09-15 10:00"]),
    ("A comissão reúne-se na (Quinta-feira), 12 de Março, às 9 horas.", ["2026-03-12 09:00"]),
])
def test_weekday_in_brackets_tells_the_year(body: str, expected: list[str]) -> None:
    assert _starts(body) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("O Presidente orienta na terça-feira, 3 de março de 2026, pelas 10 horas, a reunião do Conselho de Ministros.",
     ["2026-03-03 10:00"]),
    ("A cerimónia tem lugar no dia 5 de março de 2026, pelas 15h30, no Palácio.", ["2026-03-05 15:30"]),
])
def test_hour_after_pelas(body: str, expected: list[str]) -> None:
    assert _starts(body) == expected
