"""A Turkish sentence that ends in a saying of the past ("duyurdu", "açıkladı", "bildirdi") over a deed to come, told
by its future participle ("yapılacağını", "başlayacağını", "katılacağını"), tells no report: its day is to come.
Texts in our own words (review of s51-w144)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "Belediye, konserin 14 Mart 2026 günü saat 19:00'da Kültür Merkezi'nde yapılacağını duyurdu.",
        "Bakanlık, toplantının 14 Mart 2026 tarihinde saat 19:00'da başlayacağını açıkladı.",
    ],
)
def test_a_deed_to_come_said_in_the_past_stays(sentence: str) -> None:
    events = extract(f"Duyuru\n\n{sentence}\n", source="t", reference=dt.date(2026, 3, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2026-03-14 19:00"]


def test_a_report_still_is_gone_by() -> None:
    sentence = "Dernek, 11 Aralık 2025 günü saat 19:00'da Kültür Merkezi'nde bir resepsiyon düzenledi."
    assert extract(f"Duyuru\n\n{sentence}\n", source="t", reference=dt.date(2026, 3, 1)).events == []
