"""A place shut over days, the holiday given in a clause of reason after them: "The Embassy will be closed from Monday
14 August to Tuesday 15 August 2017, as Tuesday 15 August 2017 is Assumption Day": the holiday's day is what the place
is shut for, no event (issue #10, "Nothing that is not an event"). Seen in world-hundredtwentythird (an embassy's
notice of closing put an event on the holiday); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_closed_as_the_day_is_a_named_holiday() -> None:
    text = ("Consulate closed for Whit Monday\n\nSource: Consulate\n\nNOTICE\n\n"
            "The Consulate will be closed on Monday 25 May 2026, as Monday 25 May 2026 is Whit Monday Day, a public "
            "holiday.\n")
    assert _starts(text) == []


def test_closed_since_the_day_is_a_holiday() -> None:
    text = ("Office closed\n\nSource: High Commission\n\nNOTICE\n\n"
            "The High Commission will be closed from Friday 1 May to Monday 4 May 2026, since Friday 1 May 2026 is "
            "Labour Day.\n")
    assert _starts(text) == []
