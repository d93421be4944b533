"""A dateline of a base, its town and its state before a numeric date in brackets ("FORT DRUM, WATERTOWN, N.Y.
(05/14/2019) --") says when the advisory was written, not a day of events (issue #10, "stamps"; world-hundredfortyninth
6). A sentence in lower case that brackets a date is read as before. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(body: str) -> list[str]:
    text = f"Media advisory\n\nSource: A guard unit\n\n{body}"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="t", reference=_REFERENCE).events)


def test_base_town_state_dateline_is_no_event() -> None:
    days = _days("FORT DRUM ARMY AIRFIELD, WATERTOWN, N.Y. (05/14/2019) -- Soldiers of the brigade will be welcomed "
                 "home at a ceremony on Friday, May 17, 2019 at 2 p.m. in Hangar 4.\n")
    assert "2019-05-14" not in days
    assert "2019-05-17" in days


def test_air_base_dateline_with_state() -> None:
    days = _days("STEWART AIR NATIONAL GUARD BASE, NEWBURGH, N.Y. (10/02/2018) -- The wing holds an open house on "
                 "Saturday, October 6, 2018 from 10 a.m. to 3 p.m.\n")
    assert "2018-10-02" not in days
    assert "2018-10-06" in days


def test_lower_case_sentence_keeps_its_bracketed_day() -> None:
    days = _days("The unit, based at the airfield, Watertown, N.Y. (05/14/2019) returns home at 2 p.m.\n")
    assert "2019-05-14" in days
