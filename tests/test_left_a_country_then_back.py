""""The President left Ruritania today, Monday, 4 June 2035, for a visit to ...; he returns on Saturday, 9 June":
leaving a country named before the day (not only "leaves for X on") sets out on the trip whose last day a later
sentence gives (world-fortyfirst 7: only the day of leaving was read, and the return apart). A country named without
a verb of leaving, and a return before the day, leave the day alone. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """President abroad for a week

Source: Office of the President, Ruritania

Published: 4 June 2035

{body}
"""


def _all_day(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2035, 6, 4),
                     default_zone="UTC").events
    return [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}") for e in events if e.all_day]


@pytest.mark.parametrize("body", [
    "The President left Ruritania today, Monday, June 4, 2035, for a visit to Canada and Mexico.\n\n"
    "He speaks at two universities. The President returns to Ruritania on Saturday, 9th June 2035.",
    "The President departs Ruritania on 4 June 2035 for a visit to Canada and Mexico. He returns on 9 June.",
])
def test_the_trip_runs_to_its_return(body: str) -> None:
    assert _all_day(body) == [("2035-06-04", "2035-06-10")]


def test_a_day_after_a_country_alone_is_its_own() -> None:
    body = ("Ruritania marks its national day today, June 4, 2035, with a parade in the capital.\n\n"
            "The President returns to the capital on Saturday, 9th June 2035.")
    assert ("2035-06-04", "2035-06-10") not in _all_day(body)
