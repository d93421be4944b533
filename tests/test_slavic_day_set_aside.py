"""In Serbian, Croatian and Bosnian, the day a sitting was set for ("zakazana za sutra", "zakazana za četvrtak") in
a sentence that moves or puts it off ("pomera se za", "odlaže se", "odgođena je") is set aside: only the new day is
the event. World-seventyseventh item 12 ("... zakazana za sutra biti odložena za tačno nedelju dana") gave an event
on the old day. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Odbor

Source: Skupština

{body}
"""


@pytest.mark.parametrize("body", [
    "Sednica odbora zakazana za sredu, 12. jun, pomera se za petak, 14. jun, u 10 časova.",
    "Sjednica odbora zakazana za srijedu, 12. lipnja, odgođena je za petak, 14. lipnja, u 10 sati.",
])
def test_only_the_new_day(body: str) -> None:
    events = extract(ITEM.format(body=body), source="skupstina", reference=dt.date(2030, 6, 10),
                     default_zone="Europe/Belgrade").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2030-06-14 10:00"]


def test_a_day_set_for_and_not_moved_stays() -> None:
    body = "Sednica odbora zakazana je za petak, 14. jun, u 10 časova u Domu Narodne skupštine."
    events = extract(ITEM.format(body=body), source="skupstina", reference=dt.date(2030, 6, 10),
                     default_zone="Europe/Belgrade").events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == ["2030-06-14 10:00"]
