"""Papers due at a place by a time, "Bids are due at the clerk's office by 2 p.m. on Friday 5 March", are a deadline;
a traveller due in a town by a time arrives there. (Found by probes of the held-out kind "extra": the bids' hour
was an event on the item's own day.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"Notice\n\nSource: Example Procurement Office\n\nPublished 2 March 2027\n\n{body}\n"
    return sorted(str(e.start) for e in extract(text, source="t", reference=REFERENCE,
                                                 default_zone="Europe/Brussels").events)


@pytest.mark.parametrize("body", [
    "Bids are due in Accra by 7 p.m. on Friday 5 March.",
    "Sealed tenders are due at the city clerk's office by 2 p.m. on Friday, March 5.",
    "Nomination forms are due at the Town Hall in Galway by 5 p.m., Friday 5 March.",
])
def test_papers_due_somewhere_by_a_time_are_no_event(body: str) -> None:
    assert _starts(body) == []


def test_a_traveller_due_in_a_town_by_a_time_arrives_then() -> None:
    assert _starts("The minister is due in Accra by 7 p.m. on Friday 5 March for talks.") \
        == ["2027-03-05 19:00:00+00:00"]


def test_the_opening_of_the_bids_stays_an_event() -> None:
    assert _starts("Bids are due in Accra by 7 p.m. on Friday 5 March. They are opened in public on Monday 8 March "
                   "at 10:00 in Accra.") == ["2027-03-08 10:00:00+00:00"]


def test_papers_in_a_relative_clause_leave_the_traveller_arriving() -> None:
    """(found by review) "the officials who drafted the reports are due in Accra by 7 p.m.": the reports are what the
    officials drafted; the officials are due, an arrival."""
    assert _starts("The minister and the officials who drafted the reports are due in Accra by 7 p.m. on Friday "
                   "5 March for the summit.") == ["2027-03-05 19:00:00+00:00"]
