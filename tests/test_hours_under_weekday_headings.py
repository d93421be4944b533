"""Hours under a weekday's name alone on its line, then the next day's name over its own hours ("Saturday" / "2pm,
3pm" / "Sunday" / "2pm, 3pm"), as a museum's or a library's weekend programme sets them: each day's hours are
entries of that day; the first day's were left out, its line under it being only a when (issue #10, "Layouts").
Seen in world-hundredthirtyfifth (a Geneva museum's vernissage weekend, whose Saturday visits were lost); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[tuple[int, int]]:
    return sorted((e.start.day, e.start.hour) for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_one_hour_under_each_day() -> None:
    text = ("Curator tours this weekend\n\nSource: Hunterian Museum\n\nCurator tours on Saturday 9 May and Sunday 10 "
            "May 2026.\n\nSaturday\n\n11am\n\nSunday\n\n3pm\n")
    assert _starts(text) == [(9, 11), (10, 15)]


def test_several_hours_under_each_day() -> None:
    text = ("Planetarium shows\n\nSource: Sydney Observatory\n\nExtra planetarium shows on Saturday 9 May and Sunday "
            "10 May 2026.\n\nSaturday\n2pm, 4pm\nSunday\n2pm, 4pm\n")
    assert _starts(text) == [(9, 14), (9, 16), (10, 14), (10, 16)]
