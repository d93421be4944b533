"""The days and the time of an advisory's dated row, beyond its first day. Pure.

    When: Thursday, August 1, and Monday-Thursday, August 5-8, 6:30 a.m. to 5 p.m.    further days, one time
    May 12 - Board meeting at the Central Library at 5 p.m.                           the time after the words

The entry happens on each listed day: the day at the time, the run of days as one span of days (advisory.py adds
them).
"""

from __future__ import annotations

import re

from parsers.dates import Mention

_AND_BETWEEN = re.compile(r"\s*,?\s*(?:and|&)\s*$|\s*,\s*$")


def more_days(text: str, mentions: list[Mention], day_mention: Mention | None,
              time_mention: Mention | None) -> list[Mention]:
    """The further days or spans of days a row lists after its first, each joined by "and" or a comma, before the
    one time they share ("Thursday, August 1, and Monday-Thursday, August 5-8, 6:30 a.m.")."""
    if day_mention is None or time_mention is None or day_mention.kind != "day" or time_mention.start < day_mention.end:
        return []
    more: list[Mention] = []
    end = day_mention.end
    for mention in mentions:
        if mention.start < end or mention.start >= time_mention.start:
            continue
        if mention.kind not in ("day", "span") or mention.first is None or not _AND_BETWEEN.fullmatch(
                text[end : mention.start]):
            return []
        more.append(mention)
        end = mention.end
    return more if text[end : time_mention.start].strip(" ,") == "" else []


def time_after(mentions: list[Mention], start: int, day: Mention | None = None) -> Mention | None:
    """The one clock time later in a dated list line, when no other day or time follows: a listing's row
    "January 17 - Special Meeting - Noon", "May 12 - Board meeting at the Central Library at 5 p.m.". An event's
    card tells its `day` and hours twice, as a teaser and in full ("Apr 13 Event Board Meeting 6:30 pm to 8:00 pm
    Event Board Meeting April 13, 2023 6:30 pm to 8:00 pm, 2 hours"): the same day again, at the same hours, is
    no other day or time."""
    later = [m for m in mentions if m.start >= start and not _said_again(m, day)]
    times = [m for m in later if m.kind == "time"]
    hours = {(m.time, m.until) for m in times}
    if not times or len(hours) != 1 or len(times) > 1 and day is None \
            or any(m.kind in ("day", "span") for m in later):
        return None
    return times[0]


def _said_again(mention: Mention, day: Mention | None) -> bool:
    """Is `mention` the row's `day` told again ("April 13, 2023" after "Apr 13")?"""
    if day is None or day.first is None or mention.kind != "day" or mention.first is None:
        return False
    first, again = day.first, mention.first
    return (again.month, again.day) == (first.month, first.day) and (first.year is None or again.year in
                                                                     (None, first.year))
