"""A day's schedule may list two events of one kind at the same time; prose repeating a listed time is still one."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

SCHEDULE = """Public Schedule – March 3, 2026

Source: Ministry

MINISTER A

1:30 p.m. Minister A holds a joint press availability with Minister B at the Ministry.

BRIEFING SCHEDULE

1:30 p.m. Department Press Briefing with the Deputy Spokesperson.
"""

ADVISORY = """Minister A to hold a press point

Source: Ministry

Minister A will hold a press point on Tuesday 3 March 2026 at 13:30 in Brussels.

13:30 Press point by Minister A at the Ministry (main entrance)
"""


def timed(text: str) -> list[str]:
    events = extract(text, source="schedules", reference=REFERENCE).events
    return sorted(f"{e.start:%H:%M} {e.kind}" for e in events if not e.all_day)


def test_two_schedule_lines_at_one_time_are_two_events() -> None:
    assert timed(SCHEDULE) == ["13:30 press conference", "13:30 press conference"]


def test_prose_and_list_giving_one_time_are_one_event() -> None:
    assert timed(ADVISORY) == ["13:30 press conference"]


DIARY = """Diary of the Minister

Source: Ministry

Thursday, March 5, 2026

10:50 AM

10:50 AM

Minister briefs the press on the harbour plan Venue: Press Room

11:15 AM

11:15 AM
"""


def test_a_flattened_from_to_column_gives_each_time_once() -> None:
    assert len([t for t in timed(DIARY) if t.startswith("10:50")]) == 1, timed(DIARY)
