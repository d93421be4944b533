"""What is over and what is under way, under a stamp: an arrival told done "today ... for a four-day official visit"
opens the visit, which runs on (world-fortyfifth 11); a diary's entry told in the past under a day line before the
stamp ("30 September" / "The Secretary-General joined the reception ...") is no event, nor is a "Weekly round-up"
title's week (world-fortyfifth 8). An entry to come under a later day line stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: Office

Published: {stamp}

{body}
"""


def _events(title: str, stamp: str, body: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(title=title, stamp=stamp, body=body), source="office", reference=dt.date(2031, 1, 1),
                     default_zone="UTC").events
    return [(e.start.strftime("%Y-%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%Y-%m-%d") if e.all_day else "")
            for e in events]


def test_an_arrival_done_today_opens_a_counted_visit() -> None:
    body = ("Ambassador Jane Roe arrived in Ruritania today (25) for a four-day official visit. She meets ministers "
            "in the capital.")
    assert _events("Ambassador visits Ruritania", "25 September 2031", body) == [("2031-09-25", "2031-09-28")]


def test_an_arrival_done_today_alone_is_no_event() -> None:
    body = "Ambassador Jane Roe arrived in Ruritania today. She was met at the airport by officials."
    assert _events("Ambassador in Ruritania", "25 September 2031", body) == []


def test_a_diary_of_a_past_week_is_no_event() -> None:
    body = ("Diary | Secretary-General\n\n30 September\nThe Secretary-General joined the reception for the national "
            "day of Ruritania, given by its Ambassador.\n\n2 October\nThe Secretary-General attended the regional "
            "meeting on drugs in the capital.")
    assert _events("Weekly round-up: the Secretary-General's engagements, 30th Sep - 03rd Oct 2031", "4 October 2031",
                   body) == []


def test_an_entry_to_come_under_a_later_day_line_stays() -> None:
    body = ("Diary | Secretary-General\n\n30 September\nThe Secretary-General joined the reception for the national "
            "day of Ruritania.\n\n8 October\nThe Secretary-General will open the training course on public finance.")
    assert [start for start, _ in _events("The Secretary-General's diary", "4 October 2031", body)] == ["2031-10-08"]
