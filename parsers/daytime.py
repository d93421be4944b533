"""Which clock time of a sentence goes with which of its days. Pure."""

from __future__ import annotations

import re

from parsers import itinerary
from parsers.dates import Mention
from parsers.moment import same_moment
from parsers.verbs import CLAUSE_JOINERS

# What stands between a day and the time right after it: a comma, spaces ("20.10., 17 Uhr"; the time's mention holds
# its "um" or "at").
_DAY_THEN_TIME = re.compile(r"[\s,]*")
# What opens a clause of its own between two days: a semicolon, or a comma and a joining word before a new subject
# (not "on Monday 12 May, and Tuesday 13 May, at 10:00": one list of days, one time).
# (nor "on Monday 12 May, and the following Tuesday, at 10:00", another day of the list, nor "..., each at 10:00")
# (or a comma and a new verb of the same subject: "on Sunday 13 September, and will call on the Speaker on Monday 14
# September at 11am", ", where she will address ...")
_NEW_CLAUSE = re.compile(rf"; |,\s+(?:{CLAUSE_JOINERS})\s+(?:the|a|an|his|her|its|their|our|he|she|it|they|we"
                         r"|this|these|those)\s+(?!(?:following|next|same|coming|last|first|second|third|other)\b)"
                         r"|,\s+(?:and\s+)?(?:then\s+)?(?:will|shall)\s+(?:be\s+[a-z]{3,}ed\s|(?!be\b)[a-z]{3,}\s)"
                         # ("departs on Thursday 19 March and returns on Wednesday 25 March at 10 p.m.": the verb of a
                         # second clause, after "and")
                         r"|\s(?:and|then)\s+(?:then\s+)?(?!(?:on|in|at|is|was|has)\b)[a-z]{3,}s\s+(?:on|in|to|from)\s"
                         r"|,\s+where\s+")
# A second clause whose verb is left out, its own subject and its own day after a comma ("Die Doppelfinals sind am 10.
# Februar, die Einzelfinals am 11. Februar ab 11.00 Uhr", "the doubles finals are on 10 February, the singles finals on
# 11 February at 11 am"): the time after the second day is that clause's, not the first day's. The whole stretch from
# the first day to the second: a comma, an article, one to three words, the preposition of the day.
_GAPPED_CLAUSE = re.compile(r",\s+(?:the|die|der|das|les|la|le|los|las|el)\s+(?!(?:following|next|same|coming|last"
                            r"|first|second|third|other|day|folgenden|nächsten|gleichen)\b)[^\W\d][\w-]*"
                            r"(?:\s+[^\W\d][\w-]*){0,2}?\s+(?:(?:on|am|le|el)\s+)?",
                            re.IGNORECASE)
_TIME_THEN_DAY = re.compile(r"[ \t]*,?[ \t]*(?:on[ \t]+)?", re.IGNORECASE)  # "at 09:00 on 8 October": one moment
_EACH_BEFORE = re.compile(r"\beach\s*$", re.IGNORECASE)
# "... at a press conference on 19 March at 10:30 CET, ahead of World Meteorological Day on 23 March": a day told after
# the time in a phrase of what comes before, when the time has its own day before it, is the day of another thing,
# which that time is not (not "at 11:00, following the procession, on Sunday 9 March": the time's own day)
_OTHER_THINGS_DAY = re.compile(r",\s+(?:ahead\s+of|in\s+the\s+run-up\s+to|prior\s+to|in\s+time\s+for)\s",
                               re.IGNORECASE)


# the mentions that may be a time's own day, told before it: a date, a weekday, "today", "tomorrow", "the next day"
_OWN_DAY_KINDS = ("day", "weekday", "published", "relative")


