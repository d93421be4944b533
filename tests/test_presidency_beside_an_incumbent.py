"""A rotating presidency or a named gathering bounds an undated item's year only within the terms of the office-holders
it also names in office: "The Italian Presidency said President Mattarella will receive EU ambassadors" is not of
Italy's 2014 Council presidency, before his term began; a summit in a holder's term still dates the item."""

from __future__ import annotations

from tests.year_texts import days_of, events_of


def test_an_incumbent_outside_the_presidencys_term_leaves_the_reference_year() -> None:
    events = events_of("The Italian Presidency said President Mattarella will receive EU ambassadors on 14 September"
                       " at 11:00.", "Media advisory")
    assert days_of(events) == ["2026-09-14"]


def test_a_summit_within_an_incumbents_term_still_dates_the_item() -> None:
    events = events_of("Ahead of the Vilnius Summit, President Mattarella receives NATO ambassadors on 16 February at"
                       " 10:00.", "Media advisory")
    assert days_of(events) == ["2023-02-16"]
