"""Icelandic days and hours in words (issue #10, "dates" and "times" in words): "á morgun" (tomorrow), "í dag" and
"í kvöld" (today), "í gær" (yesterday) counted from the item's stamp; "klukkan tíu" (ten o'clock), "klukkan fjögur
síðdegis" (four in the afternoon); "klukkan fjögur" alone says neither half of the day and is left unread. Seen in
world-hundredeighth (Iceland's government meeting "klukkan tíu á morgun" in Grindavík); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from .conftest import listed

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    text = f"Ríkisstjórnin fundar\n\nSource: Forsætisráðuneytið\n\n12. mars 2024 18:40\n\n{body}\n"
    return listed(text, _REFERENCE)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Ríkisstjórnin kemur saman til fundar á morgun kl. 9.30 á Akureyri.", "2024-03-13 09:30"),
        ("Ríkisstjórnin kemur saman til fundar klukkan tíu á morgun á Akureyri.", "2024-03-13 10:00"),
        ("Ráðherrar boða til blaðamannafundar klukkan fjögur síðdegis á morgun á Akureyri.", "2024-03-13 16:00"),
        ("Forsætisráðherra heldur ræðu í kvöld kl. 20 í Hörpu í Reykjavík.", "2024-03-12 20:00"),
    ],
    ids=["a-morgun-kl", "klukkan-tiu", "klukkan-fjogur-sidegis", "i-kvold"],
)
def test_icelandic_day_and_hour_words(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_an_early_hour_word_alone_is_left_unread() -> None:
    body = "Ráðherrar boða til blaðamannafundar klukkan fjögur á morgun á Akureyri."
    assert _starts(body) == ["2024-03-13"]
