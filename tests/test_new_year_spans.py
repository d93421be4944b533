"""A span across New Year ("28 December - 3 January", "from December 30 to January 2, 2028"): its end falls in
the next year, in whichever form and language it is written. Each text is our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

STAMPED = """Winter programme

Source: A city's events office

Published: 20 November 2027

{sentence}
"""


@pytest.mark.parametrize(("sentence", "expected", "why"), [
    ("The lantern festival runs from 28 December - 3 January in the old town square.",
     ["2027-12-28..2028-01-03"], "no year at all: the stamp's year starts it, the next ends it"),
    ("The skating rink is open from December 30 to January 2, 2028.", ["2027-12-30..2028-01-02"],
     "the year after the end is the end's"),
    ("The sculpture trail is open December 30, 2027 to January 2 along the river.", ["2027-12-30..2028-01-02"],
     "the year after the start is the start's"),
    ("The workshops run Dec. 28 – Jan. 3 in the east wing.", ["2027-12-28..2028-01-03"], "abbreviated months"),
    ("Der Wintermarkt findet vom 27. Dezember bis 2. Januar auf dem Marktplatz statt.", ["2027-12-27..2028-01-02"],
     "German"),
    ("Le marché d'hiver se tient du 29 décembre au 4 janvier sur la place.", ["2027-12-29..2028-01-04"], "French"),
    ("The museum shows its winter exhibition from 29 December 2027 to 4 January, with a lecture on 2 January at "
     "6 p.m.", ["2027-12-29..2028-01-04", "2028-01-02 18:00"],
     "the lecture's time is the lecture's, not the first day's of the span"),
])  # fmt: skip
def test_a_span_across_new_year_ends_in_the_next_year(sentence: str, expected: list[str], why: str) -> None:
    assert listed(STAMPED.format(sentence=sentence)) == expected, why