def time_for(anchor: Mention | None, mentions: list[Mention], sentence: str) -> Mention | None:
    """The time that goes with a day: the first after it, else the last before it."""
    times = [m for m in mentions if m.kind == "time"]
    if anchor is None:
        return times[0] if times else None
    after = [m for m in times if m.start >= anchor.end]
    before = [m for m in times if m.end <= anchor.start]
    if before and itinerary.time_before_day(anchor, before[-1], after, sentence) \
            and not _times_close_their_days(mentions, sentence):
        return before[-1]  # "at 9:30 a.m. on Thursday, October 9, followed by a reception at 11 a.m."
    if before and not after and anchor.kind == "published":
        return before[0]  # "leaves at 11.05am and lands at 1.05 pm tomorrow": the day of every clause before it
    if after and anchor.kind == "span" and any(m.kind == "day" and anchor.end <= m.start and m.end <= after[0].start
                                               and after[0] in same_moment(sentence, m, mentions) for m in mentions):
        return None  # "from 29 December to 4 January, with a lecture on 2 January at 6 p.m.": the lecture's time
    if after and any(m.kind in ("day", "weekday") and anchor.end <= m.start
                     and (m.start < after[0].start or _TIME_THEN_DAY.fullmatch(sentence, after[0].end, m.start))
                     and (_NEW_CLAUSE.search(sentence, anchor.end, min(m.start, after[0].start))
                          or _GAPPED_CLAUSE.fullmatch(sentence, anchor.end, m.start)) for m in mentions) \
            and not _EACH_BEFORE.search(sentence, max(0, after[0].start - 8), after[0].start):
        # "opens on 14 May; the naming follows on 15 May at 11:00", "The committee meets on 12 May, and the plenary
        # votes on 26 June at 18:30": the time of the other day's clause (or "..., where the Chair opens the
        # conference at 09:00 on 8 October": told before that day, right beside it)
        after = []
    if not after and before and _OTHER_THINGS_DAY.search(sentence, before[-1].end, anchor.start) \
            and any(m.kind in _OWN_DAY_KINDS and m.end <= before[-1].start for m in mentions):
        return None  # "on 10 February at 10:30, ahead of World Radio Day on 13 February", "tomorrow at 10:30, ahead of"
    if not after and before and any(m is not anchor and m.kind in ("day", "weekday") and m.end <= before[-1].start
                                     and _DAY_THEN_TIME.fullmatch(sentence, m.end, before[-1].start) for m in mentions):
        return None  # "departs on Thursday, March 19 at 10:00 p.m. and returns on Wednesday, March 25": Thursday's
    return after[0] if after else (before[-1] if before else None)


def clause_between(sentence: str, start: int, end: int) -> bool:
    """Does a clause of its own open between two days ("on Sunday 13 September, and will call on the Speaker on Monday
    14 September"; "are on 10 February, the singles finals on 11 February", its verb left out)?"""
    return _NEW_CLAUSE.search(sentence, start, end) is not None \
        or _GAPPED_CLAUSE.fullmatch(sentence, start, end) is not None


def own_day_before(own: Mention, later: Mention, mentions: list[Mention], sentence: str) -> bool:
    """Is `own` ("tomorrow", "today") the day of a time told before a phrase of what comes before or after, which
    names `later`, another thing's day ("tomorrow at 10:30, ahead of World Radio Day on 13 February")?"""
    times = [m for m in mentions if m.kind == "time" and own.end <= m.start and m.end <= later.start]
    return bool(times) and _OTHER_THINGS_DAY.search(sentence, times[-1].end, later.start) is not None


def _times_close_their_days(mentions: list[Mention], sentence: str) -> bool:
    """"20.10., 17 Uhr, 24.10., 30.10., 20 Uhr": a list whose first day has its time right after it, and a later
    time after the next days. Each time closes the days before it, so a day right after a time is the next time's,
    not that one's."""
    dated = [m for m in mentions if m.kind in ("day", "weekday", "time")]
    return len(dated) >= 4 and dated[0].kind in ("day", "weekday") and dated[1].kind == "time" \
        and _DAY_THEN_TIME.fullmatch(sentence, dated[0].end, dated[1].start) is not None \
        and dated[-1].kind == "time"
