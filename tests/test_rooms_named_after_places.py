"""A room of a hotel or hall named after a place, "the Micronesia Ballroom of the Hilton Guam", "the Tokyo Room"
(issue #10, "Zone"): the room is where the event is, the place it is named after is not, and its clock is not the
event's. Seen in world-seventyninth (Guam's inauguration: the attorney general's oath "in the Micronesia Ballroom of
the Hilton Guam Resort & Spa" was read on Pohnpei's clock, an hour off); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.places import find_places

_REFERENCE = dt.date(2026, 12, 5)


def test_a_ballroom_named_after_a_country_is_no_place() -> None:
    names = [m.place.name for m in find_places("the dinner is in the Micronesia Ballroom of the Hilton Guam")]
    assert "Micronesia" not in names
    assert "Guam" in names


def test_rooms_suites_and_lounges() -> None:
    for text in ("a briefing in the Tokyo Room", "drinks in the Fiji Suite", "coffee in the Vienna Lounge"):
        assert find_places(text) == [], text


def test_the_hour_is_on_the_clock_of_the_building_around_the_room() -> None:
    text = ("Swearing-in\n\nSource: Office of the Governor of Guam\n\nThe new cabinet takes the oath at 9:30 a.m. on "
            "Tuesday, March 3, 2026, in the Micronesia Ballroom of the Hyatt Regency Guam in Tumon.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime)] == [
        dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC)]


def test_a_town_before_another_word_is_still_the_town() -> None:
    assert [m.place.name for m in find_places("a meeting at Tokyo City Hall")][:1] == ["Tokyo"]
