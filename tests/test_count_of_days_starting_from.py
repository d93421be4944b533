"""A count of days and the day it starts from: "a four-day festival starting from 12 March", "held over three days
starting from 12 March", "From 12 March, a 10-day trade fair": the event runs that many days from the day said
(parsers/extent.py), and "starting from" opens a happening, not a standing rule, when a count of days stands right
before it (parsers/standingdays.py). Issue #10, world-hundredfortyeighth items 5 and 12 (a three-day anniversary
programme read as nothing, a ten-day programme read as its first day); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 2, 20)


def _spans(body: str) -> list[tuple[str, str, bool]]:
    events = extract(f"Notice\n\nSource: Ministry\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted((f"{e.start}", f"{e.end}", any("span inferred" in n for n in e.notes)) for e in events)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("A four-day festival starting from 12 March will be held in Accra.", [("2026-03-12", "2026-03-16", True)],
     "a counted event just before 'starting from'"),
    ("The exhibition will be held over three days starting from 12 March in Accra.",
     [("2026-03-12", "2026-03-15", True)], "'over three days' before 'starting from'"),
    ("From 12 March, a 10-day trade fair at the Independence Square will show local crafts.",
     [("2026-03-12", "2026-03-22", True)], "ten days, in figures"),
    ("The ten-day cultural festival opens on 12 March in Kumasi.", [("2026-03-12", "2026-03-22", True)],
     "ten days, in words"),
])
def test_the_count_runs_from_the_day(body: str, expected: list[tuple[str, str, bool]], why: str) -> None:
    assert _spans(body) == expected, why


@pytest.mark.parametrize(("body", "why"), [
    ("Starting from 12 March, the new fares apply on all routes.", "a standing rule's first day"),
    ("New opening hours starting from 12 March apply to every office.", "no count of days before 'starting from'"),
])
def test_a_standing_rule_stays_no_event(body: str, why: str) -> None:
    assert _spans(body) == [], why


def test_delays_of_over_three_days_are_no_length() -> None:
    assert _spans("The minister opens the bridge on 12 March; delays of over three days are expected.") \
        == [("2026-03-12", "2026-03-13", False)]

