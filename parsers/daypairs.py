"""Two days said in words and joined by "and" ("on Friday and Saturday", "today and tomorrow", "tomorrow and on
Saturday", "on Thursday and again on Saturday"), or more in a list ("on Tuesday, Wednesday and Thursday"): the event
is on each, not on the first alone. Pure.

Days in a row become one span; days further apart, one day each, each an event of the sentence (as "on 14 March and
on 16 March" are).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable

from parsers.dates import DayPart, Mention
from parsers.mentions import DAY_KINDS

# Between the two: "and", "and on", "and again on", "& also on" (the second weekday may carry its own "on"); not
# ", and on Saturday the ministers meet", a clause of its own (itinerary.weekday_clauses)
_JOINT = re.compile(r"\s+(?:and|&)\s+(?:again\s+|also\s+)?(?:on\s+)?", re.IGNORECASE)
# After the second day: what ends the phrase of days ("on Friday and Saturday.", "... and Saturday at 10:00", "... and
# Saturday in Suva"), not a clause the second opens ("on Friday and Saturday is a day of rest", "and Saturday the team
# travels")
_PHRASE_ENDS = re.compile(r"\s*(?:$|[,.;:!?()\[\]–—-]|(?:at|in|from|to|until|till|between|with|for|on|and|or|by|morning"
                          r"|afternoons?|evenings?|nights?|respectively|next|this|mornings?)\b)", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")  # between the days of a longer list: "Tuesday, Wednesday and Thursday"
_LAST_JOINT = re.compile(r"\s*,\s*(?:and|&)\s+(?:on\s+)?", re.IGNORECASE)  # ... "Wednesday, and Thursday"
_RESPECTIVELY = re.compile(r"[^.;]*\brespectively\b", re.IGNORECASE)  # "meet on Monday and Tuesday respectively"
_WEEK = 7  # a pair further apart than a week is not read as one phrase's two days


def _in_words(mention: Mention) -> bool:
    """A day said relative to the item's: a bare weekday ("Friday", not "Friday (09)"), "today", "tomorrow"."""
    return mention.kind == "weekday" and mention.weekday is not None and not mention.offset \
        or mention.kind == "published" and mention.offset >= 0


def _opens_a_pair(sentence: str, mention: Mention) -> bool:
    """Does the mention date what the sentence tells: "on Friday", "tomorrow"; not a row of hours ("Public hours:
    Friday and Saturday 10 A.M. to 5 P.M.") nor the weekdays of dates given before ("March 20 and 21 (Saturday and
    Sunday)")?"""
    return (mention.kind == "published" or mention.text[:3].lower() == "on ") \
        and not sentence[: mention.start].rstrip().endswith("(")


def joined_days(sentence: str, mentions: list[Mention], day_of: Callable[[Mention], dt.date]) -> list[Mention]:
    """The mentions, with each list of days in words joined by "and" read as the days `day_of` gives them: one
    span when each is the day after the one before, else one day each."""
    if len(mentions) < 2 or "and" not in sentence and "&" not in sentence:
        return mentions
    out: list[Mention] = []
    at = 0
    while at < len(mentions):
        first = mentions[at]
        # (not after a day of the sentence's own: "flies to Porto on Friday, where she attends the summit on Saturday
        # and Sunday" is read clause by clause, itinerary.weekday_clauses)
        listed = [] if any(m.kind in DAY_KINDS for m in mentions[:at]) \
            or not (_in_words(first) and _opens_a_pair(sentence, first)) else _listed(sentence, mentions, at)
        days = _onward([day_of(m) for m in listed])
        if not listed or not all((b - a).days > 0 for a, b in itertools.pairwise(days)) \
                or (days[-1] - days[0]).days >= _WEEK:
            out.append(first)
            at += 1
            continue
        last = listed[-1]
        if all((b - a).days == 1 for a, b in itertools.pairwise(days)):
            out.append(Mention("span", first.start, last.end, sentence[first.start : last.end],
                               _part(days[0]), _part(days[-1])))
        else:
            # (each day's words run to the next one's, so that "and again" goes with the days, not the title)
            ends = [m.start for m in listed[1:]] + [last.end]
            out.extend(m._replace(kind="day", end=end, text=sentence[m.start : end], first=_part(day), weekday=None,
                                  offset=0) for m, end, day in zip(listed, ends, days, strict=True))
        at += len(listed)
    return out


def _onward(days: list[dt.date]) -> list[dt.date]:
    """Each day of a list of weekdays on or after the one before it: "on Tuesday, Wednesday and Thursday" said on a
    Wednesday is next week's Tuesday, Wednesday and Thursday, not next Tuesday, today and tomorrow."""
    out: list[dt.date] = []
    for day in days:
        while out and day < out[-1]:
            day += dt.timedelta(days=_WEEK)
        out.append(day)
    return out


def _listed(sentence: str, mentions: list[Mention], at: int) -> list[Mention]:
    """The days in words listed from `at` on: "Tuesday, Wednesday and Thursday", "Friday and Saturday" (commas
    between, "and" before the last), ending the phrase of days; none if the run is no such list."""
    listed = [mentions[at]]
    joined = False  # the last day came after "and": the list is closed
    for second in mentions[at + 1 :]:
        if not _in_words(second):
            break
        if _JOINT.fullmatch(sentence, listed[-1].end, second.start) \
                or len(listed) >= 2 and _LAST_JOINT.fullmatch(sentence, listed[-1].end, second.start):
            listed.append(second)
            joined = True
            break  # ("and" before the last)
        if not _COMMA.fullmatch(sentence, listed[-1].end, second.start):
            break
        listed.append(second)
    last = listed[-1]
    if not joined or _RESPECTIVELY.match(sentence, last.end) \
            or not _PHRASE_ENDS.match(sentence, last.end):  # one day each of two things (clauses.respectively)
        return []
    return listed


def _part(day: dt.date) -> DayPart:
    return DayPart(day.day, day.month, day.year, day.weekday())
