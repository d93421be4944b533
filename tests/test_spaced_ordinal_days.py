"""A day of the month alone, as a committee week or a sitting notice writes it under its stamp (issue #10, "Layout"):
"on the 9 th" (the ordinal's suffix set apart, a superscript flattened when the page was copied to text), "on the
12th and 13th" (two days that follow each other: one span), and a day of the month that falls between the item's day
and a later day already named ("Tuesday 8 ... on the 10 th ...; ... on the 9th" is the 9th of that month, not of the
next). Seen in world-seventieth (a government news service's committee week); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _days(text: str) -> list[tuple[dt.date, dt.date | None]]:
    return sorted((e.start, e.end) for e in extract(text, source="test", reference=_REFERENCE).events
                  if not isinstance(e.start, dt.datetime))


def _item(body: str) -> str:
    return f"Committees this week\n\nSource: Legislative Secretariat\n\nMarch 08, 2027\n{body}\n"


def test_suffix_set_apart() -> None:
    days = _days(_item("The Public Accounts Committee meets on the 9 th, and the Finance Committee on the 11 th ."))
    assert [first for first, _ in days] == [dt.date(2027, 3, 9), dt.date(2027, 3, 11)]


def test_two_following_days_are_a_span() -> None:
    days = _days(_item("The select committee on housing will sit on the 12th and 13th ."))
    assert [(first, last) for first, last in days] == [(dt.date(2027, 3, 12), dt.date(2027, 3, 14))]


def test_a_day_between_the_stamp_and_a_later_day_is_this_month() -> None:
    days = _days(_item("The Health Committee meets on the 10 th.\nThe Committee on Privileges also meets on the 9th."))
    assert [first for first, _ in days] == [dt.date(2027, 3, 9), dt.date(2027, 3, 10)]


def test_floor_and_other_ordinals_stay_unread() -> None:
    assert _days(_item("The briefing room is on the 4 th floor of the annex, open to the press.")) == []
