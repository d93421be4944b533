"""An agenda's minutes that name the meetings they record, with words between "minutes of" and each day ("Minutes of the
Regular Meetings of April 14, 2031, and April 28, 2031", "the minutes of the Special Meeting of April 21, 2031 and of
the Work Session of April 30, 2031"), date meetings already held, none an event (world-sixtieth 3: a county board's
consent item approving the minutes of three past meetings, each published as a meeting). A meeting to come at which
minutes are approved stays an event, as does the day minutes come out ("the minutes of last week's board meeting
come out on 18 December"). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Council agenda

Source: Town of Brookvale

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="town", reference=dt.date(2031, 5, 1),
                     default_zone="America/Denver").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_consent_items_approving_past_minutes() -> None:
    body = """Regular meeting, Monday, May 12, 2031, 7:00 p.m.

CONSENT ITEMS:
*A. Minutes of the Regular Meetings of April 14, 2031, and April 28, 2031: approval.
*B. Approval of the minutes of the Special Meeting of April 21, 2031 and of the Work Session of April 30, 2031."""
    assert _days(body) == ["2031-05-12"]


def test_minutes_approved_at_a_meeting_to_come() -> None:
    body = "The council will approve the minutes at its meeting on May 20, 2031 at 6 p.m. in the town hall."
    assert _days(body) == ["2031-05-20"]


def test_minutes_that_come_out_on_a_day() -> None:
    body = "The minutes of last week's board meeting come out on 18 December 2031 at 11.30 am, with the board's votes."
    assert _days(body) == ["2031-12-18"]


def test_a_meeting_told_after_the_minutes_in_the_same_sentence_stays() -> None:
    # (review) "approve the minutes of its last meeting and hold a public hearing on ...": the hearing is to come.
    body = ("The Board will approve the minutes of its last meeting and hold a public hearing on May 7, 2031 at 9:00 "
            "a.m. in the Board Room.\n\nCouncil will review minutes from the retreat and then hold a special meeting "
            "on May 8, 2031, at 6 p.m.")
    assert _days(body) == ["2031-05-07", "2031-05-08"]
