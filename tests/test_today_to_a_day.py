"""A run from the item's day to a later one said with "between today and", or as Portuguese and Spanish say it
("entre hoje e 10 de novembro", "de hoje até 10 de novembro", "desde hoy hasta el 10 de noviembre"), is one span
from the stamp's day (world-fortysixth 12: a campaign "entre hoje e 5 de outubro" gave its last day alone). "today"
and a day told apart in a sentence stay apart. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Campaign

Source: Provincial Health Office

Published: 27 October 2031

{body}
"""

CASES = [
    ("The polio drive runs between today and 10 November in every district.", "English 'between ... and'"),
    ("A campanha contra a pólio decorre entre hoje e 10 de novembro em todos os distritos.", "Portuguese 'entre'"),
    ("A campanha contra a pólio decorre de hoje até 10 de novembro em todos os distritos.", "Portuguese 'de ... até'"),
    ("La campaña contra la polio se realiza desde hoy hasta el 10 de noviembre en todos los distritos.",
     "Spanish 'desde ... hasta el'"),
]


@pytest.mark.parametrize(("body", "why"), CASES)
def test_today_to_a_later_day_is_one_span(body: str, why: str) -> None:
    events = extract(ITEM.format(body=body), source="health", reference=dt.date(2031, 10, 1),
                     default_zone="Africa/Maputo").events
    assert [(e.start.isoformat(), e.end.isoformat()) for e in events if e.all_day] \
        == [("2031-10-27", "2031-11-11")], why


def test_today_and_a_day_told_apart_stay_apart() -> None:
    body = "The board said today and 10 November was named as the day of the vote."
    events = extract(ITEM.format(body=body), source="health", reference=dt.date(2031, 10, 1),
                     default_zone="Africa/Maputo").events
    assert [e.start.isoformat() for e in events if e.all_day] == ["2031-11-10"]
