"""An item that names its clock once, in a header ("Event Date: Wednesday, June 2, 2010, 9:30 a.m. MDT"), and then
says the same time with no label in its body ("will speak at 9:30 a.m."): the body's time is the header's, on its
clock, not the default clock of the place; a time that no label gives stays on the place's clock (world-
hundredfortyfifth 3: a U.S. Education Department advisory, the body's "at 9:30 a.m." read as Eastern). Texts in our
own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 5, 1)


def _starts(text: str) -> list[str]:
    return sorted({e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in
                   extract(text, source="test", reference=_REFERENCE, default_zone="America/New_York").events
                   if isinstance(e.start, dt.datetime)})


def test_the_body_repeats_the_headers_labelled_time() -> None:
    text = ("Advisory\n\nSource: Department of Labor\n\nEvent Date: Tuesday, June 3, 2031, 10:00 a.m. MDT\n\n"
            "DEPUTY SECRETARY TO OPEN APPRENTICESHIP FAIR\n\n"
            "The deputy secretary will open the apprenticeship fair at 10:00 a.m. with a short address.\n")
    assert _starts(text) == ["2031-06-03 16:00"]


def test_another_time_of_the_body_keeps_the_places_clock() -> None:
    text = ("Advisory\n\nSource: Department of Labor\n\nEvent Date: Tuesday, June 3, 2031, 10:00 a.m. MDT\n\n"
            "DEPUTY SECRETARY TO OPEN APPRENTICESHIP FAIR\n\n"
            "The deputy secretary will hold a press call at 2:00 p.m. on Tuesday, June 3, 2031.\n")
    assert "2031-06-03 18:00" in _starts(text)
