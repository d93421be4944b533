"""A season's list of works, each a "Title | Composer" line, a blurb, and a line "Premiere: Saturday 05. Sep. 2020":
the caption says a performance happens on that day, so the line is an event named by the work above it, not a line
that only says which day; the day may be written with the full stop of German order before an English month's short
name ("Sunday 23. May. 2021"); a "Title | Composer" line under a section's heading ("opera stabile") names the entry
instead of that heading. A date line with a field's caption ("Date:") or none stays a date line
(world-fortysecond 8: no premiere was read). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Premieres of the coming season

Source: Municipal Opera

{body}
"""

CASES = [
    ("Tosca | Giacomo Puccini\n\nA singer, a painter and a chief of police in Rome ...\n\n"
     "Premiere: Saturday 05. Sep. 2032",
     [("2032-09-05", "tosca")], "a premiere line under the work's title and its blurb"),
    ("Otello | Giuseppe Verdi\n\nJealousy on Cyprus ...\n\nPremiere: Sunday 23. May. 2032\n\n"
     "Alcina | Georg Friedrich Händel\n\nAn enchanted island ...\n\nPremiere: Sunday 18. Apr. 2032",
     [("2032-04-18", "alcina"), ("2032-05-23", "otello")], "'23. May. 2032': the month's dot does not end a sentence"),
    ("Studio stage\n\nThe Glass Bell | Anna Berg\n\nA chamber opera ...\n\nWorld Premiere: Friday 09. Apr. 2032",
     [("2032-04-09", "world premiere of the glass bell")],
     "a world premiere, named by the 'Title | Composer' line under a section's heading, not by the heading"),
    ("Tosca | Giacomo Puccini\n\nA singer, a painter and a chief of police in Rome ...\n\nSaturday 05. Sep. 2032",
     [], "a date line with no caption only says which day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_premiere_lines(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = extract(ITEM.format(body=body), source="opera", reference=dt.date(2032, 3, 1), default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d"), e.summary.lower()) for e in events)
    assert [day for day, _ in got] == [day for day, _ in expected], (why, got)
    for (_, summary), (_, words) in zip(got, expected, strict=True):
        assert words in summary, (why, summary)
