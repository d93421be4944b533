"""A clause after a semicolon that gives "the same day" and a place of its own ("...; the same day, the minister
opens the new wing at the Central Hospital") is another event on the first clause's day; one with no place of its
own ("...; the ministry opens the museums free that day") stays the first clause's event, and the day is not given
twice. Seen as a leftover of itinerary._semicolon_clauses (issue #10). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Health week\n\nSource: Ministry of Health\n\n{body}\n"
    events = extract(text, source="health", reference=dt.date(2021, 9, 1)).events
    return sorted((f"{e.start}", e.summary) for e in events)


def test_a_same_day_clause_at_its_own_venue_is_an_event_of_that_day() -> None:
    found = _events("The minister opens the health week with a speech at the City Hall in Leeds on Tuesday, 14 "
                    "September 2021; the same day, the minister opens the new wing at the Central Hospital.")
    assert [day for day, _ in found] == ["2021-09-14", "2021-09-14"]
    assert any("Central Hospital" in summary for _, summary in found)


def test_a_same_day_clause_in_a_town_of_its_own_is_an_event_of_that_day() -> None:
    found = _events("The minister opens the health week in Leeds on Tuesday, 14 September 2021; the same day, she "
                    "visits the children's ward of the hospital in Bradford.")
    assert [day for day, _ in found] == ["2021-09-14", "2021-09-14"]


def test_a_same_day_clause_with_no_place_stays_with_the_first_event() -> None:
    found = _events("Heritage Day, 24 September 2021, falls on a Friday this year; the ministry opens the museums "
                    "free that day.")
    assert [day for day, _ in found] == ["2021-09-24"]
