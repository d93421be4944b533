"""A key date's row that says only what is made known that day, a step of a call for papers or of an award ("10 July
2013:" over "Notices of acceptance sent", "Final program released: June 1, 2026", "20 May 2026 – Shortlist
announced"), is no event: nobody gathers (world-fiftyseventh 10: a standards body's workshop page published two such
rows as days). The rows that name a deadline were already left; the event the dates lead to stays. Items in our own
words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {org}

{body}
"""


def _days(title: str, org: str, body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(title=title, org=org, body=body), source="x", reference=dt.date(2026, 1, 1)).events
    return [(e.start.strftime("%Y-%m-%d"), e.summary) for e in events]


@pytest.mark.parametrize(("title", "org", "body", "kept"), [
    ("Call for papers: Symposium on Soil Carbon", "Soil Science Society",
     "Symposium on Soil Carbon, 14-16 October 2026, Ghent\n\nImportant Dates\n1 June 2026:\nAbstracts due\n"
     "15 July 2026:\nNotification of acceptance sent\n1 August 2026:\nProgramme published\n30 September 2026:\n"
     "Early registration closes",
     "2026-10-14"),
    ("Key dates", "Signal Processing Society",
     "Key dates\n\nPaper submission deadline: March 3, 2026\nAcceptance notifications sent: May 12, 2026\n"
     "Final program released: June 1, 2026\nConference: July 7-9, 2026, Lisbon",
     "2026-07-07"),
    ("Award timeline", "Royal Society of Chemistry",
     "Timeline\n\n10 April 2026 – Nominations close\n20 May 2026 – Shortlist announced\n"
     "15 June 2026 – Winners notified\n2 July 2026 – Award ceremony, Burlington House",
     "2026-07-02"),
], ids=["date-over-label", "caption-then-date", "date-dash-label"])
def test_a_row_of_what_is_made_known_is_no_event(title: str, org: str, body: str, kept: str) -> None:
    assert [day for day, _ in _days(title, org, body)] == [kept]


def test_a_row_that_names_a_gathering_stays() -> None:
    body = "Timeline\n\n20 May 2026 – Shortlist announced\n2 July 2026 – Winners announced at the awards dinner"
    assert [day for day, _ in _days("Award timeline", "Royal Society of Chemistry", body)] == ["2026-07-02"]
