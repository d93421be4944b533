"""A plan told in the past with its first day, "were first due to fly to the station on February 26", "was originally
scheduled to open the season on 3 May": the day set aside when the plan changed, whatever the plan was to do, is no
event (issue #10, "Not events: a date replaced by another"). Seen in world-seventyfifth (a launch moved by a day,
whose first day was published beside the new one); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import listed

_REFERENCE = dt.date(2026, 3, 1)


def _days(text: str) -> list[dt.date]:
    return sorted((e.start.date() if isinstance(e.start, dt.datetime) else e.start)
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_flight_moved_by_a_day() -> None:
    text = ("Research balloon launch moved to Thursday\n\nSource: National Balloon Facility\n\n12 May 2026\n\n"
            "The balloon will now lift off on 14 May 2026 at 6.30am. The team was first due to launch it from the "
            "northern pad on 13 May 2026; high winds led to the delay.\n")
    assert _days(text) == [dt.date(2026, 5, 14)]


def test_a_season_opening_moved() -> None:
    text = ("Theatre season opens later\n\nSource: Municipal Theatre of Évora\n\n2 April 2026\n\n"
            "The gala was originally scheduled to open the season on 3 May 2026. Because of the works on the stage, "
            "it takes place on 10 May 2026 at 9 p.m.\n")
    assert _days(text) == [dt.date(2026, 5, 10)]


@pytest.mark.parametrize("line", [
    "The summit, which was originally scheduled to take place in Geneva, will now open in Vienna on 3 May 2031 "
    "at 10:00.",
    "The vote was originally due to take place last week and is now set for 3 May 2031 at 10:00.",
])
def test_the_new_plans_day_stays(line: str) -> None:
    """The plan's words stop at a comma or the new plan's own words: the day after them is the new plan's."""
    assert "2031-05-03 10:00" in listed(f"Notice\n\nSource: A summit office\n\nVienna, 2 March 2031\n\n{line}\n")
