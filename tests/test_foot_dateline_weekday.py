"""A town and a full date with its weekday closing an item of prose ("Ottawa, Wednesday, 18 March 2031") is the
item's dateline, as it is without the weekday: "tomorrow" and bare weekdays above count from it. Texts in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Highlights of the daily briefing

Source: A spokesperson's office

Tomorrow, the Minister will be in Halifax for the ocean summit. She will speak at the plenary at 9:30 a.m. local time.

{foot}
"""


def test_the_foot_line_with_its_weekday_dates_the_item() -> None:
    events = extract(ITEM.format(foot="Ottawa, Wednesday, 19 March 2031"), source="office",
                     reference=dt.date(2031, 1, 10)).events
    timed = [e for e in events if e.start is not None and not e.all_day]
    assert [(e.first_day, e.start.hour, e.timezone) for e in timed] == [(dt.date(2031, 3, 20), 9, "America/Halifax")]


def test_an_event_s_name_and_day_at_the_foot_is_no_dateline() -> None:
    events = extract(ITEM.format(foot="Annual General Meeting, Wednesday, 19 March 2031"), source="office",
                     reference=dt.date(2031, 1, 10)).events
    assert all(e.first_day != dt.date(2031, 3, 20) for e in events)
