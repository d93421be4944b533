""""Lusaka 14 March: On Saturday, 14 March, the debating club ... held a model UN session": the day of writing
opening a sentence (after its dateline's town, if any) that tells what was done is a report of that day, not an
event (world-fortyfirst 8: a newsletter's past session was read as an event). The same day told in the present, or
another day told in the past, stays as it was. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Students debate at a model UN session

Source: United Nations Office, Ruritania

Published: 14 March 2037

{body}
"""


def _events(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2037, 3, 14),
                     default_zone="UTC").events
    return [f"{e.start:%Y-%m-%d}" for e in events]


@pytest.mark.parametrize("body", [
    "Lusaka 14 March: On Saturday, 14 March, the debating club of a city school, working with the UN office, held a "
    "model United Nations session at the Cultural Centre.",
    "On 14 March the debating club of a city school, together with the UN office, staged a model session in Lusaka.",
])
def test_a_report_of_the_day_written_is_no_event(body: str) -> None:
    assert _events(body) == []


@pytest.mark.parametrize(("body", "expected"), [
    ("Lusaka 14 March: On Saturday, 14 March, the debating club of a city school holds a model United Nations "
     "session at the Cultural Centre.", ["2037-03-14"]),
    ("On 21 March the debating club of a city school, together with the UN office, holds a model session in Lusaka.",
     ["2037-03-21"]),
])
def test_what_is_still_to_happen_stays(body: str, expected: list[str]) -> None:
    assert _events(body) == expected
