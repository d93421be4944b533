"""A weekday's full date opening a story, a dash, then what has happened: "Tuesday, March 16, 2021 – The planned
tours have been postponed ..." (issue #10, "Datelines": some news sites open every story so). It is the day of
writing, not an event, and it dates the story's other days ("Monday, March 15" is the day before, not a Monday of
another year); an advisory's "Tuesday, 25 June 2019 – The committee meets at 10:00" stays its events' day. Seen in
world-hundredtwentysixth (Kenyan ministers' postponed tours, whose days were put in 2027); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_the_dated_opening_of_news_is_the_day_of_writing() -> None:
    text = ("Harbour works halted\n\nSource: Ports Authority\n\n"
            "Wednesday, June 9, 2021 – The dredging works the authority had planned for the north harbour have "
            "been put off indefinitely.\n\nThe authority's board meets on Friday, June 11 to decide on repairs.\n")
    assert _starts(text) == ["2021-06-11"]


def test_an_advisorys_dated_opening_is_still_its_day() -> None:
    text = ("Committee hearing\n\nSource: County Council\n\n"
            "Tuesday, June 15, 2021 – The planning committee hears residents on the harbour plan at 10:00 in the "
            "council chamber.\n")
    assert _starts(text) == ["2021-06-15 10:00"]
