"""After a clock's "a.m." or "p.m.", a capitalised plural noun and its modal or plural verb open a sentence ("... from
10:00 a.m. to 2:00 p.m. Visitors will tour the filters."): the event's title was the two sentences run together,
"Authority holds an open house Visitors tour the filters". Found probing a utility's open house. Our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.blocks import sentences


@pytest.mark.parametrize(("text", "expected"), [
    ("The open house runs from 10:00 a.m. to 2:00 p.m. Visitors will tour the filters.",
     ["The open house runs from 10:00 a.m. to 2:00 p.m.", "Visitors will tour the filters."]),
    ("Doors open at 6 p.m. Tickets are free at the box office.",
     ["Doors open at 6 p.m.", "Tickets are free at the box office."]),
    ("The session ends at 4 p.m. Residents can send questions in advance.",
     ["The session ends at 4 p.m.", "Residents can send questions in advance."]),
])
def test_a_plural_subject_and_its_verb_open_a_sentence(text: str, expected: list[str]) -> None:
    assert list(sentences(text)) == expected


@pytest.mark.parametrize("text", [
    "The board meets at 7 p.m. Tuesday in the hall.",
    "The call starts at 10 a.m. Eastern Time on the usual line.",
    "The fair opens at 9 a.m. Saturdays and Sundays through May.",
])
def test_a_clock_mark_before_a_weekday_or_a_zone_goes_on(text: str) -> None:
    assert list(sentences(text)) == [text]


def test_the_title_is_the_first_sentence_only() -> None:
    item = ("Open house at the treatment plant\n\nSource: Eastbrook Water Authority\n\nThe authority will hold an open "
            "house on Saturday, May 15, 2027, from 10:00 a.m. to 2:00 p.m. Visitors will tour the filters and the "
            "laboratory.\n")
    [event] = extract(item, source="x", reference=dt.date(2027, 1, 15)).events
    assert "Visitors" not in event.summary
