"""Papers received, handed in or accepted "up to" a time or a day ("nominations handed in up to 18:00 on 7 December
2012", "applications accepted up to 5 p.m. on Friday, 14 June") are a deadline, as "by" or "until" is, not an event.
Shown by world-fiftysixth item 8 (Triathlon Association of Hong Kong), whose nomination deadline was published as a
meeting."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(text: str) -> list[str]:
    return [e.start.isoformat() for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events]


def test_nominations_handed_in_up_to_a_time_are_no_event() -> None:
    text = ("Nominations for the committee\n\nSource: Rowing Association\n\nMonday, 3 Dec 2012\n\n"
            "Members present may vote to accept every nomination handed in up to 18:00 on 7 December 2012.\n")
    assert _starts(text) == []


def test_applications_accepted_up_to_a_day_are_no_event() -> None:
    text = ("Grants open\n\nSource: Arts Council\n\nMay 2, 2019\n\n"
            "Applications will be accepted up to 5 p.m. on Friday, June 14, 2019. The panel meets at 10 a.m. on "
            "Tuesday, July 2, 2019, in the council chamber.\n")
    starts = _starts(text)
    assert [s[:16] for s in starts] == ["2019-07-02T10:00"]
