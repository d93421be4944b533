"""A page titled as a list of a series' events ("Seminar List", "Lecture listing") whose rows fall on consecutive
days: each row is an event, and the list no gathering that runs over their days (as a "Ministerial Council" over
its programme's days is). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles

_BODY = ("Upcoming {what}\n\n"
         "- 14/08/2030 - 11:00 Glaciers of the southern ranges, Room 2.14, Hobart\n"
         "- 15/08/2030 - 15:00 Sediment cores and what they keep, Room 2.16, Hobart")


@pytest.mark.parametrize(("title", "what"), [("Seminar List", "Seminars"), ("Lecture listing", "Lectures")])
def test_a_list_of_a_series_events_is_no_gathering(title: str, what: str) -> None:
    article = Article(source="t", title=title, body=_BODY.format(what=what), published=dt.date(2030, 8, 1))
    events = extract_articles([article], reference=dt.date(2030, 8, 1), default_zone="Europe/Brussels").events
    assert sorted(f"{e.start:%d %H:%M}" for e in events) == ["14 11:00", "15 15:00"]


def test_a_meeting_over_its_programme_days_is_still_one() -> None:
    article = Article(source="t", title="Regional Seminar on Water", body=_BODY.format(what="sessions"),
                      published=dt.date(2030, 8, 1))
    events = extract_articles([article], reference=dt.date(2030, 8, 1), default_zone="Europe/Brussels").events
    assert any(not isinstance(e.start, dt.datetime) for e in events)


def test_a_gathering_named_after_a_list_is_still_one() -> None:
    article = Article(source="t", title="Regional Seminar on the World Heritage List",
                      body=_BODY.format(what="sessions"), published=dt.date(2030, 8, 1))
    events = extract_articles([article], reference=dt.date(2030, 8, 1), default_zone="Europe/Brussels").events
    assert any(not isinstance(e.start, dt.datetime) for e in events)
