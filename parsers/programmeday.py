"""A gathering's programme given before the sentence that gives its day. Pure.

    Accra, 2 May 2024                         the item's date: the rows are read on it, nothing else dating them
    Programme
    10:00 Opening remarks by the Minister
    11:30 Panel on agribusiness
    The conference takes place on Tuesday 7 May 2024 at ...      the day of the gathering the item is about

The rows are the programme of the gathering the item's title names ("Investment conference"), so they are on its
day, not on the day the item was written. article.py asks once the walk is over.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers import kinds
from parsers.findings import Finding

_AHEAD = dt.timedelta(days=90)  # a programme is sent out weeks before its day, not seasons
_NOTE = "date inferred: the rows come before the day of the gathering they are the programme of"
# "The next forum is held on ...", "a further meeting": another gathering than the one the rows are of.
_ANOTHER = re.compile(r"\b(?:next|following|further|another|upcoming|future|later|second)\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|today's|tonight)\b", re.IGNORECASE)  # "Today's schedule": the rows are the day's


def programme_before_its_day(findings: list[Finding], published: dt.date | None, title: str, body: str) -> None:
    """Move the timed rows read on the item's date, before any day of the text, to the one day of the gathering the
    title names that the text gives after them (not under "Today's schedule", not before "the next forum")."""
    if published is None:
        return
    rows = []
    for finding in findings:
        if not (finding.time is not None and finding.date_inferred and finding.first == finding.last == published):
            break
        rows.append(finding)
    rest = findings[len(rows):]
    own = [f for f in rest if not f.date_inferred]
    if len(rows) < 2 or not own or len({f.first for f in own}) != 1:
        return
    gathering = own[0]
    day = gathering.first
    title_kind = kinds.classify(title, generic=False)
    if not published < day <= published + _AHEAD or title_kind == kinds.EVENT or gathering.kind != title_kind \
            or any(f.first != day for f in rest) or _ANOTHER.search(gathering.text) \
            or _TODAY.search(body, 0, max(0, body.find(rows[0].text))) or any(_TODAY.search(r.text) for r in rows):
        return
    for at, row in enumerate(rows):
        findings[at] = dataclasses.replace(row, first=day, last=day, notes=(*row.notes, _NOTE))
