"""A paper dated within the session it belongs to ("14 May 2026" over "Suva, 12–16 May 2026": a daily journal, an
order of the day) is of its own day: the programme rows below it, which name no day, are that day's (issue #10,
"Layout": day headings, schedules whose title carries the date). The session's span had set the day in context to
its first day, and the rows fell two days early. A stamp before the session keeps the rows on its first day. Seen in
world-eightysecond (a regional committee's daily journal); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 1)


def _starts(text: str) -> list[dt.datetime]:
    return sorted(e.start for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_rows_under_a_journal_dated_within_the_session() -> None:
    text = ("Fisheries Commission, tenth session: journal no. 3\n\nSource: Pacific Fisheries Forum\n\n"
            "FC10/J/3\n14 May 2026\nSuva, Fiji, 12–16 May 2026\n\n"
            "Programme of work\n\nMorning    09:00    12:30\nItem 6    Tuna stocks\n\n"
            "Afternoon    14:30    17:30\nItem 7    Budget\n")
    assert [(s.month, s.day, s.hour) for s in _starts(text)] == [(5, 14, 9), (5, 14, 14)]


def test_rows_under_a_notice_dated_before_the_session() -> None:
    text = ("Fisheries Commission, tenth session: programme\n\nSource: Pacific Fisheries Forum\n\n"
            "FC10/P/1\n2 May 2026\nSuva, Fiji, 12–16 May 2026\n\n"
            "Opening\n\nMorning    09:00    12:30\nItem 1    Opening of the session\n")
    assert [(s.month, s.day, s.hour) for s in _starts(text)] == [(5, 12, 9)]
