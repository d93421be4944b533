"""One row in two people's schedules (issue #10, "Duplicates"): a diocese's weekly page gives each bishop's schedule,
and the dinner both attend is the same line in each ("6:00 p.m. -- Annual Bishop's Dinner ..., Pastoral Center,
Madison (attends)"): one event, not two. Two rows at one time that say different things stay two, and so do two rows
too short to name what and where ("Break"). Seen in world-sixtythird (Diocese of Madison); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 5)


def _at_six(first: str, second: str) -> list[str]:
    text = ("Weekly schedules\n\nSource: Town of Eastbrook\n\nTown Herald, May 1, 2026\n\n"
            "Schedule of Mayor Anna K. Lind\nMonday, May 4, 2026\n"
            "10:30 a.m. -- Blessing of the new fire station (presides), Eastbrook\n"
            f"{first}\nTuesday, May 5, 2026\n2:30 p.m. -- School prize day, Hill Academy, Westbrook (presides)\n"
            f"Schedule of Deputy Mayor Tom R. Hale\nMonday, May 4, 2026\n{second}\n"
            "Wednesday, May 6, 2026\n7:00 p.m. -- Rotary Club dinner, Harbour Hotel, Eastbrook (attends)\n")
    return [e.summary for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime) and e.start.hour == 18]


def test_the_same_row_in_two_schedules_is_one_event() -> None:
    row = "6:00 p.m. -- Annual Dinner of the Harbour Society, Civic Center, Eastbrook (attends)"
    assert len(_at_six(row, row)) == 1


def test_two_rows_at_one_time_that_differ_stay_two() -> None:
    assert len(_at_six("6:00 p.m. -- Annual Dinner of the Harbour Society, Civic Center, Eastbrook (attends)",
                       "6:00 p.m. -- Spring Concert of the Youth Band, Old Town Hall, Eastbrook (attends)")) == 2


def test_two_short_rows_stay_two() -> None:
    assert len(_at_six("6:00 p.m. -- Supper", "6:00 p.m. -- Supper")) == 2
