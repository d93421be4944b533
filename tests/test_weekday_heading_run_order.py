"""A line that is only a weekday ("Tuesday") in a run of day headings whose next heading is a date ("May 23"): the
headings run in order, so the weekday is the one in the week before that date, not the next such day after a later
day the lead named ("... graduate on May 25"). Seen in world-hundredseventeenth (a military academy's graduation week:
"Tuesday" and "Wednesday" over "May 23", "May 24", "May 25" under a stamp of Thursday May 16 were put on the 28th and
29th); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[tuple[str, str]]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in events if isinstance(e.start, dt.datetime))


_WEEK = ("Commencement week at the college\n\nSource: A college\n\n{stamp}\n\n"
         "Some 400 students finish their studies on June 14, 2025. The main events of the week follow.\n\n"
         "Tuesday\n\n• 10 a.m.—Tree planting at the old gate.\n\n"
         "Wednesday\n\n• 2 p.m.—Prize giving in the main hall.\n\n"
         "June 12\n\n• 11 a.m.—Band concert on the lawn.\n\n"
         "June 14\n\n• 9 a.m.—Commencement in the stadium.\n")


def test_weekday_headings_before_a_dated_heading() -> None:
    starts = _starts(_WEEK.format(stamp="June 5, 2025"))
    assert [s for s, _ in starts] == ["2025-06-10 10:00", "2025-06-11 14:00", "2025-06-12 11:00", "2025-06-14 09:00"]


def test_the_note_says_why() -> None:
    events = extract(_WEEK.format(stamp="June 5, 2025"), source="test", reference=_REFERENCE).events
    tree = next(e for e in events if "Tree" in e.summary)
    assert "weekday heading 'Tuesday'" in " ".join(tree.notes)


def test_weekdays_after_the_last_dated_heading_are_left() -> None:
    # ("June 12" then "Friday": the Friday after it, as before)
    text = ("Open days at the base\n\nSource: A base\n\nJune 5, 2025\n\nThe base opens to visitors next week.\n\n"
            "June 12\n\n• 11 a.m.—Band concert on the parade ground.\n\nFriday\n\n• 10 a.m.—Guided tours.\n")
    assert [s for s, _ in _starts(text)] == ["2025-06-12 11:00", "2025-06-13 10:00"]
