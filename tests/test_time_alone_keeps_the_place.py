"""A time alone in a sentence ("A joint press conference follows at 14.30.") is on the day in context, and where the
event before it in the paragraph is: on that town's clock, not the clock of the dateline's town. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Visit of the President to Japan

Source: Presidency of the Portuguese Republic

The President travels to Japan on 3 March. In Osaka on 4 March at 10.00, she opens the fair. {alone}

Lisbon, 27 February 2031
"""


def test_the_time_alone_is_on_the_clock_of_the_paragraph_s_town() -> None:
    text = ITEM.format(alone="A press conference is planned at about 15.30.")
    events = extract(text, source="presidency", reference=dt.date(2031, 2, 20)).events
    press = [e for e in events if e.start is not None and not e.all_day and e.start.hour == 15]
    assert [(e.first_day, e.timezone) for e in press] == [(dt.date(2031, 3, 4), "Asia/Tokyo")]


def test_a_time_alone_that_names_its_town_keeps_it() -> None:
    text = ITEM.format(alone="A reception at the embassy in Seoul follows at 19.00.")
    events = extract(text, source="presidency", reference=dt.date(2031, 2, 20)).events
    evening = [e for e in events if e.start is not None and not e.all_day and e.start.hour == 19]
    assert [e.timezone for e in evening] == ["Asia/Seoul"]

