"""A card that gives its day and its hour on lines of their own, then a venue line ("Lego Club for Kids" /
"Kids | Free drop in" / "Saturday, March 14, 2026" / "10:00 - 11:00 am" / "Central Branch, upstairs"): the venue line
says where, the card's heading says what; a line of the card's terms (who it is for, what it costs) between the heading
and the day names nothing. A library's branch by its name ("Central Branch") is a venue. Seen in pages-p56 (a public
library's event was titled by its branch line, "Bob Harkins Branch, downtown"). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _summaries(card: str) -> list[str]:
    text = f"Title: Spring at the library\n\nJoin us at the library this spring.\n\n{card}\n"
    return [e.summary for e in extract(text, source="t", reference=dt.date(2026, 3, 1)).events]


def test_the_heading_names_the_card_and_the_branch_says_where() -> None:
    card = ("LEGO CLUB FOR KIDS\nKids | Free drop in\nSaturday, March 14, 2026\n10:00 - 11:00 am\n"
            "Central Branch, upstairs")
    assert _summaries(card) == ["LEGO CLUB FOR KIDS, Central Branch, upstairs"]


def test_a_card_with_no_terms_line() -> None:
    card = "KNITTING CIRCLE\nTuesday, March 17, 2026\n2:00 - 3:30 pm\nEastside Branch"
    assert _summaries(card) == ["KNITTING CIRCLE, Eastside Branch"]


def test_a_line_under_the_hour_that_says_what_keeps_its_words() -> None:
    """The line under the hour names what happens, not a venue: it stays the title."""
    card = "SPRING PROGRAMME\nTuesday, March 17, 2026\n2:00 - 3:30 pm\nStory time with the children's author"
    assert _summaries(card) == ["Story time with the children's author"]


def test_the_executive_branch_is_no_venue() -> None:
    from parsers.schedule import venue_between

    assert venue_between("Central Branch, upstairs")
    assert not venue_between("Executive Branch")
