"""A Turkish paper's possessed noun before a date names the paper only where the date closes the reference ("Meclis
kararı 03/02/2031, 4/89)"): "faiz kararı 20 Mart 2031 Perşembe günü saat 14.00'te açıklanacak" is the day and hour a
decision is announced, an event. Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE


@pytest.mark.parametrize("line", [
    "Para Politikası Kurulunun faiz kararı 20 Mart 2031 Perşembe günü saat 14.00'te açıklanacaktır.",
    "Komisyon raporu 20/03/2031 Perşembe günü saat 14.00'te Meclis Başkanlığına sunulacak.",
])
def test_a_decision_announced_on_a_day_to_come_is_an_event(line: str) -> None:
    text = f"Duyuru\n\nSource: Örnekova Kalkınma Ajansı\n\n{line}\n"
    events = extract(text, source="ajans", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-03-20 14:00"]
