"""Clock times spelled in words ("half past ten", "a quarter to three", "seven o'clock in the evening") time the
event of their sentence; quarters and halves of counts, and hours in words without "o'clock" or the half of the
day, stay no clock. Before, such events were published as whole days. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.clock import said_hour
from parsers.dates import find_mentions
from parsers.spokenclock import spoken_mentions

from .conftest import REFERENCE

ITEM = """Notice of proceedings

Source: Borough Office

London, 12 January 2026

{sentence}
"""

# (sentence, the local start of the event ("" for a day without time), why)
SENTENCES = [
    ("The panel sits at half past ten on Tuesday 3 February in the council chamber.", "2026-02-03 10:30",
     "half past a spelled hour, in meeting hours"),
    ("The hearing resumes at a quarter past two on Tuesday 3 February.", "2026-02-03 14:15",
     "a bare 2 is after noon, as meetings are held"),
    ("The board meets at a quarter to one on Tuesday 3 February.", "2026-02-03 12:45",
     "a quarter to one is before the hour of one after noon"),
    ("The lecture on Tuesday 3 February begins at half past seven in the evening.", "2026-02-03 19:30",
     "the half of the day said after the clock"),
    ("The governors meet at eleven in the morning on Tuesday 3 February.", "2026-02-03 11:00",
     "a spelled hour with the half of the day"),
    ("The lecture begins at nine o'clock on Tuesday 3 February.", "2026-02-03 09:00", "a spelled hour o'clock"),
    ("The vigil on Tuesday 3 February ends the day at a quarter past eleven at night.", "2026-02-03 23:15",
     "at night: after noon"),
    ("The service starts at HALF PAST 10 (GMT) on Tuesday 3 February.", "2026-02-03 10:30",
     "all in capitals, a numeral hour, a zone label after it"),
    ("The webinar on Tuesday 3 February starts at 7 o'clock p.m. (GMT).", "2026-02-03 19:00",
     "o'clock with pm: the half of the day as the clock's letters say it"),
    ("The dawn service is held at 5 o'clock a.m. on Tuesday 3 February.", "2026-02-03 05:00",
     "o'clock with am: not the afternoon meetings are held in"),
    ("The tender round on Tuesday 3 February grew by a quarter to 3 million entries.", "",
     "a quarter of a count is no clock"),
    ("At seven the next morning they walk; the fair opens on Tuesday 3 February.", "",
     "a spelled hour alone is no clock"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), SENTENCES)
def test_a_spelled_clock_times_its_event(sentence: str, expected: str, why: str) -> None:
    events = extract(ITEM.format(sentence=sentence), source="spoken", reference=REFERENCE).events
    assert len(events) == 1, why
    start = events[0].start
    if expected:
        assert isinstance(start, dt.datetime), why
        assert start.strftime("%Y-%m-%d %H:%M") == expected, why
    else:
        assert not isinstance(start, dt.datetime), why


# (text, the clocks found, why)
CLOCKS = [
    ("half past twelve", ["12:30"], "half past twelve is after noon"),
    ("twelve o'clock at night", ["00:00"], "twelve at night is midnight"),
    ("a quarter after 4 in the afternoon", ["16:15"], "after, as some say past"),
    ("seven o’clock in the evening and half past eight in the morning", ["19:00", "08:30"], "two, a curly quote"),
    ("the motion passed ten to four", [], "ten to four is a vote's count, never read"),
    ("the half past year and a quarter to 2025", [], "no hour after the quarter or half"),
    ("the first quarter to 7 per cent", [], "a share"),
    ('the novel "Half Past Seven" is read aloud', [], "Title Case names a book: read as a clock it left the "
     "event's name with empty quotes"),
]


@pytest.mark.parametrize(("text", "expected", "why"), CLOCKS)
def test_spoken_mentions(text: str, expected: list[str], why: str) -> None:
    found = spoken_mentions(text)
    assert [m.time.strftime("%H:%M") for m in found if m.time] == expected, why
    assert all(text[m.start:m.end] == m.text for m in found), why


@pytest.mark.parametrize(("hour", "half", "expected"), [
    (3, None, 15), (7, None, 7), (12, None, 12), (12, "night", 0), (12, "morning", 12), (9, "evening", 21),
    (11, "morning", 11), (6, "morning", 6),
])
def test_one_rule_for_an_hour_said_in_words(hour: int, half: str | None, expected: int) -> None:
    assert said_hour(hour, half) == expected


@pytest.mark.parametrize(("figures", "words"), [
    ("at 12 o'clock in the morning", "twelve o'clock in the morning"),
    ("at 3 o'clock", "three o'clock"),
    ("at 9 o'clock in the evening", "nine o'clock in the evening"),
])
def test_figures_and_words_read_alike(figures: str, words: str) -> None:
    # datematch reads the figures, spokenclock the words: one rule (clock.said_hour) for both.
    [by_figures] = [m for m in find_mentions(figures) if m.kind == "time"]
    assert by_figures.time == spoken_mentions(words)[0].time
