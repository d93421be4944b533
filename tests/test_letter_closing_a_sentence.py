"""A room's or a list's letter closing a sentence ("in Hall C. The report ...") ends it before a word no name takes
after an initial ("The", "It", "They"): the time of the first sentence keeps its own day instead of taking the day of
the next ("John D. Rockefeller" stays one name)."""

from __future__ import annotations

from parsers.blocks import sentence_spans
from tests.test_notevents import events_of, when


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


def test_a_letter_then_a_pronoun_ends_the_sentence() -> None:
    assert _sentences("The panel sits in Hall C. It then meets on 12 May.") == ["The panel sits in Hall C.",
                                                                           "It then meets on 12 May."]
    assert _sentences("A talk by John D. Rockefeller at noon.") == ["A talk by John D. Rockefeller at noon."]


def test_the_time_keeps_the_day_of_its_own_sentence() -> None:
    body = ("Vienna, 30 July 2031\n\nThe office holds a panel today at 14:00 in Hall C. The yearly review will be "
            "launched on 12 December.\n")
    assert when(events_of(body, title="Panel", zone="Europe/Vienna"))[0] == "2031-07-30 12:00"
