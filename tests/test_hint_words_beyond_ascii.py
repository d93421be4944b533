"""A reader gated by hint words written with "?" for letters beyond ASCII ("?ubat" for Turkish "şubat") must find
them however the gate's folded text came out: a text with a dotless "ı" ("toplantısı"), or one lowered already by
another rule, is given lowered, not folded, and "Şubat", "Ağustos", "Eylül", "Kasım", "Aralık" were then never read
(seen while probing world-hundredtwentyfirst's Turkish notice). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, gate, lang_turkish


@pytest.mark.parametrize("text", [
    "Meclis toplantısı 12 Şubat 2026 tarihinde yapılacaktır.",
    "Komisyon 4 Ağustos 2026 tarihinde toplanacaktır.",
    "Kurul 9 Eylül 2026 tarihinde saat dışında toplanır.",
])
def test_a_turkish_month_beyond_ascii_is_read(text: str) -> None:
    assert [m.kind for m in lang_turkish.turkish_mentions(text)] == ["day"]


def test_it_is_read_after_another_rule_lowered_the_text() -> None:
    text = "Encümen 3 Kasım 2026 Salı günü toplanacak."
    gate.lower_case(text)
    assert [m.first.month for m in lang_turkish.turkish_mentions(text) if m.first] == [11]


def test_the_event_is_published() -> None:
    text = "Duyuru\n\nSource: Belediye\n\nMeclis toplantısı 12 Şubat 2026 tarihinde yapılacaktır.\n"
    events = extract(text, source="test", reference=dt.date(2026, 2, 1)).events
    assert [f"{e.start:%Y-%m-%d}" for e in events] == ["2026-02-12"]
