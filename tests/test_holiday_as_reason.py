"""A holiday given as the reason for a change ("Because of the public holiday on Monday 1 June, the clinic opens on
Tuesday 2 June at 09:00"): the holiday's day is no event; the day the sentence moves the event to is. Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(sentence: str) -> list[dt.date]:
    text = f"Notice\n\nSource: A city council\n\n27 May 2031\n\n{sentence}\n"
    events = extract(text, source="council", reference=dt.date(2031, 5, 1)).events
    return sorted({e.first_day for e in events})


@pytest.mark.parametrize("sentence", [
    "Because of the public holiday on Monday 2 June, the council meets on Tuesday 3 June at 18:00 in Cork.",
    "Owing to the bank holiday on Monday 2 June, the council meets on Tuesday 3 June at 18:00 in Cork.",
    "Due to the Whit Monday holiday on 2 June, the council meets on Tuesday 3 June at 18:00 in Cork.",
    "En raison du jour férié du lundi 2 juin, le conseil se réunit le mardi 3 juin à 18h00 à Lyon.",
])
def test_only_the_day_moved_to_is_an_event(sentence: str) -> None:
    assert _days(sentence) == [dt.date(2031, 6, 3)]


def test_a_gathering_held_on_a_holiday_keeps_its_day() -> None:
    """A holiday that is the event's own day, not a reason, stays the event's."""
    assert _days("The parade will be held on the national holiday on Monday 2 June at 10:00 in Cork.") \
        == [dt.date(2031, 6, 2)]


@pytest.mark.parametrize("sentence", [
    "Because of the public holiday on Monday 2 June, the museum opens at 10:00 that day only for the minister's visit.",
    "Prizes will be given on the holiday of Monday 2 June at 10:00 in Cork.",
])
def test_the_holidays_own_event_keeps_its_day(sentence: str) -> None:
    """An event set on the holiday itself ("that day", or "given" as a verb) keeps the holiday's day."""
    assert _days(sentence) == [dt.date(2031, 6, 2)]
