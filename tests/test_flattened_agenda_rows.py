"""A table of agenda rows run together on one line, each opening with its clock range, "Plenary 09:15 – 09:20 1.
Opening 09:20 – 09:25 2. Election ..." (issue #10, "Layout": a PDF agenda's text layer loses the rows' line breaks):
each row read as a row again. Seen in world-hundredsixteenth (a governing council's guide: of seven timed rows on two
such lines, four were lost); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_flattened_rows_after_a_heading() -> None:
    text = ("Board of the Agency, Geneva\n\nSource: Agency\n\nPublished 2 May 2026\n\n"
            "The Board meets in Geneva on Tuesday 12 May 2026.\n\n"
            "DRAFT TIMETABLE Tuesday 12 May 2026 – Open Session 10:00 – 10:10 1. Chair's welcome 10:10 – 10:40 "
            "2. Annual report 10:40 – 11:00 Break 11:00 – 12:30 3. Budget for 2027\n")
    assert _starts(text) == ["10:00", "10:10", "10:40", "11:00"]

