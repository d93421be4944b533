"""Papers named by their days in a meeting record: the attached minutes of an earlier meeting ("Meeting Minutes - MAY 3
2027", "Minutes: 3 May 2027") and the second of papers dated in a list ("claims lists dated April 29, 2027 and May
6, 2027 and ...") are documents, not meetings or events (pages-dev23 walnutcreek.granicus.com: each became an event of
its day). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2027, 5, 1)

# (a consent item of a record, why)
ROWS = [
    ("a. APPROVED THE MINUTES of the previous meeting. Meeting Minutes - MAY 3 2027", "an attached file's name"),
    ("The clerk circulated the draft. Minutes: 3 May 2027, as corrected by the chair.", "minutes named by their day"),
    ("b. ACCEPTED CLAIMS LISTS dated April 29, 2027 and May 6, 2027 and BANK TRANSFERS dated May 6, 2027.",
     "papers dated in a list"),
]


@pytest.mark.parametrize(("item", "why"), ROWS)
def test_papers_named_by_their_days_are_no_events(item: str, why: str) -> None:
    text = f"Consent calendar\n\nSource: Town of Examplefield\n\n{item}\n"
    assert extract(text, source="town", reference=REFERENCE).events == [], why
