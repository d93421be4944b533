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


def time_after(mentions: list[Mention], start: int) -> Mention | None:
    """The one clock time later in a dated list line, when no other day or time follows: a listing's row
    "January 17 - Special Meeting - Noon", "May 12 - Board meeting at the Central Library at 5 p.m."."""
    later = [m for m in mentions if m.start >= start]
    times = [m for m in later if m.kind == "time"]
    if len(times) != 1 or any(m.kind in ("day", "span") for m in later):
        return None
    return times[0]
