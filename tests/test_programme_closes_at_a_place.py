"""A day's programme that closes at a time at a named place ("The day closes at 3:00pm at the National Stadium,
where tennis equipment will be handed to young players") closes with a last happening there, an event; "the day
closes at 6 pm" alone, or "Registration closes at 5pm", is an end or a deadline, no event (world-thirtyfifth 3: the
closing handover was read as the day's end). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Africa Day in the capital

Source: Diplomatic Group

Published: 10 September 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("On Saturday, September 13, 2031 the group plays a football match at 9:00 am. The day closes at 3:00pm at the "
     "National Stadium, where tennis equipment will be handed to young players.",
     ["2031-09-13 09:00", "2031-09-13 15:00"], "the last happening, at a place"),
    ("On Saturday, September 13, 2031 the evening programme starts at 7 pm. The evening closes at 10 pm at the Grand "
     "Hall with a dinner.", ["2031-09-13 19:00", "2031-09-13 22:00"], "the evening closes with a dinner at a hall"),
    ("On Saturday, September 13, 2031 the fair opens at 10 am. The day closes at 6 pm.",
     ["2031-09-13 10:00"], "the day's end alone"),
    ("On Saturday, September 13, 2031 the fair opens at 10 am. Registration closes at 9 am at the City Hall.",
     ["2031-09-13 10:00"], "a deadline stays one"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_programme_closes_at_a_place(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="closes", reference=dt.date(2031, 9, 10),
                     default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day) == expected, why
