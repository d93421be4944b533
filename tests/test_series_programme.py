"""A society's programme of talks: a sentence gives the series' rule and its hour ("lectures are on the last Tuesday
of the month at 19:00"), then each talk's day on a line of its own with what it holds below ("Tuesday 27 August" /
"Dr Robinson: The villages of the river. ..."). Each day is a talk at that hour, named by its description (world-
twentythird 13: neither talk was read). Items in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

PROGRAMME = """Society newsletter

Source: Friends of the Botanic Garden

NEWSLETTER – MARCH 2026

{rule}

Tuesday 31 March
Ms Ana Duarte: Cycads of the eastern coast. She shows slides from thirty years of field trips.

Tuesday 28 April
Dr Sam Obi: Seed banks and why they matter. Bring your own seeds for the swap table.
"""

# (the series' rule, the talks' local starts, why)
RULES = [
    ("Talks are on the last Tuesday of the month at 19:30 in the Garden Hall, unless we say otherwise.",
     ["2026-03-31 19:30", "2026-04-28 19:30"], "the rule's hour for each day listed under it"),
    ("Our talks take place every Tuesday at 18:00 in the Garden Hall.",
     ["2026-03-31 18:00", "2026-04-28 18:00"], "'every Tuesday at 18:00': the same"),
]


@pytest.mark.parametrize(("rule", "expected", "why"), RULES)
def test_each_listed_day_is_a_talk_at_the_rules_hour(rule: str, expected: list[str], why: str) -> None:
    events = [e for e in extract(PROGRAMME.format(rule=rule), source="series", reference=REFERENCE).events
              if not e.all_day]
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events] == expected, why
    assert "Cycads" in events[0].summary, why


def test_a_rule_without_an_hour_times_no_day() -> None:
    text = PROGRAMME.format(rule="Talks are on the last Tuesday of the month in the Garden Hall.")
    assert not [e for e in extract(text, source="series", reference=REFERENCE).events if not e.all_day]
