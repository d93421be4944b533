"""A span of days told with a range of hours ("March 22-25 from 9 a.m. to 5 p.m.", "vom 1. bis 8. August, täglich
von 10 bis 17 Uhr"): the hours recur on each day of the span, the opening hours of a fair, an exhibition, a range
closed for exercises. The event is the span of days; its hours go into its note. A single day told with a range
("on 4 May from 10:00 to 12:00") keeps its time, and so do two days ("21-22 September, 0830-1730": a meeting's two
days, whose first opens at that hour, as often as a fair's). Pure."""

from __future__ import annotations

import dataclasses

from parsers.findings import Finding

_FEWEST_DAYS = 3  # a run of three days or more at the same hours is opening hours, whatever is held


def days_with_their_hours(finding: Finding) -> Finding:
    """The finding as a span of days when it covers three days or more with a start and an end clock, its hours noted
    (a timed event has one start: the hours of each day cannot be the start of the first alone)."""
    if finding.time is None or finding.until is None or (finding.last - finding.first).days + 1 < _FEWEST_DAYS:
        return finding
    note = (f"time left out: {finding.time:%H:%M}–{finding.until:%H:%M} are the hours of each day "
            f"from {finding.first:%d %B} to {finding.last:%d %B}")
    return dataclasses.replace(finding, time=None, until=None, zone_label="", notes=(*finding.notes, note))
