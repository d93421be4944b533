""""The Premier flies to Jakarta today ..." then "The four-day trip takes him to ...": a sentence with no day of its
own that opens on the count of days of the one-day event just told (in its paragraph or the one before) gives that
event its length (world-fortyfirst 9: only the day of departure was read). "A three-day visit" (another event), a
count after a timed event, and a count that does not open the sentence leave it as it was. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Premier to lead a mission

Source: Office of the Premier of Ruritania

Published: 9 May 2033

{body}
"""


def _spans(body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(body=body), source="office", reference=dt.date(2033, 5, 9),
                     default_zone="UTC").events
    return [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}") for e in events if e.all_day]


@pytest.mark.parametrize("body", [
    "The Premier flies to Jakarta today with the heads of three universities.\n\n"
    "The four-day trip takes him to Jakarta and Surabaya, where he meets ministers and business leaders.",
    "The Premier flies to Jakarta today with the heads of three universities. This four-day trade mission takes him "
    "to Jakarta and Surabaya.",
])
def test_a_count_after_the_day_gives_the_length(body: str) -> None:
    assert _spans(body) == [("2033-05-09", "2033-05-13")]


@pytest.mark.parametrize("body", [
    "The Premier flies to Jakarta today with the heads of three universities.\n\n"
    "A three-day visit to Surabaya was planned last year but did not take place.",
    "The Premier flies to Jakarta today with the heads of three universities.\n\n"
    "He said the four-day trip would take him to Surabaya too.",
])
def test_other_counts_leave_the_day(body: str) -> None:
    assert _spans(body) == [("2033-05-09", "2033-05-10")]
