"""A day told done with "already": "The stalls were already set up behind the main building on Monday, August 5"
under that Monday's stamp, "the hall had already been booked on 2 March". On or before the stamp's day, it is what
was done, no event (parsers/pastdays.py); a day to come stays ("has already been scheduled for 20 March"). Issue #10,
world-hundredfortyeighth item 13 (a trade fair's stalls set up on the day of writing published as an event); the
texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 9)


def _days(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: Province\n\n9 March 2026\n\n{body}\n", source="test",
                     reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The stalls were already set up behind the main building on Monday, March 9.", [], "set up on the stamp's day"),
    ("The hall had already been booked by the organisers on 2 March.", [], "a day before the stamp"),
    ("The fair opens on 12 March. Its stalls were already in place behind the hall on Monday, March 9.",
     ["2026-03-12"], "in place, the fair's own day kept"),
])
def test_already_done_is_no_event(body: str, expected: list[str], why: str) -> None:
    assert _days(body) == expected, why


def test_already_scheduled_for_a_day_to_come_stays() -> None:
    assert _days("The hearing has already been scheduled for 20 March at the town hall.") == ["2026-03-20"]
