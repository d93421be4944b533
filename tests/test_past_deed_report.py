"""An undated item whose newest full date is the day of a deed its subject did, told in the active past before the
day ("The embassy celebrated its national day with a reception on 14 June 2023"), reports what happened: no event.
A deed of another time told after the day ("holds its session on 5 October 2023, closing a year in which Malta
chaired the body") leaves the event alone, and so does the same reception still to come. An embassy's report of a
reception showed the form. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def _days(body: str) -> list[str]:
    text = f"News\n\nSource: An embassy in Riga\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="report", reference=REFERENCE).events)


@pytest.mark.parametrize("verb", ["celebrated", "marked", "gave"])
def test_a_deed_done_before_its_day_is_a_report(verb: str) -> None:
    body = (f"The Embassy of Portugal in Riga {verb} the national day with a reception on 14 June 2023. Guests "
            "included diplomats and members of the Latvian government.")
    assert _days(body) == []


def test_the_same_reception_to_come_is_an_event() -> None:
    body = "The Embassy of Portugal in Riga will mark the national day with a reception on 14 June 2023."
    assert _days(body) == ["2023-06-14"]


def test_a_deed_of_another_time_after_the_day_leaves_the_event() -> None:
    body = ("The Council of Ministers of the Commission holds its annual session in Valletta on Thursday 5 October "
            "2023, closing a year in which Malta chaired the body.")
    assert _days(body) == ["2023-10-05"]
