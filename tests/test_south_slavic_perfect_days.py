"""A Bosnian, Croatian, Montenegrin or Serbian day told inside a perfect, the auxiliary ("su", "je") right before it
and the l-participle right after ("klubovi koji su 12. maja učestvovali na sastanku", the clubs that took part in the
meeting on 12 May), is a day gone by, not an event, stamp or none; a day after the copula with no participle
("Sjednica je 28. maja u 10 sati u sali") is still one to come. Seen in world-hundredtwentyeighth (a notice of the
Parliament of Montenegro's collegium). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 5, 20)


def _days(line: str) -> list[str]:
    text = f"Vijesti\n\nSource: Skupština\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "Odbor će razmotriti prijedloge klubova koji su 12. maja učestvovali na sastanku.",
    "Predsjednik će primiti delegaciju koja je 14. svibnja posjetila Zagreb.",
])
def test_a_day_inside_a_perfect_is_gone_by(line: str) -> None:
    assert _days(line) == []


def test_a_day_after_the_copula_is_to_come() -> None:
    assert _days("Sjednica Odbora je 28. maja u 10 sati u sali Skupštine.") == ["2026-05-28"]
