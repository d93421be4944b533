"""A practicality after a comma and a word or two ("..., with media access from 10:30 a.m.", "..., and
registration opens at 1:30 p.m.") is set apart from the event the sentence announces, as one after a full stop or a
colon is; and one between commas about who may come ("The ceremony, open to accredited media, starts at 10:00") is an
aside. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Minister opens the flood centre

Source: A provincial ministry

Saskatoon, June 1, 2031

{sentence}
"""


def _starts(sentence: str) -> list[tuple[int, int]]:
    events = extract(ITEM.format(sentence=sentence), source="ministry", reference=dt.date(2031, 5, 20)).events
    return [(e.start.hour, e.start.minute) for e in events if e.start is not None and not e.all_day
            and e.first_day == dt.date(2031, 6, 6)]


@pytest.mark.parametrize("sentence", [
    "The Minister opens the flood centre on Friday, June 6 at 2 p.m., with media access from 1:30 p.m.",
    "The Minister opens the flood centre on Friday, June 6 at 2 p.m., and registration opens at 1:30 p.m.",
    "The Minister opens the flood centre on Friday, June 6 at 2 p.m., media set-up from 1:30 p.m.",
])
def test_the_event_before_the_comma_stays(sentence: str) -> None:
    assert _starts(sentence) == [(14, 0)]


@pytest.mark.parametrize("sentence", [
    "The ceremony, open to accredited media, starts at 2 p.m. on Friday, June 6.",
    "The ceremony starts at 2 p.m. on Friday, June 6, open to accredited media.",
])
def test_who_may_come_between_commas_is_an_aside(sentence: str) -> None:
    assert _starts(sentence) == [(14, 0)]


def test_a_practicality_that_is_the_whole_sentence_stays_out() -> None:
    assert _starts("Media accreditation closes on Friday, June 6 at 2 p.m.") == []
