""""at approximately 1300hrs", "at about 1400 hours": an hour told as near, in four figures with its word after it.
The word is the clock's, so no "hrs" is left in the event's title. Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import REFERENCE


@pytest.mark.parametrize("clock", ["at approximately 1300hrs", "at about 1300 hrs", "at around 1300 hours"])
def test_the_word_after_a_near_four_figure_clock_is_the_clocks(clock: str) -> None:
    from parsers import extract
    text = (f"Programme of the day\n\nSource: A prime minister's office\n\nValletta, 12 March 2027\n\n"
            f"After the talks a joint press point will follow {clock}.\n")
    events = extract(text, source="hrs", reference=REFERENCE).events
    assert [(e.start.hour, e.start.minute) for e in events] == [(13, 0)]
    assert not any(word in events[0].summary.lower() for word in ("hrs", "hours"))
