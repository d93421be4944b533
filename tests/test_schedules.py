"""A day's schedule may list two events of one kind at the same time; prose repeating a listed time is still one."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

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


# --- calendar layouts: (text, expected events as "day [time] | words of the title", why) -----------------

BLOCKS = """Tribunal calendar

Source: Tribunal

List of upcoming hearings, subject to change

Most cases are decided in writing; a few are heard in public, in the main courtroom.

3 March 2026

Alder v. Birch (no. 1234/25)

Full Bench hearing

3 March 2026 at 10:30


9 March 2026

Cedar and Others v. Dune (nos. 55/24 and 56/24)

Panel hearing

9 March 2026 at 14:00
"""

ROWS = """Today at the Tribunal - Monday, March 2, 2026

Source: Tribunal

Oral Arguments

Tuesday, March 3

Elm v. Fir (25-101)

Grove v. Hazel (25-102)


Thursday, March 5

Ivy v. Juniper (25-103)

Recordings of each argument are put online on the day it is heard.
"""

NO_KIND = """Tribunal notes

Source: Tribunal

Recent rulings

Tuesday, March 3, 2026

Elm v. Fir (25-101)
"""

DOORS = """Graduation ceremony this Saturday

Source: University

The 2026 graduation ceremony of the college will be held Saturday, May 16.

WHEN

This Saturday, May 16, 3-5 p.m. Press: doors open at 2 p.m.
"""

BLOCKS_THEN_RULE = BLOCKS + """
Watching a hearing

Every hearing is filmed; morning hearings can be watched online from 3.30 p.m.
"""

FIXTURES = """Season fixtures 2026

Source: League

Opening Round – North v South Riverside Ground 12-15 March 2026, 11am start
"""

BRIEFING = """Daily briefing notes

Source: Ministry

Press round-up by the Ministry Spokesperson - Wednesday 4 March 2026

The spokesperson welcomed the reporters and listed the day's main engagements:

The Minister for Transport is opening the new tram depot in Leeds.

The Minister for Culture is in Vienna for the launch of the 2026 book fair.
"""

UNDATED_PROSE = """Transport plan published

Source: Ministry

Transport plan - 4 March 2026

The Minister for Transport is opening a consultation on the plan.
"""

WEEKDAY_HEADINGS = """Agenda changes for the sitting of 4-5 March 2026

Source: Assembly

Changes to the agenda

Wednesday

The Mayor of the capital will address the assembly at 16.00.

Thursday

The sitting will open at 08.30.
"""

STATEMENT = """Statement on the housing plan - Wednesday 4 March 2026

Source: Ministry

The Government is working in partnership with councils, and the Minister holds the view that more is needed.
"""



@pytest.mark.parametrize(("text", "expected", "why"), [
    (BLOCKS, ["2026-03-03 10:30", "2026-03-09 14:00"],
     "a block of a date line, a name line, a kind line and 'DATE at HH:MM' is one timed event"),
    (ROWS, ["2026-03-03", "2026-03-03", "2026-03-05"],
     "rows of names under a weekday-date heading, in a section of proceedings, are events of that day"),
    (NO_KIND, [], "a row under a date line that no heading or kind line calls proceedings is no event"),
    (BLOCKS_THEN_RULE, ["2026-03-03 10:30", "2026-03-09 14:00"],
     "a time with no date under a heading after a calendar of several days is not on the last row's day"),
    (FIXTURES, ["2026-03-12 11:00", "2026-03-12..2026-03-15"],
     "a range of days with a start time is the range as a whole and a timed start on its first day"),
    (BRIEFING, ["2026-03-04", "2026-03-04"],
     "present-tense sentences with no date under a '- WEEKDAY DATE' heading happen that day"),
    (STATEMENT, ["2026-03-04"], "under a dated heading, a present tense that says no event happens ('is working', "
     "'holds the view') is no event: only the dated title is one"),
    (UNDATED_PROSE, [], "a heading with a date but no weekday after a dash does not date the prose under it"),
    (WEEKDAY_HEADINGS, ["2026-03-04 16:00", "2026-03-05 08:30"],
     "a weekday alone on its line dates the times under it: the next such day from the day in context"),
    (DOORS, ["2026-05-16 15:00"], "a doors-open note after the event's own range does not cancel the range"),
])  # fmt: skip
def test_calendar_layouts(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


def test_a_calendar_block_is_titled_by_its_own_lines() -> None:
    events = sorted(extract(BLOCKS, source="layouts", reference=REFERENCE).events, key=lambda e: e.sort_key)
    titles = [e.summary for e in events]
    assert len(titles) == 2
    assert "Full Bench hearing: Alder v. Birch" in titles[0], titles
    assert "Panel hearing: Cedar and Others v. Dune" in titles[1], titles


def test_a_sentence_above_a_heading_does_not_title_the_times_below_it() -> None:
    events = sorted(extract(WEEKDAY_HEADINGS, source="layouts", reference=REFERENCE).events, key=lambda e: e.sort_key)
    assert "Mayor" not in events[-1].summary, events[-1].summary


BULLETS = """Training and media programme, 9 July 2026

Source: League

  • The North squad trains at the Riverside Ground from 10h00 to 12h00. The captain meets the media at 12h30.
  • The South squad trains at Hill Park from 15h00 to 17h00.
"""

TWO_DAYS = """Board meetings moved

Source: Bank

The board meetings on 14 March and 20 June 2026 will start at 9 a.m. instead.
"""


def test_a_bullet_is_titled_by_its_own_sentence_not_the_bullet_above() -> None:
    events = extract(BULLETS, source="layouts", reference=REFERENCE).events
    at_three = [e.summary for e in events if not e.all_day and e.start.hour == 15]
    assert len(at_three) == 1, at_three
    assert "South" in at_three[0], at_three


def test_two_days_joined_by_and_are_no_range_with_a_start() -> None:
    assert all(not e.all_day or e.end - e.start == dt.timedelta(days=1)
               for e in extract(TWO_DAYS, source="layouts", reference=REFERENCE).events)
