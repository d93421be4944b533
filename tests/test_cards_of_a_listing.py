"""A listing of cards, each its name over its date (and hour), a blank line between cards: each card is titled by
the name above its date, never by the next card's name below the blank line; a card with only a day or a span of
days is an event of those days."""

from __future__ import annotations

import datetime as dt

from parsers import extract

LISTING = """What's on at the hall

Source: A concert hall

Brass Band Gala
20 Sep 2031, 7.30pm

Lantern Exhibition
03 Aug - 29 Sep 2031

Choir Evening
27 Sep 2031, 8pm
"""


def test_each_card_is_titled_by_the_name_above_its_date() -> None:
    events = sorted(extract(LISTING, source="t", reference=dt.date(2031, 7, 1)).events, key=lambda e: str(e.start))
    assert [(str(e.start)[:16], e.summary) for e in events] == [
        ("2031-08-03", "Lantern Exhibition"), ("2031-09-20 19:30", "Brass Band Gala"),
        ("2031-09-27 20:00", "Choir Evening")]


def test_a_date_heading_over_rows_past_a_blank_line_makes_no_card() -> None:
    text = ("Programme\n\nSource: A ministry\n\nPress programme\nMonday 16 March 2031\n\n"
            "10:00 Opening of the conference\n11:30 Press conference\n")
    events = extract(text, source="t", reference=dt.date(2031, 3, 1)).events
    assert [e.all_day for e in events] == [False, False]


def test_a_caption_naming_the_date_makes_no_card() -> None:
    text = ("Council to meet in Montreal\n\nSource: A secretariat\n\nPress Release\n\n"
            "The council meets in Montreal from 5 to 17 December 2031.\n\nPublication Date\n2031-06-21\n")
    events = extract(text, source="t", reference=dt.date(2031, 6, 1)).events
    assert all(e.summary != "Publication Date" for e in events)
