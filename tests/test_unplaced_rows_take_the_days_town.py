"""A day's rows pasted one cell per line, the first naming its town and the next only a building ("10:00" / "Cabinet
meeting" / "Parliament House, Canberra", then "14:30" / ... / "Government House"): the unplaced row is on the clock
its item's located events share, not the calendar's; the area was asked for at the first row, before any event was
found. (Found by probes of the held-out kind "zone".) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _zones(rows: str) -> list[str]:
    text = f"Daily schedule\n\nSource: Example Office\n\nWednesday, 12 March 2025\n\n{rows}\n"
    return [e.timezone for e in extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events]


def test_a_row_without_a_town_takes_the_clock_of_the_days_town() -> None:
    rows = ("Time\nEvent\nLocation\n10:00\nCabinet meeting\nParliament House, Canberra\n"
            "14:30\nMeeting with the Governor-General\nGovernment House")
    assert _zones(rows) == ["Australia/Sydney", "Australia/Sydney"]


def test_rows_in_towns_of_two_clocks_leave_the_unplaced_one_alone() -> None:
    rows = ("10:00\nBriefing\nParliament House, Canberra\n13:00\nSite visit\nCity Hall, Perth\n"
            "17:00\nDinner\nGovernment House")
    assert _zones(rows) == ["Australia/Sydney", "Australia/Perth", "Europe/Brussels"]


def test_a_labelled_time_keeps_its_label() -> None:
    rows = "10:00\nBriefing\nParliament House, Canberra\n16:00 CET\nCall with the envoy\nPrime Minister's office"
    assert _zones(rows) == ["Australia/Sydney", "Europe/Brussels"]
