"""A timeline's rows under an announcement: "14 May 1971: the new constitution came into force" beside a ceremony
of 2027 is history the notice recalls, decades older than the notice's own date, not an event (whatever the row's
verb, which tense's lists may not know). A row of the item's own years stays. Each text is our own words."""

from __future__ import annotations

import datetime as dt

from .conftest import listed

NOTICE = """Constitution Day at the Consulate

Source: Consulate General of Ruritania

{stamp}The Consulate General will mark Constitution Day with a flag ceremony on Friday 14 May 2027 at 10:00 in its
garden, followed by an open house.

{rows}
"""
ROWS = """14 May 1971: the new constitution came into force after the referendum.
14 May 1996: parliament swung behind the reform of the senate."""


def test_decades_old_rows_are_history() -> None:
    text = NOTICE.format(stamp="Issued 3 May 2027\n\n", rows=ROWS)
    assert listed(text, dt.date(2027, 5, 1)) == ["2027-05-14 10:00"]


def test_decades_old_rows_under_an_undated_notice_are_history_too() -> None:
    assert listed(NOTICE.format(stamp="", rows=ROWS), dt.date(2027, 5, 1)) == ["2027-05-14 10:00"]


def test_rows_of_the_item_s_own_years_stay() -> None:
    rows = "20 May 2027: reception for the diaspora at the Residence\n2 June 2027: consular day in Port Amber"
    assert listed(NOTICE.format(stamp="Issued 3 May 2027\n\n", rows=rows), dt.date(2027, 5, 1)) == [
        "2027-05-14 10:00", "2027-05-20", "2027-06-02"]


def test_an_item_dated_in_another_calendar_keeps_its_rows() -> None:
    # (a Bikram Sambat stamp, decades ahead of the reading day: the rows' years are not ages before it)
    text = ("Media programme\n\nSource: Ministry of Information of Ruritania\n\nDate: 2084/01/20\n\nThe minister "
            "meets the press twice next week.\n\n12 May 2027: press briefing at the ministry, 11:00\n\n14 May 2027: "
            "visit to the printing works, 10:00\n")
    assert listed(text, dt.date(2027, 5, 1)) == ["2027-05-12 11:00", "2027-05-14 10:00"]
