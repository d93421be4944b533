"""Weekday headings over a dated heading ("Friday", "Monday", then "June 12"), under a stamp of the Thursday a week
before and a lead naming a later day ("finish their studies on June 14"), are the Friday and Monday before June 12,
however far past it the later day would put them (8 and 11 days): headings of days run in order (issue #10,
"Layouts"). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def test_friday_and_monday_before_the_dated_heading() -> None:
    text = ("Commencement week at the college\n\nSource: A college\n\nJune 5, 2025\n\n"
            "Some 400 students finish their studies on June 14, 2025. The main events of the week follow.\n\n"
            "Friday\n\n• 10 a.m.—Tree planting at the old gate.\n\n"
            "Monday\n\n• 2 p.m.—Prize giving in the main hall.\n\n"
            "June 12\n\n• 11 a.m.—Band concert on the lawn.\n\n"
            "June 14\n\n• 9 a.m.—Commencement in the stadium.\n")
    starts = sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events)
    assert starts == ["2025-06-06 10:00", "2025-06-09 14:00", "2025-06-12 11:00", "2025-06-14 09:00"]
