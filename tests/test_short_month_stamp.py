"""A news site's stamp whose month is cut short and written small ("08 abr 2024 , 16:14", "15 set. 2023") dates the
item: its days without a year take that year (issue #10, "Year"). Seen in
world-ninetieth (a Quito news site's story on two committees' summonses); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 11, 20)


def _starts(stamp: str, body: str) -> list[str]:
    text = f"Comisión cita al ministro\n\nSource: Asamblea\n\n{stamp}\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize(("stamp", "expected"), [
    ("08 abr 2024 , 16:14", "2024-04-12 09:00"),
    ("8 abr. 2024", "2024-04-12 09:00"),
])
def test_stamp_dates_the_item(stamp: str, expected: str) -> None:
    body = "La Comisión de Salud recibirá al ministro el 12 de abril, a las 09:00, en Quito."
    assert _starts(stamp, body) == [expected]


def test_portuguese_month_and_year() -> None:
    body = "A comissão ouvirá o ministro em 14 de setembro, às 10h, em Brasília."
    assert _starts("12 set. 2023 11:42", body) == ["2023-09-14 10:00"]
