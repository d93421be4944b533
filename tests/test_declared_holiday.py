"""A day declared a holiday ("the Cabinet declared Sunday, September 15th a public holiday", "Cabinet has approved
Monday 14 July 2031 as a public holiday") is a day off by decree, which nobody gathers for: no event
(world-fiftyninth 13, a Gulf cabinet's decision read as an event on the holiday). Celebrations told beside it keep
their own days. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

PALAU = """Holiday for the national day

Source: Office of the President of Palau

The President has declared Friday, 3 October 2031 a national holiday for the Day of the Republic; the celebrations at
the capital begin on Saturday, 4 October 2031 at 9:00 a.m.
"""

SAMOA = """Monday a public holiday after the final

Source: Government of Samoa

Cabinet has approved Monday 14 July 2031 as a public holiday to celebrate the rugby team's victory.
"""


@pytest.mark.parametrize(("text", "days"), [
    (PALAU, [dt.date(2031, 10, 4)]),
    (SAMOA, []),
])
def test_the_declared_holiday_is_no_event(text: str, days: list[dt.date]) -> None:
    events = extract(text, source="cabinet", reference=dt.date(2031, 7, 1)).events
    assert [e.start.date() for e in events] == days


@pytest.mark.parametrize("body", [
    "The council approved plans for a parade on Monday 14 July 2031, a public holiday. The parade starts at 10:00 a.m.",
    "Cabinet approved a family picnic for Monday 14 July 2031, a national holiday, in the park at 10 a.m.",
])
def test_a_happening_set_on_a_holiday_stays(body: str) -> None:
    # (review) the decree names a day off; a parade or a picnic approved for a holiday is a happening that day.
    text = f"Holiday plans\n\nSource: Town of Westbury\n\n{body}\n"
    events = extract(text, source="town", reference=dt.date(2031, 7, 1)).events
    assert [e.start.date() for e in events] == [dt.date(2031, 7, 14)]
