"""A row opened by a bare weekday under a list of days that ends in a span, "il 31 agosto e l'1 e 2 settembre",
"on 30 April and 1 and 2 May" (issue #10, "Date"): the day of that weekday among the days listed, not the next such
weekday after them. Seen in world-hundredfifth (a retreat "il 31 agosto e l'1 e 2 settembre", whose "Venerdì alle
ore 9" fell a week late); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _timed(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_italian_friday_of_the_listed_days() -> None:
    text = ("Convegno\n\nSource: Centro studi\n\n"
            "Il convegno si terrà a Torino il 31 agosto e l'1 e 2 settembre 2007.\n\n"
            "Venerdì alle ore 9 i delegati cominceranno i lavori.\n")
    assert _timed(text) == ["2007-08-31 09:00"]


def test_english_wednesday_of_the_listed_days() -> None:
    text = ("Congress\n\nSource: Study centre\n\n"
            "The congress meets in Leeds on 30 April and 1 and 2 May 2025.\n\n"
            "Wednesday, 10 a.m.: opening session in the main hall.\n")
    assert _timed(text) == ["2025-04-30 10:00"]
