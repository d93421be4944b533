"""A paper said to be laid or tabled on a day to come, an adverb between "be" and the participle ("will be formally
laid before Parliament on 14 May", "is to be officially tabled in the House on"), is a sitting's business to come,
not a paper named by the day it was laid ("the 2023 Annual Report, formally laid before Parliament on 24 July 2024").
The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _days(line: str) -> list[str]:
    text = f"Notice\n\nSource: Parliament\n\nPublished 20 April 2026\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "The annual report will be formally laid before Parliament on 14 May 2026 at 11 am.",
    "The budget statement is to be officially tabled in the House on 14 May 2026 at 11 am.",
])
def test_a_paper_to_be_laid_is_business_to_come(line: str) -> None:
    assert _days(line) == ["2026-05-14"]


def test_a_paper_laid_is_still_named_by_its_day() -> None:
    line = "The committee will discuss the 2025 Annual Report, formally laid before Parliament on 24 March 2026."
    assert _days(line) == []
