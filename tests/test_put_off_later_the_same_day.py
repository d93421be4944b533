"""French "repoussé à plus tard dans la journée" (put off to later in the day) moves a press point within its day: it
is not put off with no new day ("renvoyé à plus tard"), so it is not cancelled. Texts in our own words (reviewer,
session 48)."""

from __future__ import annotations

import datetime as dt

from model import CANCELLED
from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _statuses(sentence: str) -> list[str]:
    text = f"Point presse\n\nSource: Ministère\n\n{sentence}\n"
    return [e.status for e in extract(text, source="test", reference=_REFERENCE).events]


def test_later_the_same_day_is_not_cancelled() -> None:
    statuses = _statuses("Le point de presse du jeudi 12 février 2026, prévu à 10h, est repoussé à plus tard dans la "
                         "journée.")
    assert statuses
    assert CANCELLED not in statuses


def test_put_off_to_later_is_still_cancelled() -> None:
    assert _statuses("Le point de presse du jeudi 12 février 2026 à 10h est renvoyé à plus tard.") == [CANCELLED]
