"""A programme's card under a day heading, its title line over its time line and a line that says more below
("Tuesday 3 June" / "Opening Session" / "09:30-10:30" / "The chair opens ..."): the title names the timed row, which
is one event at that time, not an all-day "Opening Session" beside a timed row named by its description. Seen in
world-hundredtwentyseventh (GEO Week 2020's programme). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_TEXT = """Forum week

Source: Forum secretariat

Programme (times: CET)

Tuesday 3 June

Opening Session
09:30-10:30
The chair opens the week and presents the annual report of the secretariat.

Closing Session
16:00-17:00
The chair closes the week.
"""


def test_the_title_line_names_the_timed_row() -> None:
    events = extract(_TEXT, source="test", reference=dt.date(2031, 5, 20)).events
    timed = [(f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime)]
    assert timed[0] == ("2031-06-03 09:30", "Meeting: Opening Session")
    assert not [e for e in events if not isinstance(e.start, dt.datetime)]
