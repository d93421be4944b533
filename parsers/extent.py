"""How long an event lasts when a sentence gives its start and its end in two parts. Pure.

    two verbs   "the session opens on 3 June and should close on 28 June", "is scheduled to commence on
                14 May and to conclude on 1 June", "summoned for 3 June, is likely to rise on 7 June",
                "will start on 8 May and come to an end on 7 June"
A day after a verb of starting and a later day after a verb of ending, in one sentence, are the first and
last days of one event: a span, not two single days (and the end is no deadline).
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.dates import DayPart, Mention
from parsers.findings import Finding
from parsers.gate import Gated

# "opens on", "to meet on", "commence on", "begins its annual review on", "summoned for", "sits from"
_START_BEFORE = re.compile(
    r"\b(?:open|begin|start|commence|meet|convene|sit|resume|reconvene|(?:be\s+)?held|take\s+place)(?:s|es)?"
    r"\b(?:\s+[\w'’-]+){0,5}?\s+(?:on|from)\s*(?:the\s+)?$"
    r"|\b(?:summoned|called|convened)\s+(?:for|on)\s*(?:the\s+)?$",
    re.IGNORECASE)
# "should close on", "is set to end on", "is likely to rise on", "and conclude on", "come to an end on",
# "runs until", "continues till": the last day.
_END_BEFORE = Gated(re.compile(
    r"\b(?:(?:close|end|conclude|rise|finish|adjourn|wind\s+up|come\s+to\s+an\s+end)(?:s|es)?"
    r"(?:\s+sine\s+die)?\s+(?:on|by)?"
    r"|(?:run|continue|last|go\s+on)(?:s|es)?\s+(?:until|till|to|through))\s*(?:the\s+)?$",
    re.IGNORECASE), "close", "end", "conclude", "rise", "finish", "adjourn", "wind", "run", "continue", "last", "go")
_REACH = 60  # characters before a day where its verb stands
_LONGEST = dt.timedelta(days=120)  # a session, a festival, a series of briefings: a few months at most


def _verb_before(pattern: re.Pattern[str] | Gated, sentence: str, mention: Mention) -> bool:
    before = sentence[max(0, mention.start - _REACH) : mention.start]
    if mention.text[:3].lower() == "on ":
        before += " on"  # a weekday's mention holds its "on"
    return pattern.search(before) is not None


def _days_apart(first: DayPart, last: DayPart) -> dt.timedelta | None:
    """How long from `first` to `last` (each in the year given, or the other's), None when not after it."""
    year = first.year or last.year or 2000  # a leap year, so 29 February stands
    try:
        start = dt.date(year, first.month, first.day)
        end = dt.date(last.year or year, last.month, last.day)
        if end < start and last.year is None:
            end = end.replace(year=end.year + 1)  # "30 December ... 2 January"
    except ValueError:
        return None
    return end - start if end > start else None


def two_part_spans(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a start day and a later end day said with their own verbs joined into one span."""
    if len(mentions) < 2 or not _END_BEFORE.could_match(sentence):
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        start = next((m for m in reversed(out) if m.kind == "day"), None)
        if mention.kind == "day" and start is not None and mention.first is not None \
                and start.first is not None and out[-1] is start \
                and _verb_before(_END_BEFORE, sentence, mention) and _verb_before(_START_BEFORE, sentence, start):
            apart = _days_apart(start.first, mention.first)
            if apart is not None and apart <= _LONGEST:
                first = start.first
                if first.year is None and mention.first.year is not None and apart.days < 366 \
                        and (first.month, first.day) < (mention.first.month, mention.first.day):
                    first = DayPart(first.day, first.month, mention.first.year, first.weekday)
                out[-1] = Mention("span", start.start, mention.end, sentence[start.start : mention.end], first,
                                  mention.first)
                continue
        out.append(mention)
    return out


# "for a two-day official visit", "to begin a three-day working visit", "Copom's two-day meeting": how many days
# the event the sentence dates lasts.
_COUNTED = Gated(re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|[2-7])[- ]day\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:visit|meeting|session|summit|conference|trip|tour|talks|mission|forum|retreat|workshop|congress"
    r"|seminar|symposium|sitting|programme|program|swing|stay)s?\b", re.IGNORECASE), "-day", " day ")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "..., which ends on Wednesday, March 18": the day given is the last.
_ENDS_ON = re.compile(r"\b(?:ends?|ending|closes?|closing|concludes?|concluding)\s+(?:on\s*)?(?:the\s+)?$",
                      re.IGNORECASE)


def counted_days(sentence: str, anchor: Mention) -> tuple[int, bool] | None:
    """How many days the dated event lasts ("a two-day visit"), and whether `anchor` is its last day."""
    found = _COUNTED.search(sentence)
    if found is None:
        return None
    count = found.group("n").lower()
    days = _NUMBERS.get(count) or int(count)
    before = sentence[max(0, anchor.start - _REACH) : anchor.start]
    if anchor.text[:3].lower() == "on ":
        before += " on"
    return days, _ENDS_ON.search(before) is not None


def stretch(finding: Finding, days: int, ends: bool) -> None:
    """The finding of the event's one day said becomes the whole event, with a note of the inference."""
    if ends:
        finding.first = finding.last - dt.timedelta(days=days - 1)
    else:
        finding.last = finding.first + dt.timedelta(days=days - 1)
    finding.time = finding.until = None
    finding.notes = (*finding.notes, f"the text gives {days} days: the event runs from {finding.first:%d %B} "
                                     f"to {finding.last:%d %B %Y}")


def _started(finding: Finding) -> bool:
    """Was the finding's one day said after a verb of starting ("begins its annual review on April 22")?"""
    at = finding.text.find(finding.as_published) if finding.as_published else -1
    return at > 0 and _BEGIN_BEFORE.search(finding.text[max(0, at - _REACH) : at]) is not None


# A start said apart from its end must say it begins: "meets on 22 April" is a day's meeting.
_BEGIN_BEFORE = re.compile(r"\b(?:begin|start|commence|open|launch)(?:s|es)?\b(?:\s+[\w'’-]+){0,5}?\s+(?:on|from)\s*"
                           r"(?:the\s+)?$", re.IGNORECASE)


def end_said_later(sentence: str, mentions: list[Mention], findings: list[Finding]) -> tuple[Finding, Mention] | None:
    """"... begins its review on April 22." ... "The briefings run until May 29.": a sentence that gives only
    the last day of what an earlier sentence started; the earlier event (the last of the item's) and that day."""
    last = mentions[0].first if len(mentions) == 1 and mentions[0].kind == "day" else None
    if not findings or last is None:
        return None
    end, started = mentions[0], findings[-1]
    if not _END_BEFORE.could_match(sentence) or not _verb_before(_END_BEFORE, sentence, end):
        return None
    if started.first != started.last or started.time is not None or not _started(started):
        return None
    year = last.year or started.first.year
    try:
        day = dt.date(year, last.month, last.day)
    except ValueError:
        return None
    return (started, end) if dt.timedelta(0) < day - started.first <= _LONGEST else None


def extend_to(finding: Finding, end: Mention) -> None:
    """The earlier event runs to the day the later sentence gives."""
    last = end.first
    if last is None:
        return
    finding.last = dt.date(last.year or finding.first.year, last.month, last.day)
    finding.as_published = f"{finding.as_published} … {end.text}"
    finding.notes = (*finding.notes, f"its last day, {finding.last:%d %B %Y}, is given in a later sentence")
