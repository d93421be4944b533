"""The day an office, a court or a town hall keeps a holiday is no event: "City Hall observes the Columbus Day
Holiday on October 13" (world-fortyninth 6: a mayor's note on why her weekly office hour is not held, read as a
whole-day event), "the county observes the Memorial Day holiday on May 26", "closed ... in observance of Veterans
Day". A holiday kept with a gathering stays one ("observes Memorial Day with a wreath-laying ceremony"). Items in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Holiday hours

Source: Town of Millbrook

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="town", reference=dt.date(2031, 5, 1),
                     default_zone="America/New_York").events
    return [e.start.strftime("%Y-%m-%d") for e in events]


def test_town_hall_observes_a_named_holiday() -> None:
    assert _days("Town Hall observes the Columbus Day Holiday on October 13, 2031.") == []


def test_the_county_observes_a_holiday_and_a_meeting_stays() -> None:
    body = ("The county observes the Memorial Day holiday on May 26, 2031; the board of supervisors meets on May 27, "
            "2031 at the courthouse.")
    assert _days(body) == ["2031-05-27"]


def test_a_holiday_kept_with_a_ceremony_is_an_event() -> None:
    body = "The county observes Memorial Day with a wreath-laying ceremony at the courthouse on May 26, 2031."
    assert _days(body) == ["2031-05-26"]
