"""Hawaii as Hawaiian writes it, with its ʻokina ("County of Hawaiʻi"), and the islands whose names are no other
place's ("Oʻahu", "Kauai") keep Hawaii's clock (world-thirtyfourth 4: a mayor's press conference "at 2 p.m. today"
was read on the default clock). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Press conference this afternoon

Source: {source}

Published: March 3, 2031

{body}
"""

# (source, body, expected zone, why)
CASES = [
    ("County of Hawaiʻi (Office of the Mayor)", "The mayor speaks to reporters at 2 p.m. today at his office.",
     "Pacific/Honolulu", "the county named with its ʻokina"),
    ("Office of the Mayor", "The mayor speaks to reporters at 2 p.m. today in Kapolei, on Oʻahu.",
     "Pacific/Honolulu", "an island named with its ʻokina"),
    ("Office of the Mayor", "The mayor speaks to reporters at 2 p.m. today in Lihue, Kauai.",
     "Pacific/Honolulu", "an island named without it"),
    ("Office of the Mayor", "The mayor speaks to reporters at 2 p.m. today at the Lanai of the town hall.",
     "UTC", "'lanai', a veranda, is no island: nothing places the item"),
]


@pytest.mark.parametrize(("source", "body", "expected", "why"), CASES)
def test_hawaiian_names_keep_hawaii_clock(source: str, body: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(source=source, body=body), source="hi", reference=dt.date(2031, 3, 1),
                     default_zone="UTC", zone_given=True).events
    assert [e.timezone for e in events] == [expected], why
