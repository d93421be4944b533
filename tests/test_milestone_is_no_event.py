"""A count said to reach a level on a day ("The world population will reach seven billion on 31 October", "alcanzará
los siete mil millones el 31 de octubre", "atteindra 8 milliards le 15 novembre") is a milestone, no gathering; a
UN fund's release had published it (the w113 helper, session 44). A team that reaches a final, a convoy that reaches
a town: no level is named, and the day stays. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(body: str) -> list[str]:
    text = f"Population day\n\nSource: United Nations Population Fund, New York\n\n2011-10-10\n\n{body}\n"
    return [f"{e.start:%m-%d}" for e in extract(text, source="test", reference=dt.date(2011, 10, 10)).events]


@pytest.mark.parametrize("body", [
    "The world population will reach seven billion on 31 October, the fund says.",
    "La población mundial alcanzará los siete mil millones el 31 de octubre.",
    "La population mondiale atteindra 8 milliards le 31 octobre.",
])
def test_a_level_reached_is_no_event(body: str) -> None:
    assert _days(body) == []


@pytest.mark.parametrize("body", [
    "The travelling exhibition will reach Geneva on 31 October and opens to the public at the Palais des Nations.",
    "The national team reaches the final on 31 October in the stadium.",
])
def test_no_level_named_keeps_the_day(body: str) -> None:
    assert _days(body) == ["10-31"]
