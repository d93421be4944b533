"""A day counted back in a sentence that tells in the past what someone announced ("The day before, the chief
announced ...") is when it was said, no event; said of what is to come, or of a meeting, it stays one
(world-fifteenth 3). Items in our own words."""

from __future__ import annotations

from .conftest import listed

HEAD = "Fire service briefing\n\nSource: A fire service\n\nPublished: Mar. 4, 2027\n\n"


def test_a_day_before_on_which_something_was_announced_is_no_event() -> None:
    text = HEAD + ("The service holds a briefing at 11 a.m. in the Harbour Room.\n\n"
                   "The day before, the chief announced new shift rotas and named two deputies.\n")
    assert listed(text) == ["2027-03-04 11:00"]


def test_a_day_before_an_announcement_still_to_come_is_an_event() -> None:
    text = HEAD + ("The open day is on Saturday, March 13, 2027.\n\n"
                   "The day before, the chief will announce the new rotas.\n")
    assert listed(text) == ["2027-03-12", "2027-03-13"]
