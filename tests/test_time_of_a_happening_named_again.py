"""A time told alone of a happening the item dated before another one falls on that happening's day, not on the
last day named: "The draws ... are made on Wednesday, 20 December. The ties ... are played on 31 January. The men's
draw starts at 17:00." puts the draw at 17:00 on 20 December (world-fiftyninth 2: a federation's draws went to the
next round's day). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.namedagain import named_again

DRAWS = """Cup draws on Wednesday

Source: National Football Federation of Examplia

The draws for the cup's last sixteen will be made on Wednesday, 20 December, at the federation's offices in Madrid. \
The ties of the intermediate round will be played on 31 January.

The men's draw starts at 17:00. The women's draw follows at 17:30, and the futsal draw at 18:15.

Published 18 December 2023
"""

HEARING = """Planning hearing and site visit

Source: Lakeshore County Planning Board

The board's hearing on the quarry permit is on Tuesday 14 May 2024 in the county building, Milwaukee. A site \
visit by the members follows on Thursday 16 May.

The hearing opens at 9:30 a.m.
"""


def _starts(text: str) -> list[str]:
    return sorted(e.start.isoformat() for e in extract(text, source="x", reference=dt.date(2023, 12, 1)).events
                  if not e.all_day)


def test_the_draws_are_on_the_draws_day() -> None:
    assert _starts(DRAWS) == ["2023-12-20T17:00:00+01:00", "2023-12-20T17:30:00+01:00", "2023-12-20T18:15:00+01:00"]


def test_the_hearing_opens_on_the_hearings_day() -> None:
    assert _starts(HEARING) == ["2024-05-14T09:30:00-05:00"]


def test_a_time_of_the_happening_told_last_stays_on_its_day() -> None:
    text = HEARING.replace("The hearing opens at 9:30 a.m.", "The site visit starts at 9:30 a.m.")
    assert _starts(text) == ["2024-05-16T09:30:00-05:00"]


def test_a_subject_that_names_two_days_happenings_leaves_the_day_in_context() -> None:
    assert named_again("The hearing opens", [], None) is None
    text = HEARING.replace("A site visit by the members follows", "A second hearing follows")
    assert _starts(text) == ["2024-05-16T09:30:00-05:00"]
