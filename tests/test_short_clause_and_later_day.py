"""Two readings of a sentence's own words (met in our own texts in the style of a remembrance ministry's and a UN
agency's notices):
- a short clause opening with an indefinite article ("A dawn service begins at 5.30am") brings in a thing of its own,
  not more about the event the sentence before told;
- a day told after the time in a phrase of what comes before or after ("..., ahead of World Radio Day on 13 February")
  is another thing's day, and the time before it is not its time.
Texts of our own."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when


def _titled(body: str) -> list[tuple[str, str]]:
    """Each event's start (as `when` gives it) and title, in time order (every event here is timed)."""
    return sorted((when([e])[0], e.summary) for e in events_of(body, zone="Pacific/Auckland"))


def test_a_short_clause_with_an_indefinite_article_is_its_own_event() -> None:
    body = ("Released 20 April 2031\n\nThe Governor-General will lay a wreath at the cenotaph at 11am on Friday "
            "25 April 2031. A dawn service begins at 5.30am.")
    titles = _titled(body)
    assert [w for w, _ in titles] == ["2031-04-24 17:30", "2031-04-24 23:00"]
    assert "dawn service" in titles[0][1].lower()


def test_a_short_clause_of_the_same_thing_still_joins_it() -> None:
    body = "Released 20 April 2031\n\nThe choir sings at the cathedral on Friday 25 April 2031. It starts at 7pm."
    assert when(events_of(body, zone="Pacific/Auckland")) == ["2031-04-25 07:00"]


@pytest.mark.parametrize("joint", ["ahead of", "in the run-up to", "prior to"])
def test_a_later_day_of_another_thing_takes_no_time(joint: str) -> None:
    body = (f"Published 3 February 2031\n\nThe broadcasting report is launched at a press conference on 10 February "
            f"2031 at 10:30 CET, {joint} World Radio Day on 13 February 2031.")
    assert "2031-02-13 09:30" not in when(events_of(body))
    assert "2031-02-10 09:30" in when(events_of(body))


@pytest.mark.parametrize(("body", "expected"), [
    # (found by review: the time's own day told after it, past a phrase of what comes before or after)
    ("Published 3 February 2031\n\nThe memorial service is held at 11:00, following the procession, on Sunday 9 "
     "February 2031.", ["2031-02-09 11:00"]),
    ("Published 3 February 2031\n\nDoors open at 18:30, ahead of the concert in Leeds on 12 February 2031.",
     ["2031-02-12 18:30"]),
])
def test_the_times_own_day_keeps_it(body: str, expected: list[str]) -> None:
    assert when(events_of(body, zone="Europe/London")) == expected


@pytest.mark.parametrize(("said", "day"), [("tomorrow", "2031-02-04"), ("today", "2031-02-03")])
def test_a_times_own_today_or_tomorrow_keeps_it_from_the_later_day(said: str, day: str) -> None:
    # "tomorrow at 10:30, ahead of World Radio Day on 13 February": the time is tomorrow's, not the later day's
    body = (f"Published 3 February 2031\n\nThe Minister will hold a press conference {said} at 10:30, ahead of "
            "World Radio Day on 13 February 2031.")
    assert f"{day} 10:30" in when(events_of(body, zone="Europe/London"))
    assert "2031-02-13 10:30" not in when(events_of(body, zone="Europe/London"))
