"""A regular past verb whose object opens with a quantifier: "on Friday the President banned all forms of political
gatherings", "visited every county on Monday" (issue #10, "Tense": a past act told beside its weekday is the week
gone by, as "opened the bridge" is). Seen in world-hundredtwentysixth (a ban "on Friday" was put on the coming
Friday); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_a_ban_told_in_the_past_is_no_event() -> None:
    text = ("Gatherings limited\n\nSource: Ministry of Health\n\nPublished Tuesday 16 March 2021\n\n"
            "On Friday the Governor banned all forms of public gatherings in the county for 30 days.\n")
    assert _starts(text) == []


def test_a_tour_of_every_county_told_in_the_past_is_no_event() -> None:
    text = ("Minister's tour\n\nSource: Ministry of Water\n\nPublished Tuesday 16 March 2021\n\n"
            "The minister visited every county of the lake basin on Monday.\n")
    assert _starts(text) == []
