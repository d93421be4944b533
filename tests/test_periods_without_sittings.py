"""A period told as one without sittings ("no plenary sittings are held from 14 to 18 April", "in der Osterwoche
14.–18.4. finden keine Plenarsitzungen statt", "14.–18.4.2031 ei pidetä täysistuntoja") is a recess, no event; a
single day told off stays a cancelled event. World-seventyseventh item 14 (a plenary plan's Easter week without
sittings) published the week as an event. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from tests.test_notevents import events_of, when

ITEM = """Plenary plan

Source: A Parliament

{body}
"""


@pytest.mark.parametrize(("body", "zone"), [
    ("Week 16\nNo plenary sittings are held from 14 to 18 April 2031.\n\nWeek 17\nTuesday 22 April 2031 at 14.00\n"
     "Plenary debate on the budget", "Europe/London"),
    ("Woche 16\nIn der Osterwoche 14.–18.4.2031 finden keine Plenarsitzungen statt.\n\nWoche 17\n"
     "Dienstag, 22.4.2031, 14.00 Uhr\nAussprache zum Haushalt", "Europe/Berlin"),
    ("Viikko 16\nPääsiäisviikolla 14.–18.4.2031 ei pidetä täysistuntoja.\n\nViikko 17\nTiistai 22.4.2031 klo 14.00\n"
     "Talousarvion lähetekeskustelu", "Europe/Helsinki"),
])
def test_a_recess_is_no_event(body: str, zone: str) -> None:
    events = extract(ITEM.format(body=body), source="parliament", reference=dt.date(2031, 4, 1),
                     default_zone=zone).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        == ["2031-04-22 14:00"]
    assert [e for e in events if not isinstance(e.start, dt.datetime)] == []


@pytest.mark.parametrize(("body", "expected"), [
    # (found by review) a day off told in a clause of its own leaves the span of the clause before it
    ("The conference runs from 10 to 14 March 2031 in Vienna, and there will be no sessions on the Wednesday.",
     ["2031-03-10..2031-03-14"]),
    ("Sjednica zakazana za četvrtak, 13. ožujka 2031. u 10 sati održat će se, a odgođena je samo konferencija za "
     "medije.", ["2031-03-13 09:00"]),
])
def test_a_clause_of_its_own_sets_nothing_aside(body: str, expected: list[str]) -> None:
    assert when(events_of(f"Published 3 March 2031\n\n{body}")) == expected


def test_an_english_aside_after_a_comma_keeps_the_recess_in_its_clause() -> None:
    # (found by review) ", a spokesman said," is no Serbian ", a": the recess is still one clause
    assert when(events_of("Published 3 March 2031\n\nThere will be no sittings, a clerk confirmed, from 17 to 21 "
                          "March 2031.")) == []
