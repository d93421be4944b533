"""Hours said of "both days" or "each of the two days" after two days told one a sentence, each an event of its own:
"the conference of farm ministers opens on 28 November 2013", "The following day, 29 November, the minister chairs
the fisheries conference", "Proceedings begin at 10 am on each of the two days." Each of those events starts at that
hour, and the hours do not go to a day told after them (world-sixtysecond, item 1: the two conferences published as
all-day events, and a visit on 30 November given their 10 am)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

FORUMS = ("Governor's programme\n\nSource: Test\n\n"
          "The Governor opens the forum of women entrepreneurs at the State Convention Centre in Bhubaneswar on 3 March"
          " 2026. On the next day, 4 March, he chairs the forum of rural bankers at the same hall."
          " The sittings open at 11 am on both days. He also visits the Konark temple on 5 March.\n")

SESSIONS = ("Two sessions of the board\n\nSource: Test\n\n"
            "The board of the fund meets in Suva on 9 June 2026 to review its accounts. On 10 June it hears the"
            " auditors. Each of the two days starts at 9:30 am.\n")


@pytest.mark.parametrize(("text", "starts", "day"), [
    (FORUMS, [dt.datetime(2026, 3, 3, 5, 30, tzinfo=dt.UTC), dt.datetime(2026, 3, 4, 5, 30, tzinfo=dt.UTC)],
     dt.date(2026, 3, 5)),
    (SESSIONS, [dt.datetime(2026, 6, 8, 21, 30, tzinfo=dt.UTC), dt.datetime(2026, 6, 9, 21, 30, tzinfo=dt.UTC)],
     None),
], ids=["forums", "sessions"])
def test_each_day_told_apart_takes_the_hours(text: str, starts: list[dt.datetime], day: dt.date | None) -> None:
    events = extract(text, source="test", reference=dt.date(2026, 2, 1)).events
    timed = sorted(e.start.astimezone(dt.UTC) for e in events if isinstance(e.start, dt.datetime))
    assert timed == starts
    # (the day told after the hours keeps none of them)
    assert day is None or day in [e.start for e in events if not isinstance(e.start, dt.datetime)]
