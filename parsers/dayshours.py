"""Days told first, then one sentence with the hours of each: "... on Tuesday, 25 August 2020 and Wednesday, 26
August 2020" over "Sittings run from 9:20 a.m. to 5:45 p.m. on 25 August and from 9:30 a.m. to 3:55 p.m. on 26
August". The days as a whole are the timed days already, not an event of their own. Pure."""

from __future__ import annotations

import datetime as dt

from parsers.blocks import Block
from parsers.findings import Finding

_WEEK = 7  # a run of a few days whose hours one sentence gives


def drop_days_told_by_the_hour(findings: list[Finding], blocks: list[Block]) -> None:
    """Drop a run of days without a time that the findings right after it give, each day once and at its own hours,
    all from one sentence of the run's own paragraph (an itinerary tells its days in sentences of their own, a
    festival its programme paragraphs later: those runs stay)."""
    dropped: list[Finding] = []
    for at, run in enumerate(findings):
        days = (run.last - run.first).days + 1
        if run.time is not None or not 1 < days <= _WEEK:
            continue
        after = findings[at + 1 : at + 1 + days]
        wanted = [run.first + dt.timedelta(days=n) for n in range(days)]
        if len(after) == days and [f.first for f in after] == wanted \
                and all(f.time is not None and f.last == f.first and f.text == after[0].text for f in after) \
                and _paragraph_of(run.text, blocks) == _paragraph_of(after[0].text, blocks) is not None:
            dropped.append(run)
    if dropped:
        findings[:] = [f for f in findings if not any(f is d for d in dropped)]


def _paragraph_of(text: str, blocks: list[Block]) -> int | None:
    """The number of the block whose text holds the sentence `text` opens with, if one does."""
    head = text.strip()[:_HEAD]
    return next((b.number for b in blocks if head and head in b.text), None)


_HEAD = 60  # enough of a sentence to find its block
