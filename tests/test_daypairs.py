"""Two days said in words and joined by "and" ("on Friday and Saturday", "today and tomorrow", "tomorrow and on
Saturday"): the event is on both days, one span when they are in a row, else two days.

Form: ministers' and agencies' notices of tours and sittings that name their days relative to the release's date.
Seen in a Pacific ministry's notice (world-sixtyninth, "tomorrow and on Saturday"): only the Saturday was read.
Texts of our own here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_WEDNESDAY = dt.date(2031, 4, 16)


def _events(text: str) -> list[tuple[object, object]]:
    article = Article(source="t", title="Notice", body=text, published=_WEDNESDAY)
    return [(e.start, e.end) for e in extract_articles([article], reference=_WEDNESDAY).events]


def _day(number: int) -> dt.date:
    return dt.date(2031, 4, number)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The inspectors will visit the harbour works on Friday and Saturday.", 18, 19),
    ("The inspectors will visit the harbour works on Friday and on Saturday.", 18, 19),
    ("The trade fair opens its doors to the public today and tomorrow.", 16, 17),
    ("The envoy holds consultations in the capital tomorrow and Friday.", 17, 18),
])
def test_days_in_a_row_are_one_span(text: str, first: int, last: int) -> None:
    # (an all-day event ends the day after its last day)
    assert _events(text) == [(_day(first), _day(last + 1))]


@pytest.mark.parametrize("text", [
    "The inspectors will visit the harbour works tomorrow and on Saturday.",
    "The inspectors will visit the harbour works on Thursday and again on Saturday.",
])
def test_days_apart_are_two_days(text: str) -> None:
    assert _events(text) == [(_day(17), _day(18)), (_day(19), _day(20))]


def test_the_hour_goes_with_both_days() -> None:
    starts = [start for start, _ in _events("The choir performs in the cathedral on Friday and Saturday at 19:30.")]
    assert [(s.date(), s.time()) for s in starts if isinstance(s, dt.datetime)] == [
        (_day(18), dt.time(19, 30)), (_day(19), dt.time(19, 30))]


def test_joint_words_stay_out_of_the_title() -> None:
    article = Article(source="t", title="Notice", body="The minister will tour the farms on Thursday and again on"
                      " Saturday.", published=_WEDNESDAY)
    titles = [e.summary for e in extract_articles([article], reference=_WEDNESDAY).events]
    assert len(titles) == 2
    assert all("again" not in t and "and" not in t.split() for t in titles)


@pytest.mark.parametrize("text", [
    "The inspectors visited the harbour works on Monday and Tuesday.",  # history: told in the past
    "The inspectors will visit the harbour works on Friday, and the report follows in May.",  # one day only
])
def test_no_pair(text: str) -> None:
    assert all(end - start <= dt.timedelta(days=1) for start, end in _events(text)
               if not isinstance(start, dt.datetime))
    assert len(_events(text)) <= 1


@pytest.mark.parametrize("text", [
    "Public hours: Friday and Saturday 10 A.M. to 5 P.M.",  # a row of opening hours, no "on"
    "The fair is open on April 19 and 20 (Saturday and Sunday), its yearly open weekend.",  # the dates' weekdays
])
def test_not_a_pair_of_event_days(text: str) -> None:
    assert all((start.date() if isinstance(start, dt.datetime) else start) != _day(18) for start, _ in _events(text))


def test_respectively_gives_each_its_own_day() -> None:
    events = _events("The Assembly and the Senate are called to sit on Friday and Saturday respectively.")
    assert (_day(18), _day(20)) not in events
    assert (_day(18), _day(19)) in events


def test_a_comma_clause_keeps_its_own_event() -> None:
    article = Article(source="t", title="Notice", body="The officials meet on Friday, and on Saturday the ministers"
                      " gather to prepare the summit.", published=_WEDNESDAY)
    events = extract_articles([article], reference=_WEDNESDAY).events
    assert [e.start for e in events] == [_day(18), _day(19)]


@pytest.mark.parametrize("text", [
    "The vote is on Friday and Saturday is a day of rest for the delegates.",
    "The minister meets the governors on Friday and Saturday the team travels to the coast.",
])
def test_the_second_day_opening_a_clause_is_no_pair(text: str) -> None:
    assert (_day(18), _day(20)) not in _events(text)


def test_plural_parts_of_the_day_end_the_phrase() -> None:
    starts = [start for start, _ in _events("The play runs on Friday and Saturday nights at 19:30 in the old theatre.")]
    assert [s.date() for s in starts if isinstance(s, dt.datetime)] == [_day(18), _day(19)]
