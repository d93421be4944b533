"""Clock times the words around them tell: a bare hour after a verb of starting takes its half of the day from a
time nearby ("Doors open at 6:30 pm and the talk starts at 7"), hours take the half of the day said apart from them
("from 7 to 9 in the evening", "on the evening of ... at 7"), and a start and an end told in two clauses are one
range ("starts at 6 pm and ends at 8 pm"). Each text is our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.dates import find_mentions

from .conftest import REFERENCE

NOTICE = """Library talks

Source: A town library

3 March 2027

{body}
"""


def _times(body: str) -> list[tuple[str, str]]:
    """(day and start, end) of each timed event."""
    events = extract(NOTICE.format(body=body), source="clock", reference=REFERENCE).events
    return sorted((f"{e.start:%d %H:%M}", f"{e.end:%H:%M}") for e in events if not e.all_day)


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("The talk is on Thursday 11 March 2027 in the reading room. Doors open at 6:30 pm and the talk starts at 7.",
     [("11 19:00", "20:00")], "the hour after 18:30 that comes next: 19:00"),
    ("The fair starts at 6 and ends at 8 pm on Friday 12 March 2027 in the car park.",
     [("12 18:00", "20:00")], "the hour before 20:00 that comes last, and its end"),
    ("The fair starts at 18:00 and ends at 20:00 on Friday 12 March 2027 in the car park.",
     [("12 18:00", "20:00")], "a start and its end told in two clauses are one range, not an event at the end"),
    ("On Friday 12 March 2027 the fair begins at 6 pm, finishing at 8 pm, in the car park.",
     [("12 18:00", "20:00")], "the end in a participle clause"),
    ("The forum opens to delegates at 8:30 a.m. on Friday 12 March 2027, and its first panel begins at 9 in "
     "Room 4.", [("12 08:30", ""), ("12 09:00", "")], "a morning time before gives a morning hour"),
    ("The quiz is held on Friday 12 March 2027 from 7 to 9 in the evening in the parish hall.",
     [("12 19:00", "21:00")], "a range whose half of the day is said once, after it"),
    ("The quiz takes place on the evening of Friday 12 March 2027 at 7 in the parish hall.",
     [("12 19:00", "")], "the half of the day said before the date, the bare hour after it"),
    ("The fair on Friday 12 March 2027 starts at 6 in the car park.",
     [], "no time nearby says which 6 it is: none is made up"),
    ("The guild dinner is on Friday 12 March 2027, 6.30 pm for 7 pm, in the great hall.",
     [("12 19:00", "")], "an arrival for a start: the start is the event's time"),
    ("Friday 12 March 2027, 7pm for 7.30pm start, at the old mill.",
     [("12 19:30", "")], "the same, with 'start' after it"),
    ("Doors open at 6:30 pm for a 7 pm start on Friday 12 March 2027 at the town hall.",
     [("12 19:00", "")], "doors before 'for a' start: the start is the event's time, and the sentence is kept"),
    ("Registration opens at 8:30 for a 9:15 start on Friday 12 March 2027 in the sports hall.",
     [("12 09:15", "")], "registration the same"),
    ("Registration 8:30 am, forum 9:00 am - 12:00 pm, Friday 12 March 2027, the old mill.",
     [("12 09:00", "12:00")], "registration's time, then the thing named with its own time after a comma"),
    ("Registration at 8:30 am; the forum runs 9:00 am - 12:00 pm on Friday 12 March 2027 at the old mill.",
     [("12 09:00", "12:00")], "the same after a semicolon, with 'runs'"),
    ("Friday 12 March 2027, the old mill, Leeds: registration 8:30 am, forum 9:00 am.",
     [("12 09:00", "")], "the day and place before a colon, then registration and the thing named with its time"),
    ("Friday 12 March 2027, Leeds: registration 8 a.m., forum 9 a.m., lunch at noon.",
     [("12 09:00", "")], "the same with a lunch after it"),
    ("Friday 12 March 2027, 10am, the old mill, Leeds: registration desks open from 9:30.",
     [("12 10:00", "")], "the event's time before the colon: the practicality's clock after it stays out"),
    ("Visitors with no pass may register at the gate of the old mill, on Friday 12 March 2027, from 13h00.",
     [], "a comma before 'from' and a time opens no event's clause: registering is all it tells"),
    ("The boat trip on Friday 12 March 2027 leaves at 9:00 for 45 minutes on the lake.",
     [("12 09:00", "")], "'for' before a length is no arrival"),
])  # fmt: skip
def test_times_told_by_their_words(body: str, expected: list[tuple[str, str]], why: str) -> None:
    found = _times(body)
    # An end left "" is the kind's usual length, not the point of the row.
    assert len(found) == len(expected), why
    assert [(start, end if want else "") for (start, end), (_, want) in zip(found, expected, strict=True)] \
        == expected, why


@pytest.mark.parametrize(("text", "times", "why"), [
    ("Doors open at 6:30 pm; the show starts at 7, sharp.", ["18:30", "19:00"], "the hour after the time before"),
    ("The match kicks off at 3 and ends before 5 pm.", ["15:00", "17:00"], "the hour before the time after"),
    ("At 11:30 the hall opens; the debate begins at 12 in the main room.", ["11:30", "12:00"], "noon, not midnight"),
    ("The count starts at 7 sites at 10:00 today.", ["10:00"], "a number before a noun is no hour"),
    ("The session starts at 9 with remarks by the chair; at 10:30 the vote.", ["09:00", "10:30"],
     "the last such hour before 10:30"),
])  # fmt: skip
def test_a_bare_hour_after_a_verb_of_starting(text: str, times: list[str], why: str) -> None:
    found = [f"{m.time:%H:%M}" for m in find_mentions(text) if m.kind == "time" and m.time is not None]
    assert found == times, why


def test_a_start_and_its_end_are_one_mention() -> None:
    (time,) = [m for m in find_mentions("It starts at 6 pm and ends at 8 pm EST.") if m.kind == "time"]
    assert (f"{time.time:%H:%M}", f"{time.until:%H:%M}", time.zone) == ("18:00", "20:00", "EST")


@pytest.mark.parametrize(("body", "kept", "gone"), [
    ("The quiz takes place on the evening of Friday 12 March 2027 at 7 in the parish hall.", "parish hall",
     "evening"),
    ("The guild dinner is on Friday 12 March 2027, 6.30 pm for 7 pm, in the great hall.", "great hall", " for"),
    ("The open meeting is held on the 12th of March, 2027 from 6:00 PM to 8:00 PM in the old mill.", "old mill",
     "on the"),
    ("A second reading is planned for 12 March 2027 at 7 pm in the old mill.", "old mill", "for in"),
    ("Join us next Friday, 12 March 2027, at 7 pm for the quiz in the old mill.", "Quiz in the old mill", "next"),
    ("Day 1 (Friday, 12 March 2027): Arrival in the old mill; the quiz at 19:00.", "Day 1: Arrival", "("),
    ("La feria será el 12 de marzo de 2027 a las 19:00 en el molino.", "feria será", " el en"),
])  # fmt: skip
def test_the_words_of_the_time_leave_the_title_with_it(body: str, kept: str, gone: str) -> None:
    (event,) = extract(NOTICE.format(body=body), source="clock", reference=REFERENCE).events
    assert gone not in event.summary, event.summary
    assert kept in event.summary, event.summary
