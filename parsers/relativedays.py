"""The day a weekday or a relative day names ("On Wednesday", "today", "Thursday week", "neste domingo (11)"), counted
from the day in context or the item's date, and whether a bare weekday told in the past is history. Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from parsers import beforeday, resolve
from parsers.dates import Mention
from parsers.notevents import week_line
from parsers.tense import future_marker, tells_what_is_to_come, told_in_the_past
from parsers.thisweek import this_week_days, week_title

if TYPE_CHECKING:
    from parsers.reading import Reading

_NEXT_WEEK = re.compile(r"\s*,?\s*(?:of\s+)?next\s+week\b", re.IGNORECASE)
# A weekday said to come after the day in context: "the following Thursday", "am darauffolgenden Donnerstag", "le
# jeudi suivant", "on Thursday after it"
_TOLD_AS_LATER_BEFORE = re.compile(r"\b(?:following|subsequent|(?:darauf)?folgenden|nächsten)\s+$", re.IGNORECASE)
_TOLD_AS_LATER_AFTER = re.compile(r"\s+(?:after\s+(?:it|that|this)|suivant|darauf|danach)\b", re.IGNORECASE)
_WEEK_AFTER = re.compile(r"[ \t]+week\b(?![ \t]+(?:of|in|on|two|three|one|\d))")  # "on Thursday week": a week later


def relative_day(mention: Mention | None, context: Reading, text: str = "") -> dt.date:
    if mention is None:
        return context.day
    if mention.kind == "published":
        # "today": the publication date, else the day the item's first date line gave, not a day named since
        # ("will host a reception on March 23. ... From 5:40 p.m. today" under "Wednesday, March 22, 2017").
        return (context.published or context.opening or context.day) + dt.timedelta(days=mention.offset)
    if mention.kind == "weekday" and mention.weekday is not None and mention.offset:
        near = context.published or context.day
        # "Friday (09)": the Friday that is a 9th, near the item's date; "Friday(12.1)": a 12th or a 1st.
        numbers = divmod(mention.offset, 100) if mention.offset >= 100 else (mention.offset,)
        fitting = [d for n in numbers if (d := resolve.numbered_weekday(mention.weekday, n, near)) is not None]
        if fitting:
            return min(fitting, key=lambda d: abs((d - near).days))
    if mention.kind == "weekday" and not mention.offset and (again := _numbered_before(mention, context)) is not None:
        # "que cai neste domingo (11)", then two paragraphs on "neste domingo, a partir das 8h35": the weekday the
        # item gave with its day of the month, come back bare, is that day, not the one after the day in context.
        return again
    if mention.kind == "weekday" and mention.weekday is not None and not mention.offset \
            and text.lstrip().startswith(mention.text) and (listed := _of_the_run(mention.weekday, context)):
        # "The House sits on Tuesday, Wednesday and Thursday next week." / "Tuesday: Second reading debate": a row
        # opened by a weekday of the run of days just named is that day of the run
        return listed
    if mention.kind == "weekday" and (back := beforeday.day_before(text, mention, context.day, context.published,
                                                                    context.findings)) is not None:
        return back  # "... played on Tuesday, before the draw": the Tuesday before the draw's day in context
    if mention.kind == "weekday" and mention.weekday is not None and context.published is not None \
            and mention.weekday in _this_week(context):
        # "tours this Saturday" under the item's date, then "Patient care begins on June 2.", then "visitors are
        # welcome on Saturday": the Saturday the item already named, not the one after the day in context.
        ahead = (mention.weekday - context.published.weekday()) % 7
        at = text.find(mention.text)
        if ahead and told_in_the_past(text, mention) and not tells_what_is_to_come(text) \
                and (at < 0 or future_marker(text, 0, at) is None):
            # "Este martes, hubo acuerdo" under a Wednesday: the week's Tuesday gone by, not the next one
            return context.published - dt.timedelta(days=7 - ahead)
        return context.published + dt.timedelta(days=ahead)
    if mention.kind in ("weekday", "weekdays") and mention.weekday is not None:
        # "On Wednesday": the next such day from the day in context (or that day itself).
        base = context.day
        at = text.find(mention.text)
        if context.published is not None and base > context.published and at >= 0 \
                and told_in_the_past(text[: at + len(mention.text)], mention) and future_marker(text) is None:
            # "The exercise starts on June 16." under a stamp of June 10, then "A C-130 arrived on Monday morning":
            # what is told in the past is no later than the stamp, whatever later day the item named before (its verb
            # in the past before the weekday: "travels on Friday, the office said on Thursday" counts only Thursday).
            return context.published - dt.timedelta(days=(context.published.weekday() - mention.weekday) % 7)
        if context.published is not None and base <= context.published:
            # A day named before the item's own ("On Feb 14 he warned ...") is history: a bare weekday
            # is of the item's week, the last such day if the sentence tells of the past.
            base = context.published
            # (not where what is to come is told before the weekday: "The vote, which was postponed, will now take
            # place on Thursday"; "The board met on Tuesday and will meet again on Friday" counts the Tuesday back)
            at = text.find(mention.text)
            if told_in_the_past(text, mention) and (at < 0 or future_marker(text, 0, at) is None):
                return base - dt.timedelta(days=(base.weekday() - mention.weekday) % 7)
        if _NEXT_WEEK.match(text, mention.end):  # "on Monday next week": that day of the week after the base's
            return base + dt.timedelta(days=7 - base.weekday() + mention.weekday)
        if _WEEK_AFTER.match(text, mention.end):  # "on Thursday week": a week after the next Thursday
            return base + dt.timedelta(days=(mention.weekday - base.weekday()) % 7 + 7)
        coming = base + dt.timedelta(days=(mention.weekday - base.weekday()) % 7)
        # ("the following Thursday", "on Thursday after it": later than the day in context, never of the stamp's week
        # before it)
        told_as_later = _TOLD_AS_LATER_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None \
            or _TOLD_AS_LATER_AFTER.match(text, mention.end) is not None
        return _in_the_named_days(mention.weekday, base, coming, context) \
            or (None if told_as_later else _of_the_stamps_week(mention.weekday, base, context)) or coming
    return context.day + dt.timedelta(days=mention.offset)


_RUN_SPAN = 7  # days: a run of days named together falls in one week


def _of_the_stamps_week(weekday: int, base: dt.date, context: Reading) -> dt.date | None:
    """The day of that weekday between the item's date (or its first full date) and the day in context, when that
    day was itself a bare weekday counted from it within the week after it ("Handball Schweiz • 02.02.2022", a
    Wednesday: "Anwurf ist am Samstag um 19.30 Uhr", then "Am Freitagabend duellieren sich …": the Friday of that
    week, the 4th, not the Friday after the Saturday); None otherwise."""
    anchor, findings = context.published or context.opening, context.findings
    if anchor is None or not findings or not 0 < (base - anchor).days < _RUN_SPAN \
            or not findings[-1].date_inferred or findings[-1].first != base:
        return None
    day = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
    return day if anchor < day < base else None


def _in_the_named_days(weekday: int, base: dt.date, ahead: dt.date, context: Reading) -> dt.date | None:
    """The day of that weekday inside the few days the item named as its span ("ein Wochenende der offenen Türen am
    21./22. August 2004 ... am Sonntag ab 12.30 Uhr ... Am Samstag ab 14.30 Uhr": the Saturday of that weekend), when
    the day in context lies in that span and the next such weekday would fall after it; None otherwise."""
    if ahead == base:
        return None
    told: dict[str, set[dt.date]] = {}  # the days each sentence named ("on 9 and 10 May": two days of one sentence)
    said = ""
    for finding in context.findings:
        length = min((finding.last - finding.first).days, _RUN_SPAN)
        if not (said and finding.text.startswith(said)):
            # (the last finding's text takes in the sentences after it in its paragraph: "le samedi 4 mai et le
            # dimanche 5 mai. Entrée libre" is still the sentence that named the Saturday)
            said = finding.text
        told.setdefault(said, set()).update(finding.first + dt.timedelta(days=k) for k in range(length + 1))
    for days in told.values():
        first, last = min(days), max(days)
        if 0 < (last - first).days < _RUN_SPAN and len(days) == (last - first).days + 1 \
                and first <= base <= last < ahead:
            day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
            return day if day <= last else None
    return None


def _of_the_run(weekday: int, context: Reading) -> dt.date | None:
    """The day of that weekday among the days one sentence just named, when they are two or more days in a row that
    hold the day in context, their last or the first of their last span ("sits on Tuesday, Wednesday and Thursday
    next week, from 9.30am each day", "il 31 agosto e l'1 e 2 settembre"); not days
    told by sentences of their own ("On Monday she is in Paris. On Tuesday she is in Berlin.")."""
    if not context.findings:
        return None
    told = context.findings[-1].text
    days: set[dt.date] = set()
    for finding in context.findings[-1 : -_RUN_FINDINGS - 1 : -1]:  # (a sentence names a few days, not hundreds)
        if finding.text != told or (finding.last - finding.first).days >= _RUN_SPAN:
            break
        days.update(finding.first + dt.timedelta(days=n) for n in range((finding.last - finding.first).days + 1))
    if len(days) < 2 or context.day not in days or (max(days) - min(days)).days >= _RUN_SPAN \
            or len(days) != (max(days) - min(days)).days + 1:
        return None
    return next((d for d in days if d.weekday() == weekday), None)


_RUN_FINDINGS = 12


def _numbered_before(mention: Mention, context: Reading) -> dt.date | None:
    """The day an earlier block of the item gave this weekday with its day of the month ("neste domingo (11)")."""
    near = context.published or context.day
    here = next((number for number, found in context.mentions_of.items() if any(m is mention for m in found)), None)
    for number, found in sorted(context.mentions_of.items()):
        if here is not None and number > here:
            break
        for other in found:
            if here is not None and number == here and other.start >= mention.start:
                break
            if other.kind == "weekday" and other.weekday is not None and other.weekday == mention.weekday \
                    and 1 <= other.offset <= _MONTH_DAYS:
                return resolve.numbered_weekday(other.weekday, other.offset, near)
    return None


_MONTH_DAYS = 31


def _week_lines(context: Reading) -> bool:
    """Does a line of the item name a week ("Week of June 2", "w/c 2 June", "Semaine du 2 juin")?"""
    return any(week_line(b.text, context.mentions_of.get(b.number, [])) is not None for b in context.blocks)


def _this_week(context: Reading) -> frozenset[int]:
    """The weekdays the item says as "this Saturday", found once."""
    if context.this_week is None:
        # ("What's on in Geneva this week? (12-16 August)" over "Thursday brings ...", "on Tuesday afternoon": each
        # weekday of a note on the week is that week's, not the next after the day named before it)
        # (not where a line names the week its rows fall in: "w/c 2 June" under "House business this week")
        context.this_week = frozenset(range(7)) if week_title(context.title) and not _week_lines(context) \
            else this_week_days("\n".join([context.title, *(b.text for b in context.blocks)]))
    return context.this_week


def past_weekday(sentence: str, mention: Mention, context: Reading) -> bool:
    """A bare weekday in a sentence told in the past, before the item's date: history, not an event."""
    if mention.kind not in ("weekday", "weekdays"):
        return False
    if context.published is None:
        # No publication date to count back from: a weekday the sentence tells in the past is still a day before
        # the text was written ("the agency recalls that on Saturday ... the vote was put off"), whatever later day
        # the item named before it. Not when the sentence also tells what is to come: with no date to count back
        # from, "The meeting, which was postponed, will now take place on Thursday" is read by its "will".
        return context.anchored and told_in_the_past(sentence, mention) and not tells_what_is_to_come(sentence)
    # (after a later day in context too: relative_day counts a weekday told in the past back from the stamp)
    return told_in_the_past(sentence, mention) and relative_day(mention, context, sentence) < context.published
