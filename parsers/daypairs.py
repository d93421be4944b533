"""Two days said in words and joined by "and" ("on Friday and Saturday", "today and tomorrow", "tomorrow and on
Saturday", "on Thursday and again on Saturday"): the event is on both, not on the first alone. Pure.

Days in a row become one span; days further apart, two days, each an event of the sentence (as "on 14 March and
on 16 March" are).
"""

from __future__ import annotations

import datetime as dt
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
    """The mentions, with each pair of days in words joined by "and" read as the days `day_of` gives them: one
    span when the second is the day after the first, else two days."""
    if len(mentions) < 2 or "and" not in sentence and "&" not in sentence:
        return mentions
    out: list[Mention] = []
    at = 0
    while at < len(mentions):
        first = mentions[at]
        second = mentions[at + 1] if at + 1 < len(mentions) else None
        # (not after a day of the sentence's own: "flies to Porto on Friday, where she attends the summit on Saturday
        # and Sunday" is read clause by clause, itinerary.weekday_clauses)
        if second is None or any(m.kind in DAY_KINDS for m in mentions[:at]) \
                or not (_in_words(first) and _in_words(second) and _opens_a_pair(sentence, first)) \
                or not _JOINT.fullmatch(sentence, first.end, second.start) \
                or _RESPECTIVELY.match(sentence, second.end) \
                or not _PHRASE_ENDS.match(sentence, second.end):  # one day each of two things (clauses.respectively)
            out.append(first)
            at += 1
            continue
        start, end = day_of(first), day_of(second)
        apart = (end - start).days
        if not 0 < apart < _WEEK:
            out.append(first)
            at += 1
            continue
        if apart == 1:
            out.append(Mention("span", first.start, second.end, sentence[first.start : second.end],
                               _part(start), _part(end)))
        else:
            # (the first day's words run to the second's, so that "and again" goes with the days, not the title)
            out.extend([first._replace(kind="day", end=second.start, text=sentence[first.start : second.start],
                                       first=_part(start), weekday=None, offset=0),
                        second._replace(kind="day", first=_part(end), weekday=None, offset=0)])
        at += 2
    return out


def _part(day: dt.date) -> DayPart:
    return DayPart(day.day, day.month, day.year, day.weekday())
