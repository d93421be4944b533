"""A later clause of a sentence told on a trip ("On Monday he meets the Prime Minister at 11am, followed by a joint
press conference at 12.15pm") is on the trip's clock, as the clause before it is, though its own words name no
traveller. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Visit of the Prime Minister to Singapore

Source: Office of the Prime Minister of New Zealand

The Prime Minister will depart Auckland on Sunday 9 March 2031 and arrive in Singapore the same evening. On Monday he
will meet his counterpart at the Istana at 11am, followed by a joint press conference at 12.15pm.

He will travel to Hanoi on Wednesday 12 March, where he will hold talks with the President at 3pm.

Wellington, 5 March 2031
"""


def test_the_clause_after_is_on_the_trip_s_clock() -> None:
    events = extract(ITEM.replace("he\nwill", "he will"), source="pm", reference=dt.date(2031, 3, 1)).events
    timed = sorted((e.start.hour, e.timezone) for e in events if e.start is not None and not e.all_day)
    assert timed == [(11, "Asia/Singapore"), (12, "Asia/Singapore"), (15, "Asia/Bangkok")]
