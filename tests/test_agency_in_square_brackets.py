"""A wire dateline whose agency stands in square brackets, as Indian state information departments write it:
"GANGTOK, 26 Nov [IPR]:", "SHILLONG, Mar 4 [DIPR]:". Its day is the day the story was filed, not an event
(world-sixtysecond, item 1: the dateline published as an event on 26 November)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

SHILLONG = """Chief Minister to open the orchid show

Source: Test

SHILLONG, Mar 4 [DIPR]: The Chief Minister will open the state orchid show at the Polo Grounds on 6 March 2026 at 11 am.
"""

ITANAGAR = """Governor to address the youth festival

Source: Test

ITANAGAR, 12 Feb [APP]: The Governor addresses the closing of the state youth festival at the Indira Gandhi Park on
14 February 2026 at 3 pm.
"""


@pytest.mark.parametrize(("text", "day"), [(SHILLONG, dt.date(2026, 3, 6)), (ITANAGAR, dt.date(2026, 2, 14))],
                         ids=["shillong", "itanagar"])
def test_the_day_of_the_dateline_is_no_event(text: str, day: dt.date) -> None:
    events = extract(text, source="test", reference=dt.date(2026, 1, 15)).events
    assert [e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events] == [day]


def test_a_room_in_brackets_after_a_day_is_no_agency() -> None:
    text = ("Workshop\n\nSource: Test\n\nWorkshop, 5 May 2026 [Room 2]: the second session on budgets opens at"
            " 10:00.\n")
    assert [e.start.date() for e in extract(text, source="test", reference=dt.date(2026, 4, 1)).events
            if isinstance(e.start, dt.datetime)] == [dt.date(2026, 5, 5)]
