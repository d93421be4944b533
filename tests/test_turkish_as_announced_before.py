"""Turkish "daha önce duyurulduğu gibi" (as announced before) confirms the day that follows; only a day announced
before and then moved ("Daha önce 5 Mart 2026 için duyurulan program ... 6 Mart 2026'ya alındı") is set aside. Texts
in our own words (review of s51-w145)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize("said", ["Daha önce duyurulduğu gibi", "Daha önce belirtildiği üzere"])
def test_as_announced_before_keeps_the_day(said: str) -> None:
    text = f"Duyuru\n\n{said} tören 5 Mart 2026 Perşembe günü saat 10:00'da Valilikte yapılacak.\n"
    events = extract(text, source="t", reference=dt.date(2026, 3, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2026-03-05 10:00"]
