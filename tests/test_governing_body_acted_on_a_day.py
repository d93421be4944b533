"""A day opening a sentence, then a governing body named by its common noun and an act of governing in the past: "On
Friday April 9, the Tanzanian government suspended ... flights", "On 3 March, the county council closed ...". The
day is history (parsers/pastdays.py, as "on 3 March the Committee met" is), before the item's newest date. Issue #10,
world-hundredfortyeighth item 11 (a past suspension of flights published as an event); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 7)


def _days(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: Ministry\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("The summit meets on April 15, 2026. On Thursday April 9, the Kenyan government suspended all passenger flights.",
     "a government, its country's adjective before it"),
    ("The summit meets on April 15, 2026. As cases rise, governments act. On Friday April 9, the Kenyan government "
     "suspended all passenger flights.", "the weekday misprinted (9 April 2026 is a Thursday), a sentence between"),
    ("The summit meets on April 15, 2026. On April 3, the county council closed every school in the district.",
     "a council"),
    ("The summit meets on April 15, 2026. On April 3, the Health Ministry issued new guidelines for clinics.",
     "a ministry named with a capital"),
])
def test_the_body_s_past_act_is_no_event(body: str, why: str) -> None:
    assert _days(body) == ["2026-04-15"], why


def test_a_body_s_act_to_come_stays() -> None:
    assert _days("The summit meets on April 15, 2026. On April 20, the county council will close every school.") \
        == ["2026-04-15", "2026-04-20"]
