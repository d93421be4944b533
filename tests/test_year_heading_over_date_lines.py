"""A year heading over a table laid out one cell a line ("2024" / "Date" / "Time" / "Event" / "20 February" /
"10:00 AEDT" / "Half-year results"): its date lines, which head their row's time, take the heading's year, as its
one-line rows do; the first row of a second year's table was put in the year of the same row in the table above and
lost beside it (issue #10, "the right year"). Seen in world-hundredthirtyfourth (a listed company's investor calendar
of two years); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 11, 27)


def test_two_tables_of_the_same_rows() -> None:
    text = ("Investor calendar\n\nSource: Acme Holdings Limited\n\nCalendar\n\n2025\n\nDate\nTime\nEvent\nVenue\n"
            "18 February\n10:00 AEDT\nHalf-year results briefing\nOnline\nTBA\n-\nRecord date, dividend\n-\n\n"
            "Note: these dates may change.\n\n2024\n\nDate\nTime\nEvent\nVenue\n18 February\n10:00 AEDT\n"
            "Half-year results briefing\nBy telephone\n6 March\n-\nRecord date, dividend\n-\n")
    starts = sorted(e.start for e in extract(text, source="test", reference=_REFERENCE).events
                    if isinstance(e.start, dt.datetime))
    assert [(s.year, s.month, s.day, s.hour) for s in (s.astimezone(dt.timezone(dt.timedelta(hours=11)))
                                                     for s in starts)] == [(2024, 2, 18, 10), (2025, 2, 18, 10)]
