"""A list of a council's meeting days may be followed, not preceded, by the line that gives all of them their hour
("Every meeting starts at 2.00pm.", "All meetings begin at 6.30pm"), and take its year from the paragraph over it
("the timetable it has set for its meetings in 2017") where the days give none; a row whose day was moved ("May 14th
(moved to 21st)") does not end the list. Seen in world-hundredfourth (a West Australian shire's twelve meeting days
were published as all-day events of 2026 and 2027). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

SHIRE = """Ordinary Meeting Dates

Source: Shire of Dalwallinu (Western Australia)

As the Local Government Act 1995 requires, the Shire publishes the schedule of its ordinary meetings for 2019.

Ordinary Meetings

March 12th
April 9th
May 14th (moved to 21st)
June 11th
July 9th

{below}

Meetings are open to the public.
"""


def _starts(text: str) -> list[str]:
    events = extract(text, source="t", reference=dt.date(2026, 12, 6)).events
    return sorted(e.start.isoformat() for e in events if isinstance(e.start, dt.datetime))


def test_the_hour_below_the_list_times_its_days_in_the_year_said_above() -> None:
    assert _starts(SHIRE.format(below="All meetings begin at 6.30pm.")) == [
        "2019-03-12T18:30:00+08:00", "2019-04-09T18:30:00+08:00", "2019-06-11T18:30:00+08:00",
        "2019-07-09T18:30:00+08:00"]


def test_a_line_below_that_times_one_thing_only_gives_the_list_no_hour() -> None:
    assert _starts(SHIRE.format(below="The library closes at 5pm on weekdays.")) == []
