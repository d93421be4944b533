"""A labelled time, then in brackets the same moment on other places' clocks, each named after its time ("20:00 GMT
(17:00 en Buenos Aires, 2pm en Ciudad de México)"): one event at the labelled time (world-twentyfourth 12: each
place's time was an event of its own). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE

ITEM = """Online debate on trade

Source: Policy Forum

Published: 4 March 2026

{sentence}
"""

# (sentence, UTC starts of the timed events, why)
SENTENCES = [
    ("La transmisión empieza el 5 de marzo a las 20:00 GMT (17:00 en Buenos Aires, 2pm en Ciudad de México, "
     "3 pm en Bogotá y en Lima).", ["2026-03-05 20:00"], "Spanish: each place's clock in the bracket"),
    ("The debate streams on 5 March at 14:00 UTC (9 a.m. in New York, 11 a.m. in São Paulo).",
     ["2026-03-05 14:00"], "English: 'in' before each place"),
    ("The debate streams on 5 March at 14:00 UTC (9 a.m. New York, 15:00 Lagos).",
     ["2026-03-05 14:00"], "no preposition, the place right after its time"),
    ("The debate streams on 5 March at 14:00 UTC (10 a.m. Eastern).",
     ["2026-03-05 14:00"], "a bracket with a region's clock, as before"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), SENTENCES)
def test_the_bracket_of_other_clocks_is_the_same_moment(sentence: str, expected: list[str], why: str) -> None:
    events = [e for e in extract(ITEM.format(sentence=sentence), source="conversions", reference=REFERENCE).events
              if not e.all_day]
    assert sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events) == expected, why

