"""Two words an item names that are no town of its: a body's initials spelled out in brackets at a line's head
("ITU (International Telecommunication Union): ..."), which is no wire dateline though Itu is a town in Brazil; and a
person's surname opening a line ("Fernando Quevedo, the Director, ..."), which the item writes inside a sentence too
("given by Fernando Quevedo"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

from .conftest import REFERENCE


def _utc_starts(body: str, source: str = "Centre of Examples") -> list[str]:
    events = extract(f"Forum programme\n\nSource: {source}\n\n{body}\n", source="words", reference=REFERENCE).events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%dT%H:%M}" for e in events if not e.all_day)


def test_initials_spelled_out_are_no_dateline() -> None:
    body = ("ITU (International Telecommunication Union): a word of welcome from its Secretary-General\n\n"
            "Wednesday, 4 March 2026\n\n09:30 Opening of the forum\n")
    assert _utc_starts(body, "Geneva Forum of Examples") == ["2026-03-04T08:30"]


def test_a_capitalised_dateline_with_an_office_in_brackets_still_counts() -> None:
    body = "BRASILIA (Press Office): The minister will speak on Wednesday, 4 March 2026 at 10:00.\n"
    assert _utc_starts(body) == ["2026-03-04T13:00"]


def test_a_surname_opening_lines_is_no_town() -> None:
    body = ("Wednesday, 4 March 2026\n\n09:30 Opening of the forum\n\n"
            "Fernando Quevedo, the Director, welcomes the guests\n\n"
            "Guests:\n  • the Mayor of Trieste\n  • the Prefect of Trieste\n\n"
            "10:00 The plan for the next decade\nFernando Quevedo, Director\n\n"
            "11:00 A lecture given by Fernando Quevedo\n")
    assert _utc_starts(body) == ["2026-03-04T08:30", "2026-03-04T09:00", "2026-03-04T10:00"]
