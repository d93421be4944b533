"""A meeting named by its date that takes up a paper ("08.04.2031 tarihli Meclis toplantısında bütçe raporu
görüşülecektir": the budget report is discussed at the meeting of that day) keeps its day; the papers of a past meeting
("tarihli toplantıda alınan kararlar") are still no event. Texts in our own words (reviewer, session 48)."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE


def _days(line: str) -> list[str]:
    text = f"Meclis gündemi\n\nSource: Örnekova Belediyesi\n\n{line}\n"
    return [e.start.strftime("%Y-%m-%d") for e in extract(text, source="belediye", reference=REFERENCE).events]


@pytest.mark.parametrize("line", [
    "08.04.2031 tarihli Meclis toplantısında bütçe raporu görüşülecektir.",
    "08.04.2031 tarihli oturumda imar teklifi oylanacak.",
])
def test_the_meeting_of_the_day_keeps_it(line: str) -> None:
    assert _days(line) == ["2031-04-08"]


def test_the_papers_of_a_past_meeting_are_no_event() -> None:
    assert _days("08.04.2031 tarihli toplantıda alınan kararlar okunacak.") == []
