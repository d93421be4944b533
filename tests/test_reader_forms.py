"""Forms of writing a day, a clock time or a programme's layout that every reader knows (each row fails without
its rule). The texts are our own; each stands for a form, not for a sentence seen somewhere."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

NUMBERED_WEEKDAYS = """Programme of the river school, 7 - 10 June 2026

Source: River Trust

Sunday 7
09:00 - 10:30 Opening lecture on flood plains

Mon 8 |
14:00 - 15:00 Field visit to the weir
"""

NUMBERED_WEEKDAY_CELLS = """Programme of the river school, 7 - 10 June 2026

Source: River Trust

| Mon 8 | 10:00 - 11:00 | Workshop on the weir gates |
| Tue 9 | 14:00 - 15:00 | Walk along the flood bank |
"""

EUROPEAN_DAY_HEADINGS = """Week of the new assembly

Source: Assembly Office

Published 26.5.2026 09.15

monday 1.6

10.00 the outgoing cabinet meets for the last time

wednesday 3.6.

13.30 the assembly elects its speaker
"""

TIME_ABOVE_DATE = """Advisory: the bridge reopens

Source: County Roads Office

8:30 - 9:00 a.m.
Thursday, June 4, 2026
The county engineer cuts the ribbon on the east bridge

11:00 a.m.
Friday, June 5, 2026
Walk across the bridge with the school choir
"""

A_DAY_LINE_HEADING_TIMES = """Roads week

Source: County Roads Office

4:00 p.m.
Thursday, June 4, 2026
9:00 a.m. Crews begin resurfacing Mill Lane
"""

CLOCK_BY = """Port briefing

Source: Harbour Board

The Harbour Board will hold its monthly press briefing on Tuesday 2 June 2026 @ the board room by 12noon.

The port minister will arrive at the new terminal by 11am on Friday 5 June 2026 to open it.

The governor reaches the harbour office by 4.15 p.m. on Saturday 6 June 2026 and meets the pilots.
"""

PROGRAMME_BY = (
    "Jubilee week\n\nSource: Office of the Governor\n\n"
    "On Friday 12 June 2026 the Governor broadcasts to the state by 8.00 a.m.; the same day the wreath laying takes "
    "place at the Cenotaph by 10.00 a.m, and the jubilee banquet is held in Government House by 7.30 p.m.\n\n"
    "The trade fair opens on Saturday 13 June 2026 by 9 a.m. at the exhibition ground.\n"
)

TASK_BY = """Port tenders

Source: Harbour Board

Bids for the dredging contract must be submitted by 5pm on Friday 5 June 2026.

Dredging will start at the north quay on Monday 8 June 2026 and the channel will reopen by 6pm on Thursday 11 June 2026.

The board will hold a tender session on Tuesday 9 June 2026, with a decision expected by noon.

The board will receive the pilots' report by 5pm on Wednesday 10 June 2026.
"""

DASHED_CLOCKS = """Remembrance parade

Source: Veterans League

The parade will form up on Sunday 7 June 2026 at 16-00 hours on the green.

The league's lunch is on Saturday 6 June 2026 at 12-00 noon in the drill hall.

The home side won the final 16-00 on Saturday 6 June 2026.
"""

DAYS_IN_WORDS = """Library week

Source: County Library

The county librarian will open the new reading room on June fourth, 2026, at 10:00.

The book fair is held on the twenty-first of June 2026 at 9:30 a.m. in the main hall.

For the second May in a row, the fourth-floor archive will stay shut during the 2026 audit.

Starting this June first readers of the new reading room get a free card from 10:00 on Saturday 6 June 2026.
"""

GLUED_DATELINE = """Library reopens

Source: County Library

Sept.28, 2026 -- The mayor will reopen the county library at 10 a.m. Saturday, with a reading for children.
"""

WEEKDAY_PROGRAMME = """Delegation to the northern islands, 8-10 June 2026

Source: Island Council

Monday: The delegation lands at Kirkwall and meets the island council at 10:00.
Tuesday: Visit to the ferry yard at 09:30, then a lunch with fishermen at 13:00.
"""

DAY_LINES_IN_SENTENCES = """Delegation to the northern islands

Source: Island Council

Monday 8 June 2026: The delegation lands at Kirkwall and meets the island council at 10:00.
Tuesday 9 June 2026 - Visit to the ferry yard at 09:30, then a lunch with fishermen at 13:00.
"""

SLASHED_ROWS = """Planning board meetings 2026

Source: Town Clerk

10/8 7:00 p.m. Planning board, town hall
10/22 7:00 p.m. Planning board site walk, Elm Street
11/5 6:30 p.m. Hearing on the sign bylaw
"""

DOTTED_ROWS = """Termine der Musikschule 2026

Source: Musikschule

28.4. 18:00 Vorspielabend im Saal
5.5. 10:00 Tag der offenen Tür
The 3.5 10:00 figure is a ratio, not a day.
"""

GERMAN_HOURS = """Termine 2026

