"""A report with no stamp whose newest days are told in the preterite of holding or marking something ("Los Estados
miembros conmemoraron los días 14 y 15 de marzo de 2027 ...", "celebraram"): what happened, no
event, as "held the forum on ..." already is in English (issue #10, "Not events"); a run of days counts by its last
day. The same days announced stay. Seen in world-ninetyfirst (a treaty body's report); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2027, 5, 1)


def _days(text: str) -> list[str]:
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("sentence", [
    "Los Estados miembros del organismo conmemoraron los días 14 y 15 de marzo de 2027 el aniversario del tratado.",
    "Os Estados membros celebraram nos dias 14 e 15 de março de 2027 o aniversário do tratado.",
])
def test_report_of_the_newest_days(sentence: str) -> None:
    assert _days(f"Anniversary of the treaty\n\nSource: Agency\n\n{sentence}\n") == []


def test_announced_days_stay() -> None:
    text = ("Anniversary of the treaty\n\nSource: Agency\n\nLos Estados miembros conmemorarán los días 14 y 15 de "
            "marzo de 2027 el aniversario del tratado.\n")
    assert _days(text) == ["2027-03-14"]
