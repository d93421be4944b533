"""A run of two dotted days and months that no clock can be ("od 15.09 do 30.09", "from 15.09 to 30.09": there is
no hour 30) is a span of days, not a range of clocks (issue #10, "Layout": dotted numeric dates; review of session
37). Two clocks stay clocks ("10.30 - 11.45"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize("text", ["Wystawa będzie otwarta od 12.10 do 28.10 w ratuszu.",
                                  "Изложбата е отворена от 12.10 до 28.10.",
                                  "The exhibition is open from 12.10 to 28.10."])
def test_a_run_of_dotted_days_is_a_span(text: str) -> None:
    found = find_mentions(text)
    assert [(m.kind, m.first, m.last) for m in found] == [
        ("span", found[0].first, found[0].last)]
    first, last = found[0].first, found[0].last
    assert first is not None
    assert last is not None
    assert ((first.day, first.month), (last.day, last.month)) == ((12, 10), (28, 10))


def test_two_clocks_stay_clocks() -> None:
    found = find_mentions("The session runs from 10.30 to 11.45 in the hall.")
    assert [(m.kind, m.time, m.until) for m in found] == [("time", dt.time(10, 30), dt.time(11, 45))]


def test_the_span_is_an_event_of_days() -> None:
    text = ("Exhibition\n\nSource: City Museum\n\nWarszawa, 2 października 2023\n\nWystawa będzie otwarta od 12.10 do"
            " 28.10 w ratuszu.\n")
    events = extract(text, source="test", reference=dt.date(2026, 12, 6)).events
    assert [(e.start, e.end) for e in events] == [(dt.date(2023, 10, 12), dt.date(2023, 10, 29))]


def test_a_run_with_its_year_is_left_to_the_grammar() -> None:
    # ("vom 30.8.-2.9.2031": the year after the second day belongs to the span, which the German reader reads whole)
    found = find_mentions("vom 30.8.-2.9.2031")
    assert [(m.kind, m.first.year if m.first else None) for m in found] == [("span", 2031)]
