"""Diaries of office holders: day headings over rows, with and without times (round 5, diaries family)."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract
from parsers.blocks import split_blocks
from parsers.meridiem import twelve_hour

from .conftest import REFERENCE

NOON_ROWS = """Visit of the Governor to the harbour town

Source: Office of the Governor

Wednesday, April 8, 2026

11:30

Arrival at the town hall

12:40

Lunch with the harbour board

2:15

Tour of the new ferry terminal
"""

TWENTY_FOUR = """Agenda of the Cabinet

Source: Government

8.4.2026

President

16:30 h. Chairs the water council.

Minister of Roads

09:00 h. Opens the bypass.
"""

MARKED = """Diary of the Mayor

Source: City

Wednesday, April 8, 2026

12:30 p.m. Lunch with the chamber of commerce

9:00 a.m. Tomorrow's breakfast is listed here by mistake
"""

DAY_TITLES = """Week of the Premier

Source: Premier's Office

Calendar week 15

Wednesday, 8 April 2026
The Cabinet sits

The weekly sitting, chaired by the Premier, is in the morning.

Thursday, 9 April 2026
Premier visits the lighthouse school

She talks with pupils and teachers about the new curriculum.
"""

PLACE_ROWS = """Programme of the week

Source: News agency

Harbour City, 7 April - What is planned this week

WEDNESDAY, 8 April
    HARBOUR CITY - The transport minister opens the new tram line to the port.
    HILLTOWN - The regional council debates the school budget.
    HARBOUR CITY - Talks on the 2026-2028 port plan go on, on jobs and wages.
"""

POSTED_ABOVE = """Diary of the Chief Minister

Source: Chief Minister's Office

Friday, April 10, 2026

Chief Minister's Schedule April 8

09:10 Cabinet committee on roads
11:40 Talks with the port authority
"""

IN_PROSE = """Visit of the Governor to the harbour town

Source: Office of the Governor

Wednesday, April 8, 2026

12:30 Lunch with the harbour board

The Governor opens the fish market at 8:00 on Wednesday, April 8, 2026, with the mayor.
"""

ONE_DATELINE = """Invitation

Source: Agency

Monday 6 April 2026

  • To reach every region, two online briefings are planned.
  • Registration: online.
"""


def listed(text: str) -> list[str]:
    def when(event: Event) -> str:
        if not event.all_day:
            local = event.start.astimezone(event.start.tzinfo)
            return f"{local:%Y-%m-%d %H:%M}"
        return f"{event.start:%Y-%m-%d}"

    return sorted(when(e) for e in extract(text, source="diaries", reference=REFERENCE).events)


@pytest.mark.parametrize(("text", "expected", "why"), [
    (NOON_ROWS, ["2026-04-08 11:30", "2026-04-08 12:40", "2026-04-08 14:15"],
     "on the 12-hour clock (no time past 12:59 anywhere), an unmarked '2:15' after a 12:40 row is 14:15"),
    (TWENTY_FOUR, ["2026-04-08 09:00", "2026-04-08 16:30"],
     "an item that writes '16:30' keeps the 24-hour clock: '09:00' after it stays in the morning"),
    (MARKED, ["2026-04-08 09:00", "2026-04-08 12:30"], "a time that says 'a.m.' stays in the morning"),
    (DAY_TITLES, ["2026-04-08", "2026-04-09"],
     "in a diary of several day lines, the heading under each day line is that day's engagement, "
     "whatever words it uses; the paragraph under it is not another one"),
    (PLACE_ROWS, ["2026-04-08", "2026-04-08", "2026-04-08"],
     "rows of one form ('PLACE - what') under a day line are that day's engagements, even one whose words "
     "(a comma and digits) could be an address"),
    (POSTED_ABOVE, ["2026-04-08 09:10", "2026-04-08 11:40"],
     "a line naming a schedule and ending with its day dates the rows below it, over the posting date above"),
    (IN_PROSE, ["2026-04-08 08:00", "2026-04-08 12:30"],
     "a time inside a sentence ('at 8:00') is no row: an afternoon row before it does not move it"),
    (ONE_DATELINE, [], "one date line over bullets of no common form is a dateline, not a day's list"),
])  # fmt: skip
def test_diary_layouts(text: str, expected: list[str], why: str) -> None:
    assert listed(text) == expected, why


@pytest.mark.parametrize(("text", "expected", "why"), [
    ("10:00 Opening\n12:45 Lunch\n1:30 Talks", True, "no time past 12:59: the 12-hour clock"),
    ("09:00 h. Cabinet\n13:30 h. Audience", False, "'13:30' is the 24-hour clock"),
    ("10h30 : Cérémonie\n17h : Entretien", False, "'17h' is the 24-hour clock"),
    ("22h 00 : arrivée", False, "'22h 00' with a space is the 24-hour clock"),
    ("Budget 2013-2014, 15 May", True, "years and dates are not times"),
])  # fmt: skip
def test_the_clock_of_an_item(text: str, expected: bool, why: str) -> None:
    assert twelve_hour(split_blocks(text)) == expected, why


def test_a_day_of_rows_after_noon_keeps_its_day() -> None:
    events = extract(NOON_ROWS, source="diaries", reference=REFERENCE).events
    assert {e.start.date() for e in events} == {dt.date(2026, 4, 8)}
