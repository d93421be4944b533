"""Gaps in the tables of world knowledge that bound an undated item's year (issue #10, the forms left by earlier
sessions): the OSCE Chairmanships of Slovenia (2005) and Greece (2009), Russia's G8 Presidency (2006, the G8 written
as such), the Premiers of Newfoundland and Labrador after Kathy Dunderdale and after Andrew Furey, those of Prince
Edward Island after Dennis King, and UNFPA's Executive Directors. Public facts; the texts are ours, read with a
reference date (1 December 2026) outside the terms but for the incumbents'."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import officeholders, presidencies
from tests.year_texts import REFERENCE, days_of, events_of

PRESIDENCIES = [
    # (text, the latest span of the window, why)
    ("The Slovenian OSCE Chairmanship opens the conference.", ("2005-01-01", "2005-12-31"), "Slovenia's, 2005"),
    ("The Greek OSCE Chairmanship opens the conference.", ("2009-01-01", "2009-12-31"), "Greece's, 2009"),
    ("Russia's G8 Presidency hosts the energy ministers.", ("2006-01-01", "2006-12-31"), "the G8 written as such"),
    ("Die russische G8-Präsidentschaft lädt die Minister ein.", ("2006-01-01", "2006-12-31"), "in German"),
    ("The British G8 Presidency hosts the ministers.", ("2013-01-01", "2013-12-31"), "the G8 ended in 2013"),
]


@pytest.mark.parametrize(("text", "expected", "why"), PRESIDENCIES, ids=[row[2] for row in PRESIDENCIES])
def test_the_presidencies_filled_in(text: str, expected: tuple[str, str], why: str) -> None:
    found = presidencies.window(text, REFERENCE)
    assert found is not None, why
    assert (found.spans[-1][0].isoformat(), found.spans[-1][1].isoformat()) == expected, why


HOLDERS = [
    # (text, reference date, the first and last days of the window, why)
    ("Premier Tom Marshall opens the new wing.", REFERENCE, ("2014-01-24", "2014-09-26"), "after Dunderdale"),
    ("Premier Paul Davis opens the new wing.", REFERENCE, ("2014-09-26", "2015-12-14"), "before Ball"),
    ("Premier John Hogan opens the new wing.", REFERENCE, ("2025-05-09", "2025-10-29"), "after Furey"),
    ("Premier Tony Wakeham opens the new wing.", dt.date(2024, 6, 1), ("2025-10-29", None), "after Hogan"),
    ("P.E.I. Premier Bloyce Thompson opens the new wing.", REFERENCE, ("2025-12-12", "2026-02-28"),
     "between Lantz's two terms"),
    ("P.E.I. Premier Rob Lantz opens the new wing.", dt.date(2024, 6, 1), ("2025-02-21", None), "after King"),
    ("UNFPA Executive Director Babatunde Osotimehin opens the meeting.", REFERENCE, ("2011-01-01", "2017-06-04"),
     "UNFPA's head"),
    ("UNFPA Executive Director Natalia Kanem opens the meeting.", REFERENCE, ("2017-06-01", "2025-07-16"),
     "acting from June 2017, then appointed"),
    ("UNFPA Executive Director Diene Keita opens the meeting.", dt.date(2024, 6, 1), ("2025-07-16", None),
     "acting from July 2025, then appointed"),
]


@pytest.mark.parametrize(("text", "reference", "expected", "why"), HOLDERS, ids=[row[3] for row in HOLDERS])
def test_the_holders_filled_in(text: str, reference: dt.date, expected: tuple[str, str | None], why: str) -> None:
    window = officeholders.window(text, reference)
    assert window is not None, why
    assert window.spans[0][0].isoformat() == expected[0], why
    if expected[1] is not None:
        assert window.spans[-1][1].isoformat() == expected[1], why


def test_an_undated_item_takes_the_chairmanships_year() -> None:
    body = "The Greek OSCE Chairmanship hosts the ministers in Athens on 14 March at 10:00."
    assert days_of(events_of(body, "Ministers meet in Athens")) == ["2009-03-14"]
