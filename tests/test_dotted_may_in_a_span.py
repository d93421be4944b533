"""A span whose months are all written with a stop, "May" too ("from Apr. 28 to May. 3, 2024", "from May. 12 to
May. 15, 2031"), is one sentence: the stop after "May" followed by a day and the span's year or other end is no
sentence's end (world-fortyeighth 10). Split there, the span was lost. A stop after "May" before other words still
ends a sentence. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.blocks import sentences

VISIT = """Minister to visit Japan

Source: Ministry of Trade, Exampleland

The Minister for Trade makes an official visit to Japan from May. 12 to May. 15, 2031, where she will meet \\
business leaders.
"""

FESTIVAL = """Harbour festival dates set

Source: Town of Kellby

The harbour festival runs from Apr. 30 to May. 2, 2032 on the quays.
"""


def _spans(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="org", reference=dt.date(2026, 1, 1), default_zone="Asia/Singapore").events
    return [(e.start.strftime("%Y-%m-%d"), e.end.strftime("%Y-%m-%d") if e.end else "") for e in events]


def test_a_visit_with_dotted_mays() -> None:
    assert _spans(VISIT) == [("2031-05-12", "2031-05-16")]


def test_a_festival_ending_on_a_dotted_may() -> None:
    assert _spans(FESTIVAL) == [("2032-04-30", "2032-05-03")]


def test_may_before_words_still_ends_a_sentence() -> None:
    assert len(list(sentences("The hall reopened in May. 3 new rooms were added later."))) == 2
