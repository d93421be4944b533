"""The days of a timed run told again one by one, each with its hours: "a special meeting on Monday, March 2 and
Tuesday, March 3, starting at 9 a.m." and the meeting's card "Monday, March 02, 2026 | 09:00 AM - 09:00 PM". The card
tells the run's first day; the run keeps the days no one else tells. Pure."""

from __future__ import annotations

import datetime as dt

from parsers import kinds
from parsers.findings import Finding
from parsers.likeness import alike, joined

_ONE_DAY = dt.timedelta(days=1)


def days_told_apart(findings: list[Finding]) -> list[Finding]:
    """The findings, each timed run less its first and last days where a one-day finding at the run's time tells that
    day of the same happening (which takes the run's words); a run every day of which is told so is left out."""
    runs = [(f, f.time) for f in findings if f.time is not None and f.first < f.last]
    if not runs:
        return findings
    by_day: dict[tuple[dt.date, dt.time], list[Finding]] = {}
    for finding in findings:
        if finding.time is not None and finding.first == finding.last:
            by_day.setdefault((finding.first, finding.time), []).append(finding)
    told_whole: set[int] = set()
    for run, at in runs:
        while run.first <= run.last and (day := _told(run, run.first, at, by_day)) is not None:
            day.text = joined(day.text, run.text)
            run.first += _ONE_DAY
        while run.first <= run.last and (day := _told(run, run.last, at, by_day)) is not None:
            day.text = joined(day.text, run.text)
            run.last -= _ONE_DAY
        if run.first > run.last:
            told_whole.add(id(run))
    return [f for f in findings if id(f) not in told_whole]


def _told(run: Finding, day: dt.date, at: dt.time, by_day: dict[tuple[dt.date, dt.time], list[Finding]]
          ) -> Finding | None:
    """The one-day finding that tells `day` of the run: at its time `at`, of its named kind or saying much the same,
    at no other place."""
    return next((f for f in by_day.get((day, at), ())
                 if (f.kind == run.kind != kinds.EVENT or alike(f.summary, run.summary))
                 and (f.place is None or run.place is None or f.place.name == run.place.name)), None)