Source: Musikschule

Samstag, 18.4., 10 bis 14 Uhr: Tag der offenen Tür
Am 25.4. ab 19 Uhr Vorspielabend im Saal
Die Ausgabe 2.4. kostet 10 Euro.
"""

DASHED_ROWS = """Minister's agenda

Source: Ministry of the Sea

Marseille, 3 June 2026

19/06 – 10h00: Meeting with the port's pilots
20/06 – 15h30: Visit to the fish market
"""

SAID_ON = """Town hall on flooding

Source: Borough Council

The borough council said on May 6, 2026 that it will hold a town hall meeting on Saturday at 2 p.m. in the
sports centre.

The leader announced on Thursday, May 7, 2026 that she will visit the flooded streets.
"""

SAID_IN_A_POST_ON = """Awards move indoors

Source: Information Service

10 June 2027

With storms forecast, the awards will be held in the sports hall, the service said in a short online post on Thursday.

The ceremony begins at 10am on Monday.
"""

TO_BE_ANNOUNCED_IN = """Budget day set

Source: A parliament

10 June 2027

The state budget will be announced in the Legislative Council on Tuesday.
"""

AT_A_RANGE = """Clinic open day

Source: Health Board

The new clinic holds an open day on Wednesday 10 June 2026 at 10:00 - 12:00 in Elm Road.
"""

DOTTED_DAYS_NO_CLOCK = """Weekly briefing

Source: Ministry of Unification

Date: Monday, November 23, 2026

The Vice Minister is in Europe from 11.24-12.1, meeting officials in Berlin and Paris.
"""

LOWER_CASE_WEEKDAY = """Swimming gala

Source: Sports Club

The club gala is on thursday 3 june at 18:00 in the town pool.
"""

MILITARY_RANGE = """Governor's tour programme

Source: Governor's Office

Thursday, 4 June 2026

0930-1030 hrs Inspection of the district hospital
1100 - 1130 hours Meeting with the district council
"""

WEEKDAY_TELLS = """Parish council, June 2026

Source: Parish Council

The parish council meets on Thursday the 4th at 19:00 in the village hall.

The plant sale is on Monday 8/6/2026 at 10:00 on the green.
"""

YEAR_FIRST = """Unification forum

Source: Unification Ministry

The ministry holds its unification forum on 2026.06.18 at 14:00 in the press centre.

The exhibition opens on 2026/6/20 at 10:00 in the ministry lobby.
"""

A_TIME_THAT_IS_NO_DAY = """Ferry timetable change

Source: Harbour Board

Harbour board, Monday 1 June 2026

