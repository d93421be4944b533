"""A line of a body's hours of sitting under the days it sits ("Hours of sitting: 10am to 1pm, and 2.30pm to
5.30pm" below "a sitting of two days, on December 19 and 20"): each of those days' sitting starts at its first
time (the days as a whole stay), and the line itself is no event. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from parsers import kinds
from parsers.dates import Mention
from parsers.findings import Finding

_HOURS = re.compile(r"\W*(?:(?:hours|times)\s+of\s+(?:the\s+)?sittings?|sitting\s+(?:hours|times))\s*:", re.IGNORECASE)
_DAYS = 14  # sittings over more days than this are a session, whose days the line does not list


def sitting_hours(sentence: str, mentions: list[Mention], findings: list[Finding]) -> bool:
    """Is `sentence` a line of hours of sitting with no day of its own, under sittings told without a time?
    Then each day of those sittings becomes a sitting at the line's first time, in `findings`."""
    times = [m for m in mentions if m.kind == "time"]
    if not times or any(m.kind != "time" for m in mentions) or not _HOURS.match(sentence):
        return False
    sittings = [f for f in findings if f.time is None and f.kind == kinds.MEETING
                and (f.last - f.first).days < _DAYS]
    if not sittings:
        return False
    start = times[0]
    note = f"time {start.time:%H:%M} taken from '{' '.join(sentence.split())[:60]}'" if start.time else ""
    timed: list[Finding] = []
    for finding in findings:
        if not any(finding is s for s in sittings) or finding.last > finding.first:
            timed.append(finding)  # days as a whole stay, as "23-27 November, 10am start" keeps them
        if not any(finding is s for s in sittings):
            continue
        for number in range((finding.last - finding.first).days + 1):
            day = finding.first + dt.timedelta(days=number)
            timed.append(dataclasses.replace(finding, first=day, last=day, time=start.time, until=start.until,
                                             zone_label=start.zone, notes=(*finding.notes, note)))
    findings[:] = timed
    return True
