"""A line closed by a photographer's credit ("... in Paris, 18 October 2031. © Ana Ruiz for The Daily") is a photo's
caption: its day is when the picture was taken, no event, as a day in "(Photo: ..., 13 January 2030.)" already was.
Found in world-eightyfifth (a bank president's portrait "le 18 octobre 2023 ... © Yves Forestier pour JA" made an
event). A copyright line of the page ("© 2031 Example Bank") names no photographer and changes nothing. Items in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """The fund's jubilee is called off

Source: Example Fund

Published 2 November 2031

{caption}

The fund will hold its board session on Thursday, 6 November 2031 in Dakar.
"""


@pytest.mark.parametrize("caption", [
    "The fund's director at the bank's office in Paris, 18 October 2031. © Ana Ruiz for The Daily",
    "Photo : la directrice du fonds à Dakar, le 18 octobre 2031. © Moussa Diop pour Le Quotidien",
])
def test_the_captioned_day_is_no_event(caption: str) -> None:
    events = extract(ITEM.format(caption=caption), source="fund", reference=dt.date(2031, 11, 2)).events
    assert [e.start.isoformat()[:10] for e in events] == ["2031-11-06"]


def test_a_day_after_the_credit_is_not_the_caption_s() -> None:
    text = ITEM.format(caption="The director. © Ana Ruiz for The Daily\n\nThe jubilee dinner is on 20 November 2031.")
    events = extract(text, source="fund", reference=dt.date(2031, 11, 2)).events
    assert sorted(e.start.isoformat()[:10] for e in events) == ["2031-11-06", "2031-11-20"]
