"""A later clause with its own day and a comma before its time: "will sit on Tuesday at 3:00 p.m. and on Friday, at
10:00 a.m. for the budget debate" (issue #10, "Layout"). The comma between the day and its time was taken for the
clause's joint, so the clause began after the day, and its 10:00 fell on Tuesday (a wrong event) while Friday was
lost. The clause now opens at the joint before its day. Seen in world-seventieth (a Caribbean parliament's sitting
notice); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.clauses import later_clauses
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[tuple[int, int, int]]:
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted((e.start.day, e.start.hour, e.start.minute) for e in events if isinstance(e.start, dt.datetime))


def test_weekday_comma_time_in_a_later_clause() -> None:
    text = ("Sittings\n\nSource: Office of the Clerk\n\nMonday, June 1, 2026\n\n"
            "The House will sit on Tuesday at 3:00 p.m. and on Friday, at 10:00 a.m. for the budget debate.\n")
    assert _starts(text) == [(2, 15, 0), (5, 10, 0)]


def test_the_clause_opens_before_its_day() -> None:
    sentence = "The House will sit on Tuesday at 3:00 p.m. and on Friday, at 10:00 a.m. for the budget debate."
    times = [m for m in find_mentions(sentence) if m.kind == "time"]
    [(opens, time, _)] = later_clauses(sentence, times, times[0])
    assert sentence[opens:].startswith("and on Friday")
    assert time.text == "at 10:00 a.m."


def test_a_comma_after_other_words_still_opens_a_clause() -> None:
    sentence = "The minister lands at 9:00 a.m. and meets the press, at 11:00 a.m. visits the port."
    times = [m for m in find_mentions(sentence) if m.kind == "time"]
    [(opens, _, _)] = later_clauses(sentence, times, times[0])
    assert sentence[opens:].startswith(", at 11:00")
