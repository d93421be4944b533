"""Which clock time of a sentence goes with which of its days. Pure."""

from __future__ import annotations

from parsers import itinerary
from parsers.dates import Mention
from parsers.moment import same_moment


def time_for(anchor: Mention | None, mentions: list[Mention], sentence: str) -> Mention | None:
    """The time that goes with a day: the first after it, else the last before it."""
    times = [m for m in mentions if m.kind == "time"]
    if anchor is None:
        return times[0] if times else None
    after = [m for m in times if m.start >= anchor.end]
    before = [m for m in times if m.end <= anchor.start]
    if before and itinerary.time_before_day(anchor, before[-1], after, sentence):
        return before[-1]  # "at 9:30 a.m. on Thursday, October 9, followed by a reception at 11 a.m."
    if before and not after and anchor.kind == "published":
        return before[0]  # "leaves at 11.05am and lands at 1.05 pm tomorrow": the day of every clause before it
    if after and anchor.kind == "span" and any(m.kind == "day" and anchor.end <= m.start and m.end <= after[0].start
                                               and after[0] in same_moment(sentence, m, mentions) for m in mentions):
        return None  # "from 29 December to 4 January, with a lecture on 2 January at 6 p.m.": the lecture's time
    if after and any(m.kind in ("day", "weekday") and anchor.end <= m.start < after[0].start
                     and "; " in sentence[anchor.end : m.start] for m in mentions):
        after = []  # "opens on 14 May; the naming follows on 15 May at 11:00": the time of the other day's clause
    return after[0] if after else (before[-1] if before else None)
