"""A town on a line of its own right over the dateline's date ("Wellington" / "March 2, 2031") is where the release
was written, not a heading the items below happen under."""

from __future__ import annotations

from tests.test_notevents import events_of, when

BODY = ("Wellington\nMarch 2, 2031\n\nThe Minister will make an official visit to Fiji from 4 to 6 March 2031. "
        "On 5 March, she will address the regional fisheries forum at 10:00 hrs.\n")


def test_the_town_over_a_dateline_does_not_place_the_items() -> None:
    events = events_of(BODY, title="Minister to visit Fiji", zone="UTC")
    timed = [e for e in events if not e.all_day]
    assert when(timed) == ["2031-03-04 22:00"]  # 10:00 in Fiji (UTC+12), not in Wellington (UTC+13 in March)
    assert "Wellington" not in timed[0].location


def test_a_town_over_its_rows_still_heads_them() -> None:
    body = "Thursday 6 March 2031\n\nSuva\n10:00 Meets the fisheries council\n"
    events = events_of(body, title="Minister's programme", zone="UTC")
    assert when(events) == ["2031-03-05 22:00"]
    assert events[0].location.startswith("Suva")
