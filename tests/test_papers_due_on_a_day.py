"""Papers said to be due on a day, with no "by" ("comments are due Friday, January 15", "written testimony is due on
March 6, 2031"), give a deadline, not a second day of the meeting the line announces (world-sixtieth 1: a state
agency's three board meetings, each also published at its clock on its comment deadline). Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """Board meetings

Source: Lakeview Township

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(body=body), source="township", reference=dt.date(2031, 1, 10),
                     default_zone="America/Chicago").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


def test_rows_with_their_comment_deadlines() -> None:
    body = """The board meets on these dates:

  • Zoning hearing: March 4, 2031 at 6:00 p.m.; written comments are due Friday, February 28.
  • Budget workshop: March 11, 2031 at 7:00 p.m.; comments are due March 6, 2031."""
    assert _days(body) == ["2031-03-04", "2031-03-11"]


def test_a_sentence_with_testimony_due() -> None:
    body = ("The water board holds its rate hearing on April 8, 2031 at 10:00 a.m. in the council chamber; written "
            "testimony is due on April 1, 2031.")
    assert _days(body) == ["2031-04-08"]


def test_the_due_day_on_which_the_board_meets_stays() -> None:
    # (review) "due ..., when the board meets at 6 p.m.": the deadline's day is the meeting's too.
    body = "Comments are due Tuesday, April 15, 2031, when the board meets at 6 p.m. at the library to hear them."
    assert _days(body) == ["2031-04-15"]
