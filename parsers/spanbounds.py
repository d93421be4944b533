"""Weekdays that restate the first and last days of a run of days told before ("... hosts the seminar on 11-13
October 2016. Sessions begin early in the afternoon on Tuesday and close on Thursday evening.", "... from 27th -29th
February. The delegation arrives on Thursday 27th and leaves on Saturday 29th February."): the hours of that run, no
event of their own. Pure."""

from __future__ import annotations

import re

from parsers.findings import Finding

_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_DAYS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def drop_restated_bounds(findings: list[Finding]) -> list[Finding]:
    """The findings without a day-long one dated by a weekday that, with a later weekday of its sentence, names the
    first and last days of a run of days the item dates."""
    runs = [f for f in findings if f.first < f.last and f.time is None]
    if not runs:
        return findings
    return [f for f in findings
            if not (f.first == f.last and f.time is None and any(_restates(f, run) for run in runs))]


def _restates(finding: Finding, run: Finding) -> bool:
    if finding.first != run.last and not (finding.first == run.first and finding.date_inferred):
        return False  # (the run's first day by a weekday only; its last day however it is dated)
    at = finding.text.find(finding.as_published)
    if at < 0:
        return False
    end = _SENTENCE_END.search(finding.text, at)
    stop = end.start() if end else len(finding.text)
    if finding.first == run.last:
        # "The delegation arrives on Thursday 27th and leaves on Saturday 29th February": the run's last day, its
        # first weekday said before it in the same sentence.
        begun = [m.end() for m in _SENTENCE_END.finditer(finding.text, 0, at)]
        at = begun[-1] if begun else 0
    named = [_DAYS.index(m.group(1)) for m in _WEEKDAY.finditer(finding.text, at, stop)]
    return len(named) >= 2 and named[0] == run.first.weekday() and named[-1] == run.last.weekday()