The first ferry now leaves on Tuesday 10.30
"""


@pytest.mark.parametrize(("text", "expected", "why"), [
    (NUMBERED_WEEKDAYS, ["2026-06-07 09:00", "2026-06-08 14:00"],
     "'Sunday 7' and 'Mon 8 |' over a programme's rows: the weekday and day of the month, in the month of the range"),
    (NUMBERED_WEEKDAY_CELLS, ["2026-06-08 10:00", "2026-06-09 14:00"],
     "'| Mon 8 | 10:00 - 11:00 | ...': a weekday and day in a row's first cell date its clock"),
    (EUROPEAN_DAY_HEADINGS, ["2026-06-01 10:00", "2026-06-03 13:30"],
     "'monday 1.6' and 'wednesday 3.6.': a lower-case weekday and the day and month, European order"),
    (TIME_ABOVE_DATE, ["2026-06-04 08:30", "2026-06-05 11:00"],
     "a time alone on its line over a day alone on its line, then what happens: the time is of that day"),
    (A_DAY_LINE_HEADING_TIMES, ["2026-06-04 09:00"],
     "a day line followed by a timed row heads that row; it is not the day of a bare time above it"),
    (WEEKDAY_PROGRAMME, ["2026-06-08 10:00", "2026-06-09 09:30", "2026-06-09 13:00"],
     "'Monday: ... at 10:00' under a dated range: each line is that weekday's, its clocks inside its sentences"),
    (DAY_LINES_IN_SENTENCES, ["2026-06-08 10:00", "2026-06-09 09:30", "2026-06-09 13:00"],
     "a line that opens with its date and a separator, then sentences with clocks: one event per clock"),
    (SLASHED_ROWS, ["2026-10-08 19:00", "2026-10-22 19:00", "2026-11-05 18:30"],
     "'10/8 7:00 p.m.' rows under a year: day and month before a clock; '10/22' tells the month comes first"),
    (DOTTED_ROWS, ["2026-04-28 18:00", "2026-05-05 10:00"],
     "'28.4. 18:00' rows: day, month and a closing full stop before a clock; '3.5 10:00' stays a number"),
    (GERMAN_HOURS, ["2026-04-18 10:00", "2026-04-25 19:00"],
     "'14.6., 10 bis 14 Uhr', '14.6. ab 19 Uhr': a dotted day before German hours said with 'Uhr'; '2.4.' before "
     "a price stays a number"),
    (DASHED_ROWS, ["2026-06-19 10:00", "2026-06-20 15:30"],
     "'19/06 – 10h00: ...': a dash between the day and its clock, the hour told with 'h'"),
])  # fmt: skip
def test_day_headings(text: str, expected: list[str], why: str) -> None:
    assert sorted(listed(text)) == sorted(expected), why


@pytest.mark.parametrize(("text", "expected", "why"), [
    (CLOCK_BY, ["2026-06-02 12:00", "2026-06-05 11:00", "2026-06-06 16:15"],
     "'will hold ... by 12noon', 'will arrive ... by 11am on Friday': 'by' before an event's clock says when"),
    (PROGRAMME_BY, ["2026-06-12 08:00", "2026-06-12 10:00", "2026-06-12 19:30", "2026-06-13 09:00"],
     "a programme's present before 'by' ('broadcasts ... by 8.00 a.m.', 'is held ... by 7.30 p.m.', 'opens ... by "
     "9 a.m.') says when, as 'takes place ... by 10.00 a.m' does: each clause its own event"),
    (TASK_BY, [],
     "what must be done by a time ('must be submitted by 5pm on Friday') stays a deadline, no event; a 'by' clock in "
     "a clause of its own ('and the channel will reopen by 6pm', 'with a decision expected by noon') or after a "
     "verb of no event ('will receive the report by 5pm') is no event's clock"),
    (DASHED_CLOCKS, ["2026-06-06 12:00", "2026-06-07 16:00"],
     "'16-00 hours', '12-00 noon': a dash between hour and minutes before the word that says clock; a score is none"),
    (DAYS_IN_WORDS, ["2026-06-04 10:00", "2026-06-06 10:00", "2026-06-21 09:30"],
     "'June fourth', 'the twenty-first of June': days in words; 'the second May in a row' and 'this June first "
     "readers' name no day"),
    (GLUED_DATELINE, ["2026-10-03 10:00"],
     "'Sept.28, 2026 --' opening the text: the dateline's day (a full stop for the space), 'Saturday' after it"),
    (SAID_ON, ["2026-05-09 14:00"],
     "'said on May 6 that ... on Saturday at 2 p.m.': the day of saying is no event; Saturday is the one after it"),
    (LOWER_CASE_WEEKDAY, ["2027-06-03 18:00"],
     "'thursday 3 june': a weekday in lower case, as the month may be, still tells the year (a Thursday in 2027)"),
    (MILITARY_RANGE, ["2026-06-04 09:30", "2026-06-04 11:00"],
     "'0930-1030 hrs': a range of 24-hour clocks without separators, 'hrs' written once after the end"),
    (WEEKDAY_TELLS, ["2026-06-04 19:00", "2026-06-08 10:00"],
     "'Thursday the 4th' (the month in context); 'Monday 8/6/2026': the weekday tells which number is the month"),
    (YEAR_FIRST, ["2026-06-18 14:00", "2026-06-20 10:00"],
     "'2026.06.18', '2026/6/20': year, month and day, dotted or slashed"),
])  # fmt: skip
def test_clock_forms(text: str, expected: list[str], why: str) -> None:
    assert [t for t in listed(text) if " " in t] == expected, why


def test_a_day_of_saying_at_the_end_of_the_sentence_is_no_event() -> None:
    # "..., the service said in a short online post on Thursday.": the day the words were posted.
    assert listed(SAID_IN_A_POST_ON) == ["2027-06-14 10:00"]


def test_what_is_to_be_announced_in_a_place_on_a_day_is_the_event() -> None:
    # "will be announced in the Legislative Council on Tuesday": not a day of saying, the day it is said there.
    assert listed(TO_BE_ANNOUNCED_IN) == ["2027-06-15"]


def test_at_before_a_range_gives_one_event_with_its_end() -> None:
    # "at 10:00 - 12:00": one range, not an event at 10:00 and another at 12:00.
    events = extract(AT_A_RANGE, source="rows", reference=REFERENCE).events
    assert [(f"{e.start:%H:%M}", f"{e.end:%H:%M}") for e in events] == [("10:00", "12:00")]


def test_month_day_span_is_no_clock() -> None:
    # "from 11.24-12.1": no clock ends at "12.1"; month.day to month.day, a trip of days, not a time.
    events = extract(DOTTED_DAYS_NO_CLOCK, source="rows", reference=REFERENCE).events
    assert all(e.all_day for e in events)


def test_a_weekday_and_a_clock_time_is_no_day_heading() -> None:
    # "Tuesday 10.30": no month 30, so the numbers are a clock time, not the day of a heading.
    events = extract(A_TIME_THAT_IS_NO_DAY, source="rows", reference=REFERENCE).events
    assert all(e.start.day != 30 for e in events)
