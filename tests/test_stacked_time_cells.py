"""A table's time cell broken over two lines, its four figures over its unit ("0845" / "hrs", "0830" / "hrs
onwards"), is one time cell: each row keeps its own time and title. world-fiftyfourth item 8 (an embassy's event
circular, a table pasted one cell per line) has the form; there the whole circular is one hard-wrapped chunk, which
this does not yet read. Each text is our own, in the form the rule reads."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract

REFERENCE = dt.date(2031, 2, 3)


def events_of(body: str) -> list[Event]:
    return extract(f"Notice\n\nSource: Embassy\n\nPublished 3 Feb 2031\n\n{body}\n", source="t",
                   reference=REFERENCE, default_zone="Africa/Nairobi").events


def rows(events: list[Event]) -> list[str]:
    return sorted(e.start.strftime("%H:%M") for e in events if isinstance(e.start, dt.datetime))


STACKED = [
    # (body, expected times, why)
    ("Programme on 15 August 2031 at the Embassy:\n0900\nhrs\nFlag hoisting\n1000\nhrs\nReception",
     ["09:00", "10:00"], "figures over 'hrs', one row a line"),
    ("Programme on 15 August 2031 at the Embassy:\n|\n0830\nhrs onwards\n|\nAssembly\n|\n|\n0845\nhrs\n|\n"
     "Flag hoisting\n|\n|\n1015\nhrs\n|\nLight refreshments\n|", ["08:30", "08:45", "10:15"],
     "cells between bars, 'hrs onwards'"),
]


@pytest.mark.parametrize(("body", "expected", "why"), STACKED, ids=[row[2] for row in STACKED])
def test_a_stacked_time_cell_is_one_time(body: str, expected: list[str], why: str) -> None:
    assert rows(events_of(body)) == expected, why


def test_figures_over_a_word_stay_apart() -> None:
    body = "Programme on 15 August 2031 at the Embassy:\n0900\nFlag hoisting\n1000\nReception"
    assert rows(events_of(body)) == ["09:00", "10:00"]
