"""A calendar's navigation links on a line of their own under an event's day and time ("Previous Repeat", "« Prev
Next »", "Previous | Next", "Back to calendar"): they lead to the other events of the calendar and name none, so the
event keeps its page's title. Issue #10, the forms left by earlier sessions (seen on a city council's JEvents event
pages, pages-p54, whose summary was "Previous Repeat"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.schedule import caption

_REFERENCE = dt.date(2031, 3, 1)


@pytest.mark.parametrize("links", ["Previous Repeat", "« Prev   Next »", "Previous | Next", "Next Repeat",
                                   "‹ Previous  Next ›"])
def test_the_links_name_no_event(links: str) -> None:
    text = (f"Planning Board Hearing\n\nWednesday, March 12, 2031, 06:30pm\n\n{links}\n\n"
            "The board hears the applications for the riverside lots.\n\n"
            "The hearing takes place in Room 210 of the Municipal Building.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert len(events) == 1
    assert events[0].summary.endswith("Planning Board Hearing")


@pytest.mark.parametrize(("line", "expected"), [
    ("Previous Repeat", ""),
    ("« Prev   Next »", ""),
    ("Next Steps Workshop", "Next Steps Workshop"),  # a word of them opening a name
    ("Repeat Offenders Forum", "Repeat Offenders Forum"),
])
def test_a_line_of_links_is_no_caption(line: str, expected: str) -> None:
    assert caption(line) == expected
