"""A day whose own verb is in the past, in a clause of its own after what is to come ("will move that the House,
noting that the national day fell on 15 November 2017, ...", "will congratulate the team, which won the cup on 3
March"), is history, not an event; a later day of what is to come in the same sentence stays ("The committee, which
met on 3 March, will meet again on 28 March"). Texts in our own words; no publication date, as on an order paper."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

PAPER = """Order paper

Source: A house of assembly

Motions for Tuesday 20 March 2029

{sentence}
"""


def _days(sentence: str) -> list[dt.date]:
    events = extract(PAPER.format(sentence=sentence), source="house", reference=dt.date(2029, 3, 1)).events
    return sorted(e.first_day for e in events)


@pytest.mark.parametrize("sentence", [
    "The Member for Soufrière will move that this House, noting that World Fisheries Day fell on 21 November 2028, "
    "thanks the island's fishers.",
    "The Member will move that the House congratulate the netball team, which won the regional cup on 3 March 2029.",
])
def test_the_past_clause_s_day_is_history(sentence: str) -> None:
    assert dt.date(2028, 11, 21) not in _days(sentence)
    assert dt.date(2029, 3, 3) not in _days(sentence)


def test_the_later_day_to_come_stays() -> None:
    assert _days("The committee, which met on 3 March 2029, will meet again on 28 March 2029.") \
        == [dt.date(2029, 3, 28)]


def test_a_later_day_after_the_past_clause_stays() -> None:
    """(found by review) the reception's day, after the clause of the cup won, with the future said before both."""
    assert _days("The Speaker will congratulate the netball team, which won the regional cup on 3 March 2029, at a "
                 "reception on 27 March 2029 at 18:00.") == [dt.date(2029, 3, 27)]


def test_a_later_day_that_is_the_subject_of_a_past_verb_is_history() -> None:
    """"... will move that the House notes that the fair fell on 3 March 2029, and that 9 March 2029 marked a century
    of the club": both days gone by."""
    assert _days("The Member will move that the House notes that the fair fell on 3 March 2029, and that 9 March "
                 "2029 marked a century of the club.") == []
