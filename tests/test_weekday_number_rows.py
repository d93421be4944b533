"""A row that opens with a weekday, its day of the month and then its clock ("Mon 3   10:00  Consultations: ...", "Tue.
4 – 15:00 Briefing"), under a heading that names the month, is that day: a number between a weekday and a clock can be
nothing else. The rows were all read on the day of the update stamp. (Met in our own texts in the style of a council's
monthly programme of work.) Texts of our own."""

from __future__ import annotations

import pytest

from parsers.dates import find_mentions
from tests.test_notevents import events_of, when


@pytest.mark.parametrize("row", ["Mon 3   10:00  Consultations", "Mon 3 10:00 Consultations", "Monday 3\t10:00 Talks",
                                 "Mon. 3 – 10:00 Consultations"])
def test_the_number_before_the_clock_is_the_weekdays_day(row: str) -> None:
    weekday = find_mentions(row, "dmy")[0]
    assert (weekday.kind, weekday.weekday, weekday.offset) == ("weekday", 0, 3)


@pytest.mark.parametrize("text", ["Tuesday 10.30 talk", "Thursday 5 10.12.2031 meeting"])
def test_a_clock_or_a_date_after_the_weekday_is_no_day_of_the_month(text: str) -> None:
    assert not any(m.kind == "weekday" and m.offset for m in find_mentions(text, "dmy"))


def test_a_months_programme_of_rows() -> None:
    body = ("Programme of work for June (provisional)\n\nMon 2   10:00  Consultations: the Sahel\n"
            "Tue 3   10:00  Briefing: the Great Lakes\n        15:00  Adoption of the programme of work\n"
            "Thu 5   10:00  Open debate: protection of civilians\n\nUpdate issued 30 May 2031")
    assert when(events_of(body, zone="America/New_York")) == ["2031-06-02 14:00", "2031-06-03 14:00",
                                                              "2031-06-03 19:00", "2031-06-05 14:00"]
