"""A time alone, then its day in the next sentence. Pure.

"A town hall meeting will be held at 7 p.m. The meeting is on Tuesday 8 December.": the first sentence's
time had only the day in context (the release's own) to stand on; the next sentence names the day of the
same happening, with no time of its own. One meeting, at 7 p.m. on 8 December. (The reverse, a day and then
its time, is prose's `_times_the_day`.)
"""

from __future__ import annotations

from parsers import bothdays, kinds
from parsers.findings import Finding
from parsers.reading import MAX_TEXT


def gives_its_day(timed: Finding, day_long: Finding) -> bool:
    """Is `day_long`, just found, the day of `timed`, the time alone before it? Of one kind (or one names none)."""
    return (timed is not day_long and timed.time is not None and day_long.time is None
            and day_long.first == day_long.last and timed.kind in (kinds.EVENT, day_long.kind)
            # "Proceedings begin at 10 am on each of the two days. ... on 30 November": the hours of the days before
            and not bothdays.said_of_both(timed.text))


def move_to_its_day(timed: Finding, day_long: Finding, findings: list[Finding]) -> None:
    """`day_long` takes the time, zone and words of `timed`, which is dropped: one happening, told in two sentences."""
    day_long.time, day_long.until = timed.time, timed.until
    day_long.zone_label = day_long.zone_label or timed.zone_label
    day_long.place = day_long.place or timed.place
    day_long.as_published = f"{timed.as_published} {day_long.as_published}"
    if timed.text not in day_long.text and len(day_long.text) < MAX_TEXT:
        day_long.text = f"{timed.text} {day_long.text}"
    findings.remove(timed)
