"""A heading that dates the lines below it ("Media Briefing - Monday 3 March 2014", "Itinerary for Tuesday,
October 4, 2022"), and the present-tense sentences under it that say something happens that day. Pure."""

from __future__ import annotations

import datetime as dt
import re

from parsers import recurring
from parsers.datematch import days_in, months_of_weekdays
from parsers.dates import DayPart, Mention
from parsers.findings import Finding
from parsers.gate import Gated
from parsers.lang_korean import COMING, NEXT_MONTH
from parsers.logistics import LOGISTICS
from parsers.programmemonth import titled_month
from parsers.reading import Reading, resolve_part
from parsers.relativedays import relative_day
from parsers.schedule import ENTRY_LENGTH, NEXT_LINE_LIMIT, only_when

# "Media Briefing - Monday 3 March 2014", "Today at the Court - Friday, Nov 15, 2024": a heading that ends
# with a weekday and its date after a dash, or opens with "Today", dates what the lines under it say happens.
_DASHED = re.compile(r"\s[-–—|]\s*$")
# Present tense of something happening ("is speaking at", "is in Brussels for", "meet in a private conference").
_HAPPENING = Gated(re.compile(
    r"\b(?:is|are)\s+(?:speaking|visiting|attending|meeting|hosting|opening|launching|chairing|holding|giving"
    r"|addressing|travell?ing|touring|presenting)\b"
    r"|\b(?:is|are)\s+(?:in|at)\s+(?:the\s+)?[A-Z]"  # "is in Brussels for ...", "is at the Scottish Parliament"
    r"|\b(?:meets?\s+(?:in|with)|speaks?\s+(?:at|to)"
    r"|(?:holds?|hosts?|chairs?|attends?|address(?:es)?|gives?)\s+(?:a|an|the)\s+[\w\s'-]{0,40}?"
    r"(?:[Mm]eeting|[Cc]onference|[Rr]eception|[Cc]eremony|[Ss]ummit|[Ss]ession|[Tt]alks|[Bb]riefing|[Dd]ebate"
    r"|[Dd]inner|[Ee]vent|[Ff]orum|[Ll]ecture|[Ss]peech|[Aa]ddress|[Hh]earing|[Hh]ouse|[Pp]arliament|[Aa]ssembly))\b"),
    "is ", "are ", "meet", "hold", "host", "chair", "attend", "address", "speak", "give")


# "Prime Minister's Schedule December 8", "Itinerary for Tuesday, October 4, 2022", "Agenda: 3 March", "Schedule
# of events, Saturday 18 March", "Programme of the visit, 15 March": a line that names a diary and ends with its day.
# ("Agenda del Canciller, martes 5 de septiembre", "Programme du ministre, mardi 5 septembre", "Termine des
# Ministers am Dienstag, 5. September": so in the languages of Europe and the Americas)
# (among the line's first words; whose it is, "of the Governor", ends at a separator or a word that sets the day: not
# a clause that goes on, "Le programme de la visite sera présenté le mardi 7 septembre", "The Minister will present
# the programme of the state visit in Parliament on Tuesday 7 September")
_DAY_SETTER = r"for|of|on|du|pour\s+le|para\s+el|del|für|am|vom"
_DIARY_NAME = re.compile(r"^\W*(?:[\w'’.-]+[ \t]+){0,4}?"
                         r"(?:schedules?|itinerary|agenda|programme|program|diary|calendar|day"
                         r"|programa|programma|programm|itin[ée]raire|itinerario|calendrier|calendario|termine)\b"
                         r"(?:\s+(?:of|du|de|del|de\s+la|des|der|della|dello|do|da|van|von)\s+[^,:;.\d]{1,60}?"
                         rf"(?=\s*[:,–—-]|\s+(?:{_DAY_SETTER})\s+(?:the\s+)?$))?"
                         rf"[\s:,–—-]*(?:(?:{_DAY_SETTER})\s+)?(?:the\s+)?$",
                         re.IGNORECASE)

