"""A sentence that only says the event runs ("The visit runs from Monday 17 to Thursday 20 March.") names no one:
the event takes its title from the item's title, not "Visit: Visit runs". Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _summaries(text: str) -> list[str]:
    return [e.summary for e in extract(text, source="visit", reference=dt.date(2027, 3, 1)).events]


def test_a_run_of_days_told_of_the_visit_takes_the_items_title() -> None:
    text = ("Foreign Minister to visit Chile\n\nSource: Ministry of Foreign Affairs of the Isles\n\n"
            "Issued 8 March 2027\n\nThe visit runs from Monday 15 to Thursday 18 March.\n")
    assert _summaries(text) == ["Visit: Foreign Minister to visit Chile"]


def test_a_sentence_that_names_who_keeps_its_own_words() -> None:
    text = ("Foreign Minister to visit Chile\n\nSource: Ministry of Foreign Affairs of the Isles\n\n"
            "Issued 8 March 2027\n\nThe Minister's visit to Santiago runs from Monday 15 to Thursday 18 March.\n")
    assert "Santiago" in _summaries(text)[0]
