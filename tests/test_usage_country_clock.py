"""A text that names no place and no zone, but writes its dates month first and its clock with "a.m." ("Tuesday,
March 4, 2025, at 11:00 a.m."), is read on Washington's clock, as the United States writes so; a text that writes
otherwise keeps the calendar's clock, and a place the text names wins, and so does a zone chosen for the text
(`--timezone`, a source's zone). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _zones(text: str, zone: str = "Europe/Brussels", zone_given: bool = False) -> list[str]:
    return [e.timezone for e in extract(text, source="advisory", reference=dt.date(2025, 3, 1), default_zone=zone,
                                        zone_given=zone_given).events]


def test_american_usage_with_no_place_takes_washingtons_clock() -> None:
    text = ("Media advisory\n\nSource: Federal Bureau of Weights\n\nThe Director will brief reporters on Tuesday,"
            " March 4, 2025, at 11:00 a.m. on the new standards.\n")
    assert _zones(text) == ["America/New_York"]


def test_day_first_usage_keeps_the_calendars_clock() -> None:
    text = ("Media advisory\n\nSource: Federal Bureau of Weights\n\nThe Director will brief reporters on Tuesday"
            " 4 March 2025 at 11:00 on the new standards.\n")
    assert _zones(text) == ["Europe/Brussels"]


def test_a_named_town_wins_over_usage() -> None:
    text = ("Media advisory\n\nSource: Federal Bureau of Weights\n\nThe Director will brief reporters in Denver on"
            " Tuesday, March 4, 2025, at 11:00 a.m. on the new standards.\n")
    assert _zones(text) == ["America/Denver"]


def test_a_zone_chosen_for_the_source_wins_over_usage() -> None:
    text = ("Press briefing\n\nSource: Department of Health\n\nThe Secretary will brief reporters on Tuesday,"
            " March 4, 2025, at 10:00 a.m. at the main office.\n")
    assert _zones(text, "Asia/Manila", zone_given=True) == ["Asia/Manila"]
    assert _zones(text) == ["America/New_York"]
