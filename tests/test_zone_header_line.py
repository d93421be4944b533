"""A conference site's header naming an IANA zone on a line of its own ("12–14 Mar 2031" / "Asia/Dubai timezone")
gives the clock of the times below it, as "All times are GST" would (world-fortyseventh 6: an exhibition's opening
ceremony was read on the default clock). A zone name that is no IANA zone declares nothing. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.declaredzone import declared_label

ITEM = """Science fair: key dates

Source: Gulf Institute of Technology

12–14 Mar 2031
{zone} timezone

Key dates:
  1. Opening ceremony: Mar 12, 2031 at 10:00 AM
  2. Stand set-up closes: Mar 11th, 2031 at 6:00 PM
"""


def _utc_starts(zone: str) -> list[str]:
    events = extract(ITEM.format(zone=zone), source="institute", reference=dt.date(2031, 3, 1),
                     default_zone="Europe/Brussels").events
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day
            and "ceremony" in e.summary.lower()]


def test_an_iana_zone_header_sets_the_clock_below() -> None:
    assert _utc_starts("Asia/Dubai") == ["2031-03-12 06:00"]


def test_the_line_alone() -> None:
    assert declared_label("America/Argentina/Buenos_Aires timezone") == "America/Argentina/Buenos_Aires"
    assert declared_label("Europe/Lisbon time zone") == "Europe/Lisbon"


def test_no_iana_zone_no_label() -> None:
    assert declared_label("Gulf/Coast timezone") is None
    assert declared_label("Read more about the Asia/Dubai timezone and its history.") is None
