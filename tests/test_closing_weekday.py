"""A weekday set off by a comma at the end of a sentence told as to come ("... will host the Minister at the
Pentagon, Wednesday."), as American agencies write the day of what they announce, dates its event; "said,
Wednesday" of the past does not. (Met in our own texts in the style of a defence department's notice.) Texts of our
own."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Released May 19, 2031\n\nThe Secretary will host the Minister of Defence of Estonia at the Pentagon, Wednesday.",
     ["2031-05-21"], "a weekday closing a sentence of what is to come"),
    ("Released May 19, 2031\n\nThe Secretary will host the Minister of Defence of Estonia at the Pentagon, Wednesday. "
     "An honor cordon welcoming the minister is scheduled for 9 a.m. EDT.", ["2031-05-21 13:00"],
     "its time in the next sentence"),
    ("Released May 19, 2031\n\nThe Secretary hosted the Minister of Defence of Estonia at the Pentagon, Monday.", [],
     "told in the past: no event"),
    ("Released May 19, 2031\n\nThe Secretary, who will travel to Brussels later this month, spoke to reporters at "
     "the Pentagon, Monday.", [], "a future aside does not make the sentence's own verb one to come (found by review)"),
], ids=["day", "time", "past", "aside"])
def test_a_weekday_closing_the_sentence(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body, zone="America/New_York")) == expected, why
