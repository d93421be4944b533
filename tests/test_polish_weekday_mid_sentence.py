"""A Polish weekday said alone in mid-sentence ("Spotkanie ... odbędzie się we wtorek o godz. 17:00") is the coming
such day, as it is opening the sentence ("We wtorek o godz. 17:00 ..."), not the stamp's day. Texts in our own words
(review of s51-w144)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize(
    "sentence",
    [
        "Spotkanie z mieszkańcami odbędzie się we wtorek o godz. 17:00 w ratuszu.",
        "We wtorek o godz. 17:00 w ratuszu odbędzie się spotkanie z mieszkańcami.",
    ],
)
def test_the_weekday_is_the_coming_one(sentence: str) -> None:
    text = f"Komunikat\n\nWarszawa, 4 marca 2026 r.\n\n{sentence}\n"
    events = extract(text, source="t", reference=dt.date(2026, 3, 1)).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2026-03-10 17:00"]
