"""The states of Brazil on Brasília's hour that the city gazetteer lacks, named by their governments with no town
("Governo do Estado do Ceará", "Governo de Sergipe"): each on its capital's clock, UTC-3, and off the summer time
the South-East kept until 2019 (issue #10, "Zone": times with no label are the place's). Seen in
world-ninetyeighth (the governors of Ceará and Sergipe were read on the calendar's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("org", "expected"), [
    ("Governo do Estado do Ceará", "2025-03-12 13:00"),
    ("Governo de Sergipe", "2025-03-12 13:00"),
    ("Governo do Estado de Alagoas", "2025-03-12 13:00"),
    ("Governo de Pernambuco", "2025-03-12 13:00"),
    ("Governo do Piauí", "2025-03-12 13:00"),
    ("Governo do Maranhão", "2025-03-12 13:00"),
])
def test_state_clock(org: str, expected: str) -> None:
    text = (f"Agenda do governador\n\nSource: {org}\n\n"
            "O governador recebe os prefeitos na quarta-feira, 12 de março de 2025, às 10 horas.\n")
    assert _utc(text) == [expected]


def test_the_north_east_kept_no_summer_time() -> None:
    # January 2010: São Paulo was on summer time (UTC-2), Sergipe was not
    text = ("Agenda do governador\n\nSource: Governo de Sergipe\n\n"
            "O governador reassume o cargo na segunda-feira, 11 de janeiro de 2010, às 8 horas.\n")
    assert _utc(text) == ["2010-01-11 11:00"]
