"""A day that names a week ("Hearing notice, week of November 20", "w/c 20 November", "semaine du 20 novembre",
"Woche vom 20. November") holds no event of its own: what happens in the week is said day by day under it. (Met in
our own texts in the style of a senate's and a ministry's weekly notices.) Texts of our own."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when

CASES = [
    # (body, expected, why)
    ("Posted 17 November 2031\n\nHearing notice, week of November 20, 2031\n\nTuesday, November 21, 2031, 9 a.m.: "
     "Committee on Energy", ["2031-11-21 08:00"], "'Hearing notice, week of D': the week, not a hearing on D"),
    ("Posted 17 November 2031\n\nMeetings w/c 24 November 2031\n\nWednesday 26 November 2031, 10:00: Cabinet",
     ["2031-11-26 09:00"], "'Meetings w/c D': the week commencing D"),
    ("Publié le 17 novembre 2031\n\nRéunions de la semaine du 24 novembre 2031\n\nMercredi 26 novembre 2031, 10h00 : "
     "Conseil des ministres", ["2031-11-26 09:00"], "'semaine du D': the same, in French"),
    ("Veröffentlicht am 17. November 2031\n\nSitzungen der Woche vom 24. November 2031\n\nMittwoch, 26. November 2031, "
     "10:00 Uhr: Kabinettssitzung", ["2031-11-26 09:00"], "'Woche vom D': the same, in German"),
    ("Posted 17 November 2031\n\nThe board meets on 24 November 2031 to plan the week of events.",
     ["2031-11-24"], "a week named after the day is no week of the day: the meeting stays"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_a_day_naming_a_week_holds_no_event(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why
