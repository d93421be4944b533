"""The weekday a spokesman told something to a press briefing, a news conference or reporters: "the coordinator told a
press briefing at the city hall auditorium on Friday afternoon". The telling is done, the Friday before the stamp
(parsers/pastdays.py, as "said on Friday" is), no event of the coming week. Issue #10, world-hundredfortyeighth item 12
(a briefing "on Friday afternoon" under a Saturday stamp published on the next Friday); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 14)  # a Saturday


def _days(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: Committee\n\n14 March 2026\n\n{body}\n", source="test",
                     reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("Guests from abroad will take part, the coordinator told a press briefing at the city hall auditorium on Friday "
     "afternoon.", "a press briefing, its place between"),
    ("Every district will join the festival, the minister told reporters in Accra on Friday.", "reporters"),
    ("The stalls will stay open late, the mayor told a news conference on Friday.", "a news conference"),
])
def test_the_day_of_telling_is_no_event(body: str, why: str) -> None:
    assert _days(body) == [], why


def test_a_briefing_to_come_stays() -> None:
    assert _days("The coordinator will brief a press conference at the city hall on Friday.") == ["2026-03-20"]
