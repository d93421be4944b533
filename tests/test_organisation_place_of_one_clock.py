"""An organisation whose name names two places as specific, one a country of several clocks and the other a place of
one clock, stands in the one of one clock (issue #10, "Zone: times with no label, read in the calendar's zone instead
of the zone of the place they happen in"): "Joint Region Marianas (U.S. Navy, Guam)" is in Guam, not somewhere in the
United States, and its unlabelled times are Guam's. Seen in world-seventyfifth (a navy's training notice in Guam read
in New York's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.orghome import home_of

_REFERENCE = dt.date(2026, 3, 1)


def _zones(text: str) -> set[str]:
    return {str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)}


def test_the_place_of_one_clock_in_the_name() -> None:
    home = home_of("Naval Base Support Office (U.S. Navy, Guam)")
    assert home is not None
    assert home.zone == "Pacific/Guam"
    other = home_of("Harbour Authority (U.S. Coast Guard, Puerto Rico)")
    assert other is not None
    assert other.zone == "America/Puerto_Rico"


def test_unlabelled_times_of_a_notice() -> None:
    text = ("Harbor closures for ship movements\n\nSource: Port Operations Office (U.S. Navy, Guam)\n\n"
            "March 10, 2026\n\nThe U.S. Navy said ships will move through the harbor this week.\n\n"
            "• March 12 from 8 a.m.-noon: Apra Harbor channel.\n")
    assert _zones(text) == {"Pacific/Guam"}
