"""A labelled time restated on a second clock after a slash ("at 3 p.m. (Nairobi time) / 8 a.m. (New York time)",
"at 14:00 CET / 08:00 EST") is one moment: the event keeps the first clock, and its title keeps neither. An
agency's webcast notice showed the form. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


@pytest.mark.parametrize(("clocks", "start"), [
    ("at 3 p.m. (Nairobi time) / 8 a.m. (New York time)", "2024-06-11 15:00 +0300"),
    ("at 14:00 CET / 08:00 EST", "2024-06-11 14:00 +0200"),
])
def test_the_second_clock_is_the_same_moment_and_leaves_the_title(clocks: str, start: str) -> None:
    text = (f"Launch\n\nSource: A programme of the United Nations\n\nThe Executive Director will launch the annual "
            f"report on Tuesday, 11 June 2024, {clocks}.\n")
    events = extract(text, source="webcast", reference=REFERENCE).events
    assert [f"{e.start:%Y-%m-%d %H:%M %z}" for e in events] == [start]
    assert "a.m" not in events[0].summary
    assert "08:00" not in events[0].summary
