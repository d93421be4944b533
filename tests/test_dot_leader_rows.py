"""A calendar's rows that name what first and run a leader of dots to the day that closes the line ("Results 2023
........ 28 February 2024", "Annual General Meeting … 16 May 2024"), as printed financial calendars and programmes
set them: read as the rows with a dash between are, each a day event; they gave nothing (issue #10, "Layouts").
Seen beside world-hundredthirtyfourth's financial calendars (session 49's leftovers); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2023, 11, 1)


def _days(text: str) -> list[dt.date]:
    return sorted(e.start for e in extract(text, source="test", reference=_REFERENCE).events
                  if not isinstance(e.start, dt.datetime))


def test_rows_with_a_leader_of_dots() -> None:
    text = ("Financial calendar\n\nSource: Acme AG\n\nPublished 10 November 2023\n\n"
            "Results 2023 ........ 28 February 2024\nFirst quarter 2024 ........ 7 May 2024\n"
            "Annual General Meeting ........ 16 May 2024\n")
    assert _days(text) == [dt.date(2024, 2, 28), dt.date(2024, 5, 7), dt.date(2024, 5, 16)]


def test_rows_with_an_ellipsis() -> None:
    text = ("Financial calendar\n\nSource: Acme AG\n\nPublished 10 November 2023\n\n"
            "Annual results … 28 February 2024\nAnnual General Meeting … 16 May 2024\n")
    assert _days(text) == [dt.date(2024, 2, 28), dt.date(2024, 5, 16)]
