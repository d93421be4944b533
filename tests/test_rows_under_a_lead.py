"""Numbered rows of days under a sentence that says something takes place as they list ("The federation's elections
will take place as follows:" / "1. District: 11 August 2031." ...) are each a day of what the lead-in announces, not
lines that only say which day it is (world-hundredfiftythird 7: a Swahili notice of an NGO council's elections at
three levels gave no event). A list of deadlines under a lead-in that announces nothing taking place stays no event.
Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Notice

Source: A federation of associations

4 July 2031
{lead}
1.   {first}: {day} 11 {month} 2031.
2.   {second}: {day} 17 {month} 2031.
3.   {third}: {day} 23 {month} 2031.
Further instructions follow from the officers of each level.
"""


def _days(**parts: str) -> list[str]:
    events = extract(ITEM.format(**parts), source="t", reference=dt.date(2031, 7, 4),
                     default_zone="Africa/Dar_es_Salaam").events
    return sorted(e.start.isoformat()[:10] for e in events)


@pytest.mark.parametrize("parts", [
    {"lead": "The federation's elections will take place as follows:", "first": "District", "second": "Region",
     "third": "National", "day": "", "month": "August"},
    {"lead": "Uchaguzi wa viongozi wa shirikisho utafanyika kwa ratiba ifuatayo:", "first": "Wilaya",
     "second": "Mkoa", "third": "Taifa", "day": "tarehe", "month": "Agosti"},
    {"lead": "Les assemblées régionales de la fédération se tiendront aux dates suivantes :", "first": "Nord",
     "second": "Centre", "third": "Sud", "day": "", "month": "août"},
])
def test_rows_under_a_lead_in_of_what_takes_place_are_its_days(parts: dict[str, str]) -> None:
    assert _days(**parts) == ["2031-08-11", "2031-08-17", "2031-08-23"]


def test_rows_of_deadlines_stay_no_events() -> None:
    parts = {"lead": "Nomination forms must be returned by these dates:", "first": "District", "second": "Region",
             "third": "National", "day": "", "month": "August"}
    assert _days(**parts) == []
