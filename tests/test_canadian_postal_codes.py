"""A Canadian address split over lines, its postal code last ("Larkspur Falls," / "BC" / "V0J 2N0"): the postal code's
first letter gives the province, and so the clock of the item's times when no line names a known town with it.

A tourism board's event page (its address's town, province and postal code each in a block of its own) was read in the
calendar's zone. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers
from parsers.capostcodes import province_of_postcodes


def _starts(text: str) -> list[str]:
    events = parsers.extract(text, source="x", reference=dt.date(2025, 9, 1), default_zone="Europe/Brussels").events
    return [e.start.astimezone(dt.UTC).isoformat() for e in events]


def test_a_supper_in_british_columbia() -> None:
    text = ("Harvest Supper\n\nSaturday, October 11, 2025, 6:00pm\n\nA supper of local produce for the whole"
            " valley.\n\nEvent Location\n\nLarkspur Falls Community Hall\n\nLarkspur Falls,\n\nBC\n\nV0J 2N0\n")
    assert _starts(text) == ["2025-10-12T01:00:00+00:00"]  # 6 pm on the Pacific clock


def test_the_provinces_by_their_first_letter() -> None:
    assert (place := province_of_postcodes(["Calgary office: 400 Main St, T2P 1J9"])) is not None
    assert place.zone == "America/Edmonton"
    assert (place := province_of_postcodes(["1 Rue Principale", "H2X 1Y4"])) is not None
    assert place.zone == "America/Toronto"


def test_no_code_or_codes_of_two_clocks_say_nothing() -> None:
    assert province_of_postcodes(["Ref. A1B2C3 and model v2n 1b2"]) is None
    assert province_of_postcodes(["V6B 1A1 and M5V 2T6"]) is None
