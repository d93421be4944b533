"""A card whose caption ("Lecture: \"Cities and the sea\"", "What: Public lecture on ...") stands above a field that
names no entry ("Speaker: Prof. ...") and then its "Date:" and "Time:" fields: the caption names the card's event,
not the item's title (found while probing the forms of world-fortysecond's universities' public lectures: the
lecture was named after a title that said only "Notice"). A caption line right above the date still names it, as
before. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice

Source: University of the Coast

Published: 1 March 2031

{caption}
Date: Thursday, 20 March 2031
Time: 5:00 pm – 6:30 pm (GMT)
Venue: Great Hall, University of the Coast
"""

CASES = [
    ('Lecture: "Cities and the sea"\nSpeaker: Prof. Ama Mensah', "cities and the sea"),
    ("What: Public lecture on tides\nSpeaker: Dr Kofi Asante", "public lecture on tides"),
    ("Public lecture on tides", "public lecture on tides"),
]


@pytest.mark.parametrize(("caption", "words"), CASES)
def test_card_named_by_its_caption(caption: str, words: str) -> None:
    events = extract(ITEM.format(caption=caption), source="uni", reference=dt.date(2031, 3, 1),
                     default_zone="UTC").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-03-20 17:00"]
    assert words in events[0].summary.lower(), events[0].summary
