"""A diary whose days head their own lines tells some engagements as sentences that open with the verb ("Takes part
in a meeting of the Finance Council."): with no time, each is that day's engagement. A later time in a sentence after
"then" opens a clause of its own though a place written with its town puts commas before the time ("..., then
celebrates Mass in St Mary's Cathedral, Northgate, at 6.00pm."). (world-twentysixth 11: two days and the evening Mass
were missed.) Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

DIARY = """Bishop's diary: June 2031

Source: Anglican Diocese of Northgate

Monday 9 June 2031

{first}

Wednesday 11 June 2031

{second}
"""

# (first day's line, second day's line, expected (day, time or None) pairs, why)
CASES = [
    ("Takes part in a meeting of the Finance Council.", "Attends the clergy conference at the retreat house.",
     [("2031-06-09", None), ("2031-06-11", None)], "two engagements told as sentences: each its day"),
    ("Presides at evensong in the cathedral at 6.00pm.", "Chairs the synod's standing committee.",
     [("2031-06-09", "18:00"), ("2031-06-11", None)], "a timed one and an untimed one"),
    ("The diocesan office is closed for the holiday.", "Attends the clergy conference at the retreat house.",
     [("2031-06-11", None)], "a sentence that opens with no verb of an engagement is no entry"),
    ("Leads a walk that sets out from the Town Hall at 5.15pm, then celebrates a Eucharist in St Mary's "
     "Cathedral, Northgate, at 6.00pm.", "Chairs the synod's standing committee.",
     [("2031-06-09", "17:15"), ("2031-06-09", "18:00"), ("2031-06-11", None)],
     "two times of one sentence, the second after 'then' and a place with its town"),
]


@pytest.mark.parametrize(("first", "second", "expected", "why"), CASES)
def test_diary_sentences(first: str, second: str, expected: list[tuple[str, str | None]], why: str) -> None:
    text = DIARY.format(first=first, second=second)
    events = extract(text, source="diary", reference=dt.date(2031, 6, 1), default_zone="UTC").events
    got = sorted((e.start.strftime("%Y-%m-%d"), None if e.all_day else e.start.strftime("%H:%M")) for e in events)
    assert got == sorted(expected, key=lambda p: (p[0], p[1] or "")), why
