""""Register" as the book of records, not the act of signing up: "the register of companies", "the State Register
of Voters", "a new national register", "the parish register of 1710". A roundtable, a press conference or an
exhibition about a register is an event; "Journalists must register by 9:00" stays a practicality. (Found in
world-fiftyfifth item 9, an agency's agenda row: a ministry's roundtable on how the State Register of Population
feeds the State Register of Voters was dropped as registration.) Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"Agenda for Tuesday, 4 October 2022\n\nSource: Example Agency\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start) for e in events)


@pytest.mark.parametrize(("body", "start"), [
    ("At 11:00 the Ministry of Justice holds a roundtable on how the register of companies is kept.",
     "2022-10-04 11:00:00+02:00"),
    ("At 11:00 the ministry holds a roundtable on the State Register of Voters.", "2022-10-04 11:00:00+02:00"),
    ("The statistics office presents the new national register at a press conference at 10:00 on Tuesday, "
     "4 October 2022.", "2022-10-04 10:00:00+02:00"),
    ("On Friday, 7 October 2022 at 15:00 the Archives open an exhibition on the parish register of 1710.",
     "2022-10-07 15:00:00+02:00"),
])
def test_an_event_about_a_register_stays(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_registering_is_still_a_practicality() -> None:
    body = "Journalists must register by 9:00 on Tuesday, 4 October 2022; the briefing begins at 9:30."
    assert _starts(body) == ["2022-10-04 09:30:00+02:00"]
