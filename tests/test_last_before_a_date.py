""""last" right before a day and month, as American news writes a date gone by: "the bishop announced it last Oct. 10",
"Last March 3, the board met" (issue #10, "not an event"). Seen in world-hundredthirtysixth: a Guam report of a Mass
to come said the pope had announced the synod "last Oct. 10", in a sentence that also told of a synod to be held, and
that day was published as an event. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


_HEAD = "Parish retreat\n\nSource: Cathedral parish\n\nPublished December 2, 2025\n\n"


@pytest.mark.parametrize("past", [
    "The retreat opens a year of prayer that the diocese will close in June; the bishop announced it last Oct. 12 "
    "at the cathedral.",
    "Last November 3, the council chose the theme, and its members will lead the retreat.",
])
def test_the_day_after_last_is_history(past: str) -> None:
    text = _HEAD + "The retreat is at 6 p.m. Dec. 5 in the parish hall in Hagåtña.\n\n" + past + "\n"
    assert _days(text) == ["2025-12-05 18:00"]


def test_a_day_to_come_stays() -> None:
    text = _HEAD + "The retreat will last until Dec. 7 and opens at 6 p.m. Dec. 5 in the parish hall in Hagåtña.\n"
    assert "2025-12-05 18:00" in _days(text)
