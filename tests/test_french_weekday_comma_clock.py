"""A French weekday with no "le" or "ce", set off by a comma before its clock: "tient mercredi, à 14h 30, une
réunion", as wires write it. The weekday dates the clock, as it does in "tient mercredi à 14h 30"; without it the
clock fell on the dateline's day, or on no day at all. Seen in world-ninetyfourth (a Dakar wire "4 mars (APS) - ...
organise, mercredi, à 14h 30, un « market place »" put on Monday the 4th). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)
_HEAD = "Réunion à Thiès\n\nSource: Bureau de test\n\nPublié le 3 juin 2024\n\n"


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


@pytest.mark.parametrize("body", [
    "Thiès, 3 juin (APS) - Le comité régional tient jeudi, à 9h 30, sa réunion de bilan, selon un communiqué.",
    "Le comité régional tient jeudi, à 9h30, sa réunion de bilan à la gouvernance.",
    "Le comité régional tient jeudi à 9h30 sa réunion de bilan à la gouvernance.",
])
def test_weekday_before_its_clock_after_a_comma(body: str) -> None:
    # 3 June 2024 is a Monday: the Thursday after it is the 6th.
    assert _starts(_HEAD + body + "\n") == ["2024-06-06 09:30"]


def test_list_of_weekdays_is_not_one_day() -> None:
    # "lundi, mercredi et vendredi, à 9h": a weekly rule, no weekday of its own before the clock
    body = "Le guichet ouvre lundi, mercredi et vendredi, à 9h, pour les dépôts de dossiers."
    starts = _starts(_HEAD + body + "\n")
    assert not any(day in start for start in starts for day in ("2024-06-05", "2024-06-07"))
