"""The day a body's written word comes out ("its recommendations will be published on 20 June", "the opinion is to
be issued on Friday") is no event, even in a sentence whose other clause tells of a meeting."""

from __future__ import annotations

from tests.test_notevents import events_of, when


def test_the_day_observations_come_out_is_no_event() -> None:
    body = ("Geneva, 2 June 2031\n\nThe review panel closes its session on Friday 13 June at 18:00; "
            "its recommendations will be published on 20 June.\n")
    events = events_of(body, title="Review panel session", zone="Europe/Zurich")
    assert when(events) == ["2031-06-13 16:00"]


def test_a_launch_at_a_press_conference_stays_an_event() -> None:
    body = "Geneva, 2 June 2031\n\nThe outlook will be released at a press conference on 20 June at 10:00.\n"
    events = events_of(body, title="Outlook launch", zone="Europe/Zurich")
    assert when(events) == ["2031-06-20 08:00"]


def test_a_judgment_read_out_at_a_sitting_stays_an_event() -> None:
    # (found by review) a court gives its judgment at a public sitting, at a time and a place
    body = ("The Hague, 2 June 2031\n\nThe judgment in the border case is to be issued on 5 June at 15:00 in the "
            "Great Hall.\n")
    events = events_of(body, title="Judgment", zone="Europe/Amsterdam")
    assert when(events) == ["2031-06-05 13:00"]
