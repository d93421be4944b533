"""A dotted number after the word that numbers a room, a gate or a part of a text ("Room 2.14", "Section 3.15") is
that number, not a clock: "Research seminar: 12 June 2031, 4pm, Room 2.14" gave a second event at 02:14. A clock
after such a word with its am/pm, or after "at", stays a clock. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "times", "why"), [
    ("Research seminar: 12 June 2031, 4pm, Room 2.14, Kelvin Building.", ["4pm"], "a room's number"),
    ("The committee sits in room 3.15 at noon.", ["at noon"], "lower case the same"),
    ("Boarding from Gate 4.30 is closed; see Section 2.10 of the rules.", [], "a gate and a section"),
    ("The talk in Room 2 starts at 2.30.", ["at 2.30"], "'at' before the number: a clock"),
    ("Meet at the stand at 11.15 on Friday.", ["at 11.15"], "a clock after 'at' near a numbering word"),
])  # fmt: skip
def test_numbers_of_rooms_are_no_clocks(text: str, times: list[str], why: str) -> None:
    assert [m.text for m in find_mentions(text) if m.kind == "time"] == times, why
