"""A header line that gives the town after its date ("PRESS RELEASE 12 March 2019 | Canberra") or a dateline with a
two-figure year ("Canberra, 12/03/19") dates the item and gives its times the town's clock, as "Canberra, 12 March
2019" does. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

HEADERS = ["PRESS RELEASE 12 March 2019 | Canberra", "Statement – 12 March 2019 – Canberra", "Canberra, 12/03/19",
           "Canberra, 12 March 2019"]


@pytest.mark.parametrize("header", HEADERS)
def test_header_town_after_date(header: str) -> None:
    item = (f"Briefing\n\nSource: Office of the Minister\n\n{header}\n\n"
            "The Minister will brief the press on 14 March at 11:00.\n")
    events = extract(item, source="header", reference=dt.date(2026, 12, 3)).events
    assert [(e.start.strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events if isinstance(e.start, dt.datetime)] \
        == [("2019-03-14 11:00", "Australia/Sydney")]


def test_a_score_is_no_dateline() -> None:
    item = ("Results\n\nSource: Office of the Minister\n\nThe final score was 3, 12/03/19\n\n"
            "The Minister will brief the press on 14 March at 11:00.\n")
    events = extract(item, source="header", reference=dt.date(2026, 12, 3), default_zone="UTC").events
    assert [e.timezone for e in events] == ["UTC"]
