"""A count of days after "of" or "about" ("graduates of a three-day course", "the closing of the three-day fair",
"a briefing about the two-day festival") counts the days of what the dated event is about, not its own length;
"for a two-day visit" and "opens a three-day forum" still give theirs."""

from __future__ import annotations

from tests.test_notevents import events_of, when


def test_a_count_after_of_or_about_is_not_the_events_length() -> None:
    body = ("Published 3 February 2031\n\nThe Minister will speak on 12 February 2031 to graduates of a three-day "
            "course on cyber security.\n\nOn 13 February 2031 the Minister attends the closing of the three-day "
            "fair.\n\nOn 14 February 2031 the Minister gives a briefing about the two-day festival.\n")
    assert when(events_of(body, title="Minister's week")) == ["2031-02-12", "2031-02-13", "2031-02-14"]


def test_the_events_own_count_still_stretches_it() -> None:
    body = ("Published 3 February 2031\n\nThe Minister leaves on 14 February 2031 for a two-day visit to Tallinn."
            "\n\nThe Minister opens on 17 February 2031 a three-day forum on data.\n")
    assert when(events_of(body, title="Minister's week")) == ["2031-02-14..2031-02-15", "2031-02-17..2031-02-19"]


def test_on_a_counted_visit_is_the_visits_own_count() -> None:
    body = "Published 3 February 2031\n\nThe Minister will be in Seoul on 14 February 2031 on a two-day visit.\n"
    assert when(events_of(body, title="Minister's week")) == ["2031-02-14..2031-02-15"]