# "Media schedule for Thursday, March 16, 2023 (all times Eastern)", "... (CET)": a note of the zone after the day
# is no part of the heading's words.
_ZONE_NOTE = re.compile(r"\((?:(?:all\s+)?times?\b[^()]{0,30}|[A-Z]{2,5}|[A-Za-z ]{1,20}\btime)\)[.:]?", re.IGNORECASE)
# "Schedule of events, Saturday 18 March 2023, London", "Programme, 14 March 2023, in Paris": the town the day's
# rows are in, after the day; or a venue and its town ("..., Kenyatta International Convention Centre, Nairobi");
# or the town after a dash ("AGENDA 28 GIUGNO 2021 - BARI", as an Italian programme heads each day).
_TOWN_AFTER = re.compile(r"(?:(?:,\s*|,?\s+(?:in|at|à|en)\s+|[-–—]\s*)[A-Z][\w'.-]+"
                         r"(?:\s(?:[A-Z][\w'.-]+|of|de|the)){0,5}){1,2}")


# "The Prime Minister's programme for Saturday is as follows.": the heading told as a sentence that points below
_AS_FOLLOWS = re.compile(r"(?:(?:is|are|reads?)\s+)?as\s+follows", re.IGNORECASE)


# "For 3 March 2020, the diary of my predecessor records these engagements:", "On Monday, the Minister's schedule
# lists the following:": the day first, then the diary that lists the rows below, the line closed by a colon.
_DAY_BEFORE_DIARY = re.compile(r"^\W*(?:for|on)\s+$", re.IGNORECASE)
_DIARY_AFTER_DAY = re.compile(r"\s*,\s+(?:(?:the|my|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,3}?"
                              r"(?:diary|diaries|schedule|itinerary|calendar|agenda|programme|program)\b[^:\n]{0,100}:\s*$",
                              re.IGNORECASE)


def diary_heading(text: str, mentions: list[Mention]) -> Mention | None:
    """The day of a line that names a diary and ends with a day (no time): the day of the rows below it. The day
    may be a weekday alone ("Programme for Saturday"), the next such day; or the day may open the line, the diary
    after it ("For 3 March 2020, the diary ... records these engagements:")."""
    if len(text) <= NEXT_LINE_LIMIT and len(mentions) == 1 and mentions[0].kind in ("day", "weekday") \
            and (mentions[0].kind == "weekday" or mentions[0].first is not None) \
            and _DAY_BEFORE_DIARY.match(text, 0, mentions[0].start) and _DIARY_AFTER_DAY.match(text, mentions[0].end):
        return mentions[0]
    if len(text) > NEXT_LINE_LIMIT // 2 or len(mentions) != 1 or mentions[0].kind not in ("day", "weekday"):
        return None
    day = mentions[0]
    # A colon may close the heading: "The Governor's public schedule for Friday, February 6, 2026:".
    rest = text[day.end:].strip(" .:")
    if day.kind == "day" and day.first is None \
            or rest and not (_ZONE_NOTE.fullmatch(rest) or _TOWN_AFTER.fullmatch(rest) or _AS_FOLLOWS.fullmatch(rest)) \
            or not _DIARY_NAME.search(text, 0, day.start):
        return None
    return day


