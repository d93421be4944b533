"""The Danish and Norwegian passive to come, "bliver holdt", "blir holdt", "skal bli holdt" (will be held), shares its
participle with the past "holdt" (held): a meeting that will be held on a day is an event, not history; "blev holdt"
(was held) is still the past. Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


_LATER = "Ministeren holder pressemøde tirsdag den 10. februar 2026 kl. 10.00 i Folketinget."


def _days(sentence: str) -> list[str]:
    text = f"Pressemøde\n\nSource: Departementet\n\n{sentence} {_LATER}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("sentence", [
    "Mødet bliver holdt den 12. januar 2026 i Folketinget.",
    "Møtet blir holdt den 12. januar 2026 i Oslo.",
    "Møtet skal bli holdt den 12. januar 2026 i Oslo.",
])
def test_a_meeting_that_will_be_held_is_an_event(sentence: str) -> None:
    assert _days(sentence) == ["2026-01-12", "2026-02-10"]


def test_a_meeting_that_was_held_is_history() -> None:
    assert _days("Mødet blev holdt den 12. januar 2026 i Folketinget.") == ["2026-02-10"]
