"""An event put off with no new day, in the words the item-level notice of replaced.py reads too ("bis auf Weiteres
verschoben", "repoussée sine die", "suspendida sine die"), is published as cancelled: a subscriber's calendar must not
keep a day that will not happen. One word table (verbs.PUT_OFF_NO_NEW_DAY) now serves findings.py and replaced.py,
so each reads the other's words; before, these three were tentative or confirmed. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from model import CANCELLED
from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _statuses(line: str) -> list[str]:
    text = f"Notice\n\nSource: Town hall\n\n{line}\n"
    return [e.status for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Die Bürgerversammlung am 14. Mai 2026 um 18 Uhr ist bis auf Weiteres verschoben.",
    "La réunion publique du 14 mai 2026 à 18 heures est repoussée sine die.",
    "La audiencia pública del 14 de mayo de 2026 a las 18:00 queda suspendida sine die.",
])
def test_put_off_with_no_new_day_is_cancelled(line: str) -> None:
    assert _statuses(line) == [CANCELLED]


def test_put_off_to_a_new_day_is_not_cancelled() -> None:
    statuses = _statuses("Die Bürgerversammlung am 14. Mai 2026 um 18 Uhr ist auf den 21. Mai 2026 verschoben.")
    assert CANCELLED not in statuses
