"""A numeric date after the word that stamps an update or a post: "UPDATE 4.17.20", "Updated 4/17/2020", "Posted
17.4.20" (issue #10, "Dates": US pages relaying a governor's notice head it "UPDATE 4.17.20:", month first and dotted,
with a two-digit year). After such a word the figures are the page's date, read in the item's order, else the one a
number above 12 shows. Seen in world-hundredtwentysixth (a governor's address "2pm TODAY" under "UPDATE 4.17.20" gave
no event); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[tuple[int, int, int | None]]:
    return [(m.first.year or 0, m.first.month, m.first.day) for m in find_mentions(text)
            if m.kind == "day" and m.first is not None]


def test_dotted_month_first_with_two_figure_year() -> None:
    assert _days("UPDATE 4.17.20") == [(2020, 4, 17)]


def test_slashed_and_day_first_forms() -> None:
    assert _days("Updated 9/23/2021") == [(2021, 9, 23)]
    assert _days("Posted 23.9.21") == [(2021, 9, 23)]


def test_ambiguous_or_unlabelled_figures_are_no_date() -> None:
    assert _days("UPDATE 3.4.20") == []
    assert _days("firmware version 4.17.20 is out") == []


def test_the_stamp_dates_a_notice_of_today() -> None:
    text = ("Mayor to speak on the budget at 11 am today\n\nSource: Office of the Mayor\n\nUPDATE 9.23.21\n\n"
            "Mayor Ruiz speaks to residents about the budget this morning at 11am, live on the city's channel.\n")
    starts = [f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
              if isinstance(e.start, dt.datetime)]
    assert starts == ["2021-09-23 11:00"]
