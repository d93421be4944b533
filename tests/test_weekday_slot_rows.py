"""Rows that give a weekday and its hour and nothing else ("Sittings this week:" / "Tuesday 10:00" / "Thursday
10:00") are each a sitting of their own, as rows of a date and its hour are; each but the last was dropped, waiting
for a line to say what it was. Under a line that says the rows are hours ("Opening hours:"), they stay no events.
(Met in our own texts in the style of a legislature's week notice.) Texts of our own."""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when

CASES = [
    # (body, expected, why)
    ("Posted 31 March 2031\n\nSittings this week:\nTuesday 10:00\nThursday 10:00",
     ["2031-04-01 08:00", "2031-04-03 08:00"], "two weekday rows, each its hour"),
    ("Posted 31 March 2031\n\nThe House sits this week.\nTuesday: 10 a.m. - 11:50 a.m.\nWednesday: 2 p.m. - 4 p.m.\n"
     "Thursday: 10 a.m. - 12 p.m.", ["2031-04-01 08:00", "2031-04-02 12:00", "2031-04-03 08:00"],
     "three weekday rows of ranges a sitting long"),
    ("Posted 31 March 2031\n\nOpening hours of the visitor centre:\nTuesday 10:00 - 12:00\nThursday 10:00 - 12:00",
     [], "under a caption of hours, weekday rows are hours kept, no events"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES, ids=[c[2] for c in CASES])
def test_weekday_rows_are_slots(body: str, expected: list[str], why: str) -> None:
    assert when(events_of(body)) == expected, why


def test_weekday_rows_under_a_weekly_rule_are_no_slots() -> None:
    # (found by review) "The committee meets weekly." over weekday rows: a rule of the week, not two days
    body = "Posted 31 March 2031\n\nThe committee meets weekly.\nTuesday 10:00\nThursday 10:00"
    assert when(events_of(body)) == []


@pytest.mark.parametrize("head", ["Each delegation will be received by the Minister at these times:",
                                  "Every member state is invited to the briefings:"])
def test_a_caption_counting_its_readers_is_no_weekly_rule(head: str) -> None:
    # "each" and "every" before whom the rows are for, not before what recurs: the rows stay days of their own
    body = f"Posted 31 March 2031\n\n{head}\nTuesday 10:00\nThursday 10:00"
    assert when(events_of(body)) == ["2031-04-01 08:00", "2031-04-03 08:00"]


@pytest.mark.parametrize("head", ["Briefings are held every Tuesday and Thursday.", "Weekly briefings:"])
def test_weekday_rows_under_other_weekly_rules_are_no_slots(head: str) -> None:
    body = f"Posted 31 March 2031\n\n{head}\nTuesday 10:00\nThursday 10:00"
    assert when(events_of(body)) == []
