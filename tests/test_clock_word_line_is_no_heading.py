"""A short line with no figures that tells its time in a word after "at" ("Governor's Briefing Today at Noon",
"Council Statement at Midday") is no heading: it gives an entry its time, as "at 12:30 p.m." would. Shown by
world-eightyninth item 9 (a governor's briefing published as a whole day, its noon lost). Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


@pytest.mark.parametrize(("line", "prose", "expected"), [
    ("Mayor's Update Today at Noon", "The Mayor will be joined today by the fire chief.", "2021-04-15 12:00"),
    ("Council Statement at Midday", "The council will speak on the flood defences.", "2021-04-15 12:00"),
])
def test_the_line_gives_its_time(line: str, prose: str, expected: str) -> None:
    item = f"Update\n\nSource: City of Springfield\n\nThursday, April 15, 2021\n\n{line}\n\n{prose}\n"
    events = extract(item, source="noon", reference=_REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] == [expected]
