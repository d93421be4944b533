"""A run of days told by its first day in one sentence, after "since" ("Seit dem vergangenen Donnerstag (11. August)
treffen sich in Auschwitz 30 Teilnehmer", "Since Monday, 4 May, delegates have been meeting in Bonn"), and by its
last day in the next ("Beim Workshop, der am kommenden Dienstag endet, ...", "The talks, which end on Friday, ..."):
one run from the first day to the last, not an event on the last day alone. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from parsers import extent
from parsers.dates import DayPart, Mention

# "seit dem vergangenen Donnerstag (", "Since last Monday,", "depuis le": the first day's words, right up to it (not
# "In post since May, she met the Speaker on 3 March": a "since" of something else).
_SINCE_BEFORE = re.compile(r"\b(?:seit|since|depuis|desde)\s+(?:(?:dem|der|den|le|la|el|the|last|this|past|vergangenen"
                           r"|letzten|dernier|pasado|on)\s+){0,3}(?:\w+\s*\(\s*)?$", re.IGNORECASE)  # ("Donnerstag (")
# The sentence of "since" tells a gathering under way ("treffen sich", "tagen", "have been meeting", "se réunissent"),
# not a state begun ("Since 1 July, the new rules have applied": an exhibition that ends later is no run from then).
_GATHERING = re.compile(r"\b(?:meet(?:s|ing)?|met|gather(?:s|ed|ing)?|conven(?:e|es|ed|ing)|sit(?:s|ting)?"
                        r"|treffen|trifft|getroffen|tag(?:en|t)|versammel\w*|berat(?:en|ung\w*)|réuni\w*|réunissent|reún\w+"
                        r"|reun(?:ido|idos|idas|iendo)\w*)\b", re.IGNORECASE)
# German puts the verb of ending after the day: "der am kommenden Dienstag endet", "das am 16. August zu Ende geht".
_ENDS_AFTER = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?(?:endet|enden|zu\s+Ende\s+geht|zu\s+Ende\s+gehen)\b")
# English says it before the day, a "next" or "this" between them ("which ends next Tuesday", "closes this Friday").
_ENDS_BEFORE = re.compile(r"\b(?:ends?|closes?|concludes?|finish(?:es)?|(?:runs?|lasts?|continues?)\s+(?:until|till))"
                          r"\s+(?:on\s+)?(?:(?:next|this|the\s+coming|coming)\s+)?$", re.IGNORECASE)


def _first_of_run(previous: str, named_before: list[Mention]) -> DayPart | None:
    """The day the sentence before gives after "since", when it gives one day and tells a gathering."""
    days = [m for m in named_before if m.kind == "day" and m.first is not None]
    if len(days) != 1 or _SINCE_BEFORE.search(previous, 0, days[0].start) is None \
            or _GATHERING.search(previous) is None:
        return None
    return days[0].first


def _told_as_last(sentence: str, mention: Mention) -> bool:
    """Is the day said as the last ("der am kommenden Dienstag endet", "which ends next Tuesday")?"""
    return extent.told_as_last_day(sentence, mention) or _ENDS_AFTER.match(sentence, mention.end) is not None \
        or _ENDS_BEFORE.search(sentence, max(0, mention.start - 40), mention.start) is not None


def joined_to_since(sentence: str, mentions: list[Mention], previous: str, named_before: list[Mention],
                    day_of: Callable[[Mention], dt.date]) -> list[Mention]:
    """The mentions, with the one day told as a last day made the run from the day "since" named before it."""
    ends = [m for m in mentions if m.kind in ("day", "weekday")]
    # (a clock with the last day is that day's: "ends on Friday 6 March with a reception at 18:00")
    if len(ends) != 1 or not previous or any(m.kind == "time" for m in mentions) \
            or not _told_as_last(sentence, ends[0]) \
            or (first := _first_of_run(previous, named_before)) is None:
        return mentions
    end = ends[0]
    if end.kind == "day" and end.first is not None:
        last = end.first
    else:
        day = day_of(end)
        last = DayPart(day.day, day.month, day.year, day.weekday())
    if first.year is None and last.year is not None:
        first = DayPart(first.day, first.month, last.year, first.weekday)
        if (first.month, first.day) > (last.month, last.day):
            first = DayPart(first.day, first.month, last.year - 1, first.weekday)  # "since 28 December ... 3 January"
    apart = extent.days_apart(first, last)
    if apart is None or apart > extent.LONGEST:
        return mentions
    run = Mention("span", end.start, end.end, end.text, first, last)
    return [run if m is end else m for m in mentions]
