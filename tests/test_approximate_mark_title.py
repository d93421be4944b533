"""A row whose time comes after its caption with the mark of an approximate time ("Doorstep by the President of
the Council: +/- 08:45", "± 16:30") leaves no mark in the title. A Council agenda's rows showed the form. Texts in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def test_the_approximate_mark_left_by_a_closing_time_leaves_the_title() -> None:
    text = ("Agriculture and Fisheries Council, 26 February 2024\n\nSource: A council of ministers in Brussels\n\n"
            "Doorstep by the President of the Council: +/- 08:45\n"
            "Opening of the public session: ± 10:00\n"
            "Press conference after the meeting: +/- 16:30\n")
    events = extract(text, source="agenda", reference=REFERENCE).events
    assert sorted(f"{e.start:%H:%M}" for e in events) == ["08:45", "10:00", "16:30"]
    assert not [e.summary for e in events if "+/" in e.summary or "±" in e.summary]
