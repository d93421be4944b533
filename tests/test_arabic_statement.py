"""A short Arabic sentence that tells of a sitting to come and gives its day but no clock ("تعقد اللجنة جلستها يوم
الأحد 15 مارس.") is an event, as "The committee sits on Sunday 15 March." is. Arabic has no capitals, and its words
had not been counted as running text, so the sentence was taken for a line that only names a day (seen while
probing session 45's note on an Arabic stamp). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 2, 20)


def _days(line: str) -> list[str]:
    text = f"إعلان\n\nSource: بلدية\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "تعقد اللجنة جلستها يوم الأحد 15 مارس 2026.",
    "تعقد اللجنة جلستها يوم الأحد 15 مارس.",
])
def test_a_sentence_of_a_sitting_to_come_is_an_event(line: str) -> None:
    assert _days(line) == ["2026-03-15"]


@pytest.mark.parametrize("line", [
    "الأحد 15 مارس 2026",  # a day's heading
    "الدوحة، 15 مارس 2026.",  # a dateline
])
def test_a_line_that_only_names_a_day_is_none(line: str) -> None:
    assert _days(line) == []
