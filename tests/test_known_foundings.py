"""The year an anniversary is held when the item counts it from a founding the reader knows ("the 75th anniversary
of NATO": 1949 + 75 = 2024) or tells ("Founded in 1961, the agency marks its 60th anniversary": 2021) (issue #10).
Not one told as gone, nor one held after next year, never over a year the text gives. The texts are ours, read with
a reference date (1 December 2026) after those years, so that a guess from the reference date shows."""

from __future__ import annotations

import pytest

from parsers import foundings
from tests.year_texts import REFERENCE, days_of, events_of

KNOWN = [
    # (text, the year held or None, why)
    ("The Alliance marks the 75th anniversary of NATO.", 2024, "a table's founding"),
    ("NATO's 75th anniversary is marked in Brussels.", 2024, "its owner before the count"),
    ("Events for the 80th anniversary of the United Nations open.", 2025, "the United Nations"),
    ("A conference marks the 30th anniversary of the signing of the Dayton Peace Agreement.", 2025,
     "the signing of a treaty"),
    ("Le 60e anniversaire du traité de l'Élysée est célébré.", 2023, "French"),
    ("Last year's 75th anniversary of NATO was a success.", None, "an anniversary told as gone"),
    ("The 75th anniversary of NATO in 2024 drew crowds.", None, "a sentence that writes its year"),
    ("The 80th anniversary of NATO is prepared.", None, "held after next year (2029)"),
    ("The 75th anniversary of the club is marked.", None, "a founding nobody knows"),
]


@pytest.mark.parametrize(("text", "year", "why"), KNOWN)
def test_known_anniversary(text: str, year: int | None, why: str) -> None:
    found = foundings.known_anniversary(text, REFERENCE)
    assert (found[0] if found else None) == year, why


FOUNDED = [
    ("Founded in 1961, the agency marks its 60th anniversary.", 2021, "the founding told in the same sentence"),
    ("The agency was founded in 1961. It celebrates its 60th anniversary with a conference.", 2021,
     "in the sentence before"),
    ("Founded in 1961, the agency marked its 50th anniversary in 2011.", None, "a sentence with a year of its own"),
    ("The agency celebrates its 60th anniversary with a conference.", None, "no founding told"),
]


@pytest.mark.parametrize(("text", "year", "why"), FOUNDED)
def test_founded_anniversary(text: str, year: int | None, why: str) -> None:
    found = foundings.founded_anniversary(text, REFERENCE)
    assert (found[0] if found else None) == year, why


def test_a_known_anniversary_dates_an_undated_item() -> None:
    events = events_of("To mark the 80th anniversary of the United Nations, the Secretary-General holds a reception"
                       " on 24 October at 18:00 in New York.", "Media advisory")
    assert days_of(events) == ["2025-10-24"]
    note = next(n for n in events[0].notes if n.startswith("year "))
    assert "the item marks the 80th anniversary of the United Nations, of 1945: held in 2025" in note


def test_a_told_founding_dates_an_undated_item() -> None:
    events = events_of("Founded in 1961, the agency marks its 60th anniversary with a conference on 14 June at 09:00"
                       " in Vienna.", "Media advisory")
    assert days_of(events) == ["2021-06-14"]


def test_a_year_the_text_gives_wins() -> None:
    events = events_of("To mark the 80th anniversary of the United Nations, the Secretary-General holds a reception"
                       " on 24 October 2026 at 18:00 in New York.", "Media advisory")
    assert days_of(events) == ["2026-10-24"]


def test_every_name_has_one_founding() -> None:
    names = [name for line in foundings._FOUNDINGS.splitlines() for name in line.split("\t")[1].split("|")]
    assert len(names) == len(set(names))
    assert all(1800 < int(line.split("\t")[0]) < REFERENCE.year for line in foundings._FOUNDINGS.splitlines())
