"""Rows of a week's diary that open with a dotted day and month ("10.12 In Brussels: ...", "05.03 Cabinet meeting"),
under a title or heading naming the week: each row is a day of that week, not a clock. world-fortyeighth item 1 (a
commissioner's week, its rows "DD.MM In TOWN: ...") showed the form: its rows were events at 10:12, 11:12 and 13:12 of
the title's day. Rows whose numbers cannot be days near the item's day stay clocks. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = "{title}\n\nSource: {org}\n\n{body}\n"

# (title, organisation, body, the days of the events, why)
DIARIES = [
    ("Agenda of the Vice-President, 8 - 14 June 2026", "Example Commission",
     "08.06 In Luxembourg: talks with the finance ministers of the euro area.\n"
     "10.06 In Strasbourg: statement to the plenary on the recovery fund.\n"
     "12.06 In Lisbon: visit to the harbour authority.",
     [dt.date(2026, 6, 8), dt.date(2026, 6, 10), dt.date(2026, 6, 12)], "rows under a title naming the week"),
    ("State Secretary's week, 28 September – 4 October 2026", "Example Ministry of Transport",
     "- 29.09 Opening of the rail freight conference in Hamburg\n"
     "- 01.10 Meeting with the regional transport ministers\n"
     "- 03.10 Visit to the new Danube bridge in Linz",
     [dt.date(2026, 9, 29), dt.date(2026, 10, 1), dt.date(2026, 10, 3)], "bulleted rows, the week across two months"),
]


@pytest.mark.parametrize(("title", "org", "body", "days", "why"), DIARIES)
def test_dotted_rows_are_the_days_of_the_week(title: str, org: str, body: str, days: list[dt.date],
                                               why: str) -> None:
    events = extract(ITEM.format(title=title, org=org, body=body), source="diary", reference=REFERENCE).events
    assert sorted(e.start for e in events) == days, why
    assert all(not isinstance(e.start, dt.datetime) for e in events), why


def test_clock_rows_of_a_programme_stay_clocks() -> None:
    body = "Friday 12 June 2026\n\n09.30 Welcome by the chair\n10.00 Panel on grid storage\n11.15 Closing remarks"
    events = extract(ITEM.format(title="Programme of the energy day", org="Example Energy Agency", body=body),
                     source="programme", reference=REFERENCE).events
    starts = sorted(e.start for e in events if isinstance(e.start, dt.datetime))
    assert [f"{s:%d %H:%M}" for s in starts] == ["12 09:30", "12 10:00", "12 11:15"]


def test_rows_far_from_the_items_day_stay_clocks() -> None:
    # 10.11 and 11.11 read as days would be in November; the item is of June: these are clocks.
    body = "Friday 12 June 2026\n\n10.11 Arrival of the delegations\n11.11 Signing of the accord"
    events = extract(ITEM.format(title="Programme of the signing", org="Example Foreign Ministry", body=body),
                     source="programme", reference=REFERENCE).events
    starts = sorted(e.start for e in events if isinstance(e.start, dt.datetime))
    assert [f"{s:%m-%d %H:%M}" for s in starts] == ["06-12 10:11", "06-12 11:11"]


def test_numbered_clauses_are_no_days() -> None:
    body = ("Published 3 November 2026. The board meets on 20 November 2026 to adopt the rules.\n\n"
            "2.10 Scope of the rules\n2.11 Terms used in them\n2.12 Fees and charges")
    events = extract(ITEM.format(title="Draft rules of the port board", org="Example Port Board", body=body),
                     source="rules", reference=REFERENCE).events
    days = [e.start for e in events if not isinstance(e.start, dt.datetime)]
    assert days == [dt.date(2026, 11, 20)]


def test_clock_rows_with_one_minute_under_a_dated_heading_stay_clocks() -> None:
    # "09.10", "10.10", "11.10" could be 9, 10 and 11 October, near the item's day; no span names them.
    body = "Friday 25 September 2026\n\n09.10 Arrival of guests\n10.10 Opening of the fair\n11.10 Keynote on trade"
    events = extract(ITEM.format(title="Programme of the trade fair", org="Example Trade Board", body=body),
                     source="programme", reference=REFERENCE).events
    starts = sorted(e.start for e in events if isinstance(e.start, dt.datetime))
    assert [f"{s:%m-%d %H:%M}" for s in starts] == ["09-25 09:10", "09-25 10:10", "09-25 11:10"]
