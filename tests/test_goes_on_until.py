"""A festival that "opens on 12 January 2025 and goes on until 8 February" is one span, its last day said after
"goes on until" as after "runs until" (world-seventeenth 11). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Lantern festival dates announced

Source: A city council

2024-11-20

The Lantern Festival {sentence}, the council said.
"""


@pytest.mark.parametrize("sentence", [
    "opens on January 12, 2025 and goes on until February 8",
    "opens on January 12, 2025 and carries on until February 8",
    "opens on January 12, 2025 and runs until February 8",
])
def test_a_start_and_an_end_said_with_their_verbs_are_one_span(sentence: str) -> None:
    assert listed(ITEM.format(sentence=sentence)) == ["2025-01-12..2025-02-08"]


SHOW = """Motor show opens next month

Source: A motor show

Published: 1 September 2030

The motor show opens to the public from October 27. {later}
"""


# (later sentence, expected days, why) -- world-twentyseventh 11: the place between "runs" and "until" hid the end
@pytest.mark.parametrize(("later", "expected", "why"), [
    ("The show runs at the expo centre in Midrand until October 31.", ["2030-10-27..2030-10-31"],
     "where it runs stands between 'runs' and 'until': still its last day"),
    ("It continues in the main hall until October 31.", ["2030-10-27..2030-10-31"], "'continues in ... until'"),
    ("The show runs until October 31.", ["2030-10-27..2030-10-31"], "as before, the verb right before 'until'"),
    ("Tickets are on sale at the expo centre until October 31.", ["2030-10-27"],
     "a sale open until a day is no end of the show"),
])
def test_an_end_said_later_with_its_place_between(later: str, expected: list[str], why: str) -> None:
    assert listed(SHOW.format(later=later)) == expected, why


FESTIVAL = """Heritage month opens on Monday

Source: A ministry of culture

Published: 2 March 2031

{first}

Concerts and exhibitions make up the programme, which runs {where} until 30 March{said}.
"""


# (first sentence, where it runs, who said it) -- world-sixtyeighth 10: "across the country" hid the end, the
# sentence's later day (the festival's high point) stood last, and the day the agency got the release was a second day
@pytest.mark.parametrize(("first", "where", "said"), [
    ("The ministry begins a month of heritage activities on Monday, March 3.", "across the country", ""),
    ("The ministry begins a month of heritage activities on Monday, March 3.", "throughout the region", ""),
    ("Starting on Monday (March 3), the ministry holds heritage activities ahead of Heritage Day on March 8.",
     "in every province", ""),
    ("The ministry begins a month of heritage activities on Monday, March 3.", "in every province",
     ", says a note the newsroom received on Sunday"),
    ("The ministry begins a month of heritage activities on Monday, March 3.", "in every province",
     ", according to a statement issued on Saturday"),
])
def test_the_run_said_later_ends_the_started_event(first: str, where: str, said: str) -> None:
    assert "2031-03-03..2031-03-30" in listed(FESTIVAL.format(first=first, where=where, said=said))


def test_a_paper_still_to_be_signed_keeps_its_day() -> None:
    text = ("Letter of intent\n\nSource: A ministry\n\nPublished: 16 April 2031\n\n"
            "The two presidents said the joint letter will be signed on Friday.\n")
    assert listed(text) == ["2031-04-18"]