def numbered_days(mentions: list[Mention], context: Reading, line: str = "") -> list[Mention]:
    """"Mon 8" in a row or heading of a programme ("| Mon 8 | 10:00 - 11:00 | Workshop |"): the weekday that is an
    8th near the item's own days, read as that day (its year left to the resolver, which says how it chose it)."""
    if not any(m.kind == "weekday" and m.offset and _unbracketed(m, line) or m.kind in ("monthday", "monthdays")
               for m in mentions):
        return mentions
    out: list[Mention] = []
    # The days named before each mention, as they count for a day of the month alone: days and spans as written, and
    # spans of days of a month not named as read ("2~4일", then "5일"); not a day of the month alone as read ("on the
    # 14th ... on the 5th": the 5th is the next from the item's day, not from the 14th)
    told: list[Mention] = []
    for mention in mentions:
        if out:
            told.append(mentions[len(out) - 1] if mentions[len(out) - 1].kind == "monthday" else out[-1])
        written = context.published or context.opening  # the day of writing, for "the coming 27th", "next month's 5th"
        if mention.kind in ("monthday", "monthdays") and written is not None \
                and mention.text.startswith((*COMING, *NEXT_MONTH)):
            # "오는 27일" (the coming 27th), "다음달 2~4일" (the 2nd to 4th of next month): from the day of writing,
            # not from a day a heading or an earlier sentence named
            if mention.text.startswith(NEXT_MONTH):
                written = (written.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            mention = _monthday_span(mention, written) if mention.kind == "monthdays" else \
                mention._replace(kind="day", first=next_monthday(mention.offset, written))
            out.append(mention)
            continue
        if mention.kind == "monthday":  # "on the 14th": the next 14th from the item's day, or from a later day in
            # context ("from 12 May ... On the 14th": 14 May, whatever month the item was published in), or from a
            # day named before it in its text, if not gone by ("Between 3 and 6 March, ... set for the 5th")
            named = _named_before(told, context)
            base = named if named is not None and (context.published is None or named >= context.published) else \
                max(context.day, context.published or context.day)
            if base is not named and context.month_named is not None and context.day.replace(day=1) \
                    == context.month_named:  # "nos dias 11 e 12" under "abril de 2024" alone: in April, not May
                base = context.month_named
            # "el día 3", "el 20" under "Abril en la Biblioteca", written on 22 March: every such day is in April
            # (the month is weighed from the day of writing, not from a later day in context: "hasta el 27 de mayo")
            programme = titled_month(context.title, context.published or context.opening or context.day)
            if programme is not None and mention.offset <= days_in(programme.month, programme.year):
                mention = mention._replace(kind="day", first=DayPart(mention.offset, programme.month, programme.year))
                out.append(mention)
                continue
            if mention.weekday is not None:  # "23일(금)": the month where the 23rd is a Friday, its year left to the
                # resolver (which fits it to the weekday); the event's note says the month was inferred
                out.append(_monthday_of_weekday(mention, named or context.published or context.day))
                continue
            first = next_monthday(mention.offset, base)
            if base is not named and context.published is not None and base > context.published:
                # A day of the month alone that falls between the item's day and the day in context is that day, not
                # one a month on ("October 04: ... meets on the 6th ...; ... on the 5th": 5 October, not November).
                # (Only in the month of the day in context: "from 12 May ... On the 14th" under 1 April is 14 May.)
                near = next_monthday(mention.offset, context.published)
                if (near.year, near.month) == (base.year, base.month) and near.day < base.day:
                    first = near
            mention = mention._replace(kind="day", first=first)
        elif mention.kind == "monthdays":
            mention = _monthday_span(mention, context.published or context.day)
        if mention.kind == "weekday" and mention.offset and _unbracketed(mention, line):
            day = relative_day(mention, context)
            if day.day == mention.offset:  # a weekday that is that day of the month was found near
                mention = mention._replace(kind="day", first=DayPart(day.day, day.month, None, day.weekday()))
        out.append(mention)
    return out


def _unbracketed(mention: Mention, line: str) -> bool:
    """Is the weekday's day of the month not in brackets, or is the weekday with its bracketed day the whole line,
    the heading of a week agenda's day ("SEGUNDA-FEIRA (14)", "Terça (28)")? In a sentence ("nesta quinta-feira
    (22)", "the whole of Tuesday (13)") the weekday keeps its reading as a day of the week told near the item's
    date, as its tense says."""
    return "(" not in mention.text or line.strip().rstrip(":.").rstrip() == mention.text


def may_date_below(text: str) -> bool:
    """A quick test, before the grammar is run on a title: could it be a heading that dates the lines below?"""
    return any(dash in text for dash in (" - ", " – ", " — ", " | ")) or text[:6].lower() == "today "


def heading_day(text: str, mentions: list[Mention], context: Reading) -> None:
    """A line that is a dated heading sets the day of the undated lines below it; another date line ends it."""
    days = [m for m in mentions if m.kind == "day" and m.first is not None]
    if not days or any(m.kind == "time" for m in mentions) or len(text) > ENTRY_LENGTH:
        return
    last = days[-1]
    dashed = last.first is not None and last.first.weekday is not None and last.end >= len(text.rstrip(" .")) \
        and _DASHED.search(text, 0, last.start) is not None
    if dashed or text.lstrip().lower().startswith("today "):
        context.heading_day = resolve_part(last.first, context)[0]  # type: ignore[arg-type]
    elif only_when(text, mentions):
        context.heading_day = None


# "RACE DAY", "Event day", "On the day:", "Match day timetable": the heading of the part of an event's page that tells
# what happens on the day the page opens with ("SUNDAY 26 MAY 2019"), after its key dates (entries, pick-up).
_THE_DAY = re.compile(r"(?:(?:race|event|match|game|show|festival|competition|tournament|regatta|parade)\s+day"
                      r"|on\s+the\s+day)(?:\s+(?:programme|program|schedule|timetable|timings?|information|info))?"
                      r"[\s:.!-]*", re.IGNORECASE)


def banner(block_number: int, text: str, mentions: list[Mention], context: Reading) -> None:
    """A line of only a date opening the item ("SUNDAY 26 MAY 2019") is the day of the event the page is about."""
    if context.blocks and block_number == context.blocks[0].number and len(mentions) == 1 \
            and mentions[0].kind == "day" and mentions[0].first is not None and only_when(text, mentions):
        context.banner_day = resolve_part(mentions[0].first, context)[0]


def the_day(text: str, context: Reading) -> None:
    """A heading "Race day" (no date of its own) under such an opening date: the lines below are on that day."""
    if context.banner_day is not None and len(text) < 40 and _THE_DAY.fullmatch(text.strip()):
        context.day = context.banner_day


def happening(sentence: str) -> bool:
    """An undated sentence that says, in the present tense, that something happens (under a dated heading)."""
    return sentence[:1].isupper() and _HAPPENING.search(sentence) is not None and not recurring.negated(sentence) \
        and not LOGISTICS.search(sentence.lower())


def _monthday_span(mention: Mention, base: dt.date) -> Mention:
    """"16 - 21st:" under a stamp of the 20th: the days of the stamp's month when the span has not ended more than a
    few days before it (a list of the days around a stamp), else of the next month where the span fits."""
    first, last = divmod(mention.offset, 100)
    if not 1 <= first < last:
        return mention._replace(kind="day", first=next_monthday(last, base))
    year, month = base.year, base.month
    if mention.weekday is not None:  # "del martes 3 al sábado 7": the month near the base where the 3rd is a Tuesday
        year, month = _month_of_weekday(first, last, mention.weekday, base)
    elif dt.date(year, month, min(last, days_in(month, year))) < base - dt.timedelta(days=3):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    if last > days_in(month, year):
        return mention._replace(kind="day", first=next_monthday(last, base))
    begin, end = dt.date(year, month, first), dt.date(year, month, last)
    return mention._replace(kind="span", first=DayPart(begin.day, begin.month, begin.year, begin.weekday()),
                            last=DayPart(end.day, end.month, end.year, end.weekday()))


def _monthday_of_weekday(mention: Mention, base: dt.date) -> Mention:
    """"23일(금)" (the 23rd, a Friday) under a stamp or after a full date: a day of the base's month or the next, the
    one where the day falls on its weekday; of the base's month where neither does (a note then says the weekday does
    not fit). Its year is left to the resolver; the mention carries the note of the month's inference for its
    event."""
    weekday = mention.weekday if mention.weekday is not None else -1
    year, month = _month_of_weekday(mention.offset, mention.offset, weekday, base, (0, 1))
    fits = bool(months_of_weekdays([(weekday, mention.offset)], [(year, month)]))
    if mention.offset > days_in(month, 2000):  # (no such day in the base's month in any year: the next month's)
        month = month % 12 + 1
    first = DayPart(mention.offset, month, None, mention.weekday)
    why = "it is that weekday" if fits else "no month near it has that day on that weekday"
    note = (f"date inferred: {mention.text.strip()!r} names no month; {dt.date(2000, month, 1):%B} is taken, the month"
            f" of the day before it ({base:%d %B %Y}) or the next, as {why}")
    return mention._replace(kind="day", first=first, note=note)


def _month_of_weekday(first: int, last: int, weekday: int, base: dt.date,
                      steps: tuple[int, ...] = (0, 1, -1)) -> tuple[int, int]:
    """The month, of the base's, the next and the one before (in that order), whose `first` falls on `weekday` and
    that has a day `last`; the base's month where none does."""
    near = [divmod(base.year * 12 + base.month - 1 + step, 12) for step in steps]
    fitting = months_of_weekdays([(weekday, first)], [(year, index + 1) for year, index in near], reach=last)
    return fitting[0] if fitting else (base.year, base.month)


def _named_before(mentions: list[Mention], context: Reading) -> dt.date | None:
    """The first day of the last day or span named before a day of the month alone in its text ("Between 3 and 6 March
    ..., the opening set for the 5th": 3 March), in the year it gives, else the year in context."""
    named = next((m.first for m in reversed(mentions) if m.kind in ("day", "span") and m.first is not None), None)
    if named is None:
        return None
    try:
        return dt.date(named.year or context.day.year, named.month, named.day)
    except ValueError:
        return None


def next_monthday(number: int, base: dt.date) -> DayPart:
    """The first day numbered `number` on or after `base`, with its year."""
    year, month = base.year, base.month
    for _ in range(3):
        if (number >= base.day or (year, month) != (base.year, base.month)) and number <= days_in(month, year):
            day = dt.date(year, month, number)
            return DayPart(day.day, day.month, day.year, day.weekday())
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return DayPart(base.day, base.month, base.year, base.weekday())


# "Day 2", "DAY TWO:", "Day 3 – Field visits": a line that counts the days of the span named above and gives no
# date of its own heads the rows of that day.
_COUNTED_DAY = re.compile(r"\s*(?:Day|DAY)\s+(?P<n>[1-9]|one|two|three|four|five|six|seven|ONE|TWO|THREE|FOUR|FIVE"
                          r"|SIX|SEVEN)\b\s*(?:[:.–—-]\s*[^\d\n]{0,60})?\s*")
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def counted_day(text: str, mentions: list[Mention], findings: list[Finding]) -> dt.date | None:
    """The day a "Day 2" line heads: that day of the last span of days the item named, if it has so many."""
    counted = _COUNTED_DAY.fullmatch(text) if not mentions and text.lstrip()[:3] in ("Day", "DAY") else None
    if counted is None:
        return None
    span = next((f for f in reversed(findings) if f.last > f.first), None)
    number = _COUNTS.get(counted.group("n").lower()) or int(counted.group("n"))
    if span is None or number > (span.last - span.first).days + 1:
        return None
    return span.first + dt.timedelta(days=number - 1)


_RUN_REACH = 6  # lines: how far below a weekday heading the next day heading of its run is looked for


def before_the_next_day_line(number: int, day: dt.date, weekday: int, context: Reading) -> dt.date | None:
    """The day of a line that is only a weekday ("Tuesday") when the next day heading of its run is a date
    ("May 23") that the weekday, counted from a later day in context ("... graduate on May 25"), would come after:
    headings of days run in order, so it is that weekday in the week before the date ("Tuesday", "Wednesday",
    "May 23" under a stamp of Thursday May 16: the 21st and 22nd). None when the run says nothing against `day`."""
    below = [b for b in context.blocks if number < b.number <= number + _RUN_REACH]
    for block in below:
        mentions = context.mentions_of.get(block.number, [])
        if not mentions or not only_when(block.text, mentions):
            continue
        if len(mentions) == 1 and mentions[0].kind == "weekday":
            continue  # ("Wednesday"): a heading of the same run
        heading = mentions[0]
        if len(mentions) != 1 or heading.kind != "day" or heading.first is None:
            return None
        part = heading.first
        later = part.in_year(part.year if part.year is not None else day.year)
        if later is None or day <= later:  # (however far after it a later day in context put the weekday)
            return None
        back = later - dt.timedelta(days=(later.weekday() - weekday) % 7 or 7)
        return None if context.published is not None and back < context.published else back
    return None
