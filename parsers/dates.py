"""The date and time grammar of press releases: text -> mentions. Pure.

One regular expression finds every date, span, relative day, weekday and
time in a sentence, left to right, without overlaps; the forms are built
from small named parts so each reads as the prose it matches:

    days     21 November 2023 · 21st November · November 21, 2023 · Tuesday (21 November 2023)
             Tuesday, 21 November · 21 Nov. · 21/11/2023 (see `numeric_order`) · 2023-11-21
    spans    From 19 to 22 November 2023 · 19-22 November · 19–22 November ·
             30 November - 2 December 2023 · 19 and 20 November · November 19-22, 2023
    relative the same day · later that day · the following day · the day after · On Wednesday
    times    09:15 · 9.15 · 9.15 am · 2 p.m. · 14h30 · noon · midday
             from 10:00 to 11:30 · 10:00-11:30 · between 9:00 and 10:00, each with a zone label

Mentions keep what the text said (a year or not, a weekday or not); turning
them into calendar dates, with the year from context, is `resolve_day`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from parsers.clock import AMPM as _AMPM
from parsers.clock import parse_clock

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
RELATIVE_DAYS = {
    "same day": 0, "that day": 0, "that morning": 0, "that afternoon": 0, "that evening": 0,
    "following day": 1, "next day": 1, "day after": 1, "following morning": 1, "next morning": 1,
    "following afternoon": 1, "following evening": 1, "next evening": 1,
    "previous day": -1, "preceding day": -1, "day before": -1,
}  # fmt: skip
# "Two days later": the numbers in words that the figures 2-9 of "reln" also say
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# Zone labels a time may carry; zones.py says what each means.
ZONE_LABELS = (
    "CET/CEST|EET/EEST|WET/WEST|GMT/BST|CEST|CET|MESZ|MEZ|EEST|EET|WEST|WET|BST|GMT|UTC|MSK|"
    "AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|HKT|SGT|JST|KST|PHT|WIB|WITA|WIT|ICT|PKT|SAST|EAT|CAT|WAT|GST|"
    "AKST|AKDT|HST|NST|NDT|ADT|AST|"
    "EDT|EST|ET|CDT|CST|CT|MDT|MST|MT|PDT|PST|PT|IST|Z"
)


def _names(table: dict[str, int]) -> str:
    """Capitalised and upper-case spellings, longest first, so 'Sept' wins over 'Sep'."""
    spelled = sorted(table, key=len, reverse=True)
    return "|".join(f"{n.capitalize()}|{n.upper()}" for n in spelled)


# Full month names may also be in lower case ("Monday 2 april 2012"); a day number always goes with them.
_MONTH = rf"(?:{_names(MONTHS)}|{'|'.join(n for n in sorted(MONTHS, key=len, reverse=True) if len(n) > 3)})(?:\.|\b)"
_WEEKDAY = rf"(?:{_names(WEEKDAYS)})(?:\.|\b)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
_YEAR = r"(?:19|20)\d\d\b"
_TO = r"(?:-|–|—|to|until|till|through|and)"
_Y_SEP = r"(?:\s*,?\s*|\s+in\s+)"  # "July 15-24, 2022", "July 15-24 in 2022"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def _dmy(p: str) -> str:
    return (rf"(?:{_g(p + 'w', _WEEKDAY)}\s*,?\s*(?:\(\s*)?(?:the\s+)?)?{_g(p + 'd', _DAY)}(?:\s+of)?\s+"
            rf"{_g(p + 'm', _MONTH)}(?:{_Y_SEP}{_g(p + 'y', _YEAR)})?(?:\s*\))?{_weekday_after(p)}")


def _mdy(p: str) -> str:
    # "August, 21, 2025": a comma after the month only where a year follows ("In May, 12 ministers" is no date).
    return (rf"(?:{_g(p + 'w', _WEEKDAY)}\s*,?\s*)?{_g(p + 'm', _MONTH)}(?:\s+|,\s*(?=\d\d?\s*,\s*(?:19|20)\d\d\b))"
            rf"{_g(p + 'd', _DAY)}(?![:.]\d)"
            rf"(?:{_Y_SEP}{_g(p + 'y', _YEAR)})?{_weekday_after(p)}")


def _weekday_after(p: str) -> str:
    # "March 28, Thursday", "December 8th (Thursday)": the weekday after the date; not one that opens the next
    # date of a list ("Tuesday, February 7, Wednesday, February 8"), nor a run of weekdays ("Monday to Friday").
    return (rf"(?:(?:\s*,\s*|\s*\(\s*){_g(p + 'v', _WEEKDAY)}(?:\s*\))?"
            rf"(?!\.?\s*,?\s*(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d)"
            rf"|\s*(?:to|until|till|through|-|–)\s*{_WEEKDAY}))?")


_DATE_FORMS = {
    # Spans first: "19 to 22 November" must not be read as "22 November".
    # "Tuesday-Thursday, 23-25 May" too.
    "sd": (rf"(?:(?:from|{_g('sdb', 'between|Between')}|From)\s+)?(?:{_g('sd0w', _WEEKDAY)}\s*[-–]\s*)?"
           rf"(?:{_g('sd1w', _WEEKDAY)}\s*,?\s*)?{_g('sd1d', _DAY)}"
           rf"(?:\s+{_g('sd1m', _MONTH)}(?:\s*,?\s*{_g('sd1y', _YEAR)})?)?\s*{_g('sdto', _TO)}\s*"
           rf"(?:{_g('sd2w', _WEEKDAY)}\s*,?\s*)?{_g('sd2d', _DAY)}\s+{_g('sd2m', _MONTH)}"
           rf"(?:{_Y_SEP}{_g('sd2y', _YEAR)})?"),
    "sm": (rf"(?:(?:from|{_g('smb', 'between|Between')}|From)\s+)?(?:{_g('sm1w', _WEEKDAY)}\s*,?\s*)?"
           rf"{_g('sm1m', _MONTH)}\s+{_g('sm1d', _DAY)}(?![:.]\d)(?:\s*,?\s*{_g('sm1y', _YEAR)})?"
           rf"\s*{_g('smto', _TO)}\s*"
           rf"(?:{_g('sm2w', _WEEKDAY)}\s*,?\s*)?(?:{_g('sm2m', _MONTH)}\s+)?{_g('sm2d', _DAY)}(?![:.]\d)"
           rf"(?:{_Y_SEP}{_g('sm2y', _YEAR)})?"),
    # "on 5, 6 and 7 September": days listed one by one, read as one span (as "5 and 7 March" is).
    "sl": (rf"{_g('sl1', _DAY)}(?:\s*,\s*{_DAY}){{1,5}}\s*,?\s*(?:and|&)\s*{_g('sl2', _DAY)}\s+{_g('slm', _MONTH)}"
           rf"(?:\s*,?\s*{_g('sly', _YEAR)})?"),
    "dd": _dmy("dd"),
    "dm": _mdy("dm"),
    "iso": r"\b(?P<isoy>(?:19|20)\d\d)-(?P<isom>[01]\d)-(?P<isod>[0-3]\d)\b",
    # "3/11/2019 - 5/11/2019": a span of numeric dates, written alike.
    "nsp": (r"\b(?P<nspa>[0-3]?\d)(?P<nsps>[/.-])(?P<nspb>[0-3]?\d)(?P=nsps)(?P<nspy>(?:19|20)\d\d)\s*[-–—]\s*"
            r"(?P<nspc>[0-3]?\d)(?P=nsps)(?P<nspd>[0-3]?\d)(?P=nsps)(?P<nspz>(?:19|20)\d\d)\b(?![.:/-]\d)"),
    "num": r"\b(?P<numa>[0-3]?\d)(?P<nums>[/.-])(?P<numb>[0-3]?\d)(?P=nums)(?P<numy>(?:19|20)\d\d)\b(?![.:/-]\d)",
    # "05-May-08": a day, a month's abbreviation and a year of two digits, as diaries print them.
    "dmy2": rf"\b(?P<dmy2d>[0-3]?\d)-(?P<dmy2m>{_names(MONTHS)})-(?P<dmy2y>\d\d)\b",
    "rel": (r"\b(?P<rel>(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:(?:[Oo]n|[Dd]uring|[Ii]n)\s+)?"
            r"(?:[Tt]he\s+(?:same\s+day|following\s+(?:day|morning|afternoon|evening)|next\s+(?:day|morning|evening)"
            r"|day\s+(?:after|before)|previous\s+day|preceding\s+day)"
            r"|[Tt]hat\s+(?:same\s+)?(?:day|morning|afternoon|evening)"
            r"|(?:[Ss]traight|[Ii]mmediately|[Dd]irectly|[Ss]hortly|[Rr]ight)\s+afterwards?)"
            # "Two days later", "three days after that": days after the day in context.
            r"|(?P<reln>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[2-9])\s+days\s+(?:later|afterwards|after\s+that))\b"),
    # "today(11.27)", "tomorrow(12.5)": the day's numbers in brackets after it say the same day (no clock time).
    # "this morning", "this evening", "tonight": a part of the publication day, as today is.
    "pub": (r"\b(?P<pub>[Tt]oday|[Tt]omorrow|[Yy]esterday|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight)\b"
            r"(?:\s?\((?:[0-3]?\d)[./](?:[0-3]?\d)\.?\))?"),
    # A weekday alone ("On Wednesday, the ..."); not one that starts a date ("On Wed. 22 Nov.",
    # "On Thursday, May 2"): the look-ahead covers the optional full stop, so no backtracking gets past it.
    # "from Tuesday to Thursday": days of the week in context, one after the other; not "Tuesday to Thursday,
    # 23-25 May" (a span of dates, read above) nor a weekday that opens a date.
    "wsp": (rf"\b(?:[Ff]rom\s+)?(?P<wsp1>{_names(WEEKDAYS)})\b\s*(?:to|until|till|through|-|–)\s*"
            rf"(?P<wsp2>{_names(WEEKDAYS)})\b(?!\.?\s*,?\s*\(?\s*(?:the\s+)?(?:\d|{_MONTH}))"),
    # "Friday (09)", as South Asian papers write it: the weekday and, in brackets, its day of the month.
    # "Tuesday(11.28)", "Wednesday (12.8.)": its day and month in brackets, in either order (the weekday tells).
    "wd": (rf"\b(?:[Oo]n\s+)?(?P<wdw>{_names(WEEKDAYS)})\b(?:\s?\((?P<wdn>0?[1-9]|[12]\d|3[01])\)"
           r"|\s?\((?P<wda>0?[1-9]|[12]\d|3[01])[./](?P<wdb>0?[1-9]|[12]\d|3[01])(?:[./](?:\d\d){1,2})?\.?\)"
           rf"|(?!\.?\s*,?\s*\(?\s*(?:the\s+)?(?:\d|{_MONTH}))\.?)"),
}
_HOUR = r"(?:[01]?\d|2[0-3])"
_HRS = r"(?:hrs|hours|HRS|HOURS|Hrs|Hours)\b"
# "10: 45 a. m." (a space after the colon), "14 h 45" and "15 h" (French style, spaced): forms seen in the wild.
_CLOCK_TIME = (rf"(?:{_HOUR}(?:(?::\s?|[.h])[0-5]\d)?\s*{_AMPM}|{_HOUR}[:.h][0-5]\d(?:\s*(?:{_HRS}|h\b))?"
               rf"|{_HOUR} h [0-5]\d\b|{_HOUR} h(?= \|? ?[A-Z])|{_HOUR}h(?=\s*[-–—:]\s)"
               rf"|(?:[01]\d|2[0-3])[0-5]\d\s*{_HRS}|(?:[01]\d|2[0-3])[0-5]\d(?=\s(?:GMT|UTC)\b)"  # wire: "0600 GMT"
               r"|(?:12\s*)?noon|midday|midnight"
               r"|(?:Noon|Midday|Midnight)(?=\s*(?:[-–—:,(]|to\b|until\b|$)))")  # 1400 hrs: military; "Noon –" row
# A number followed by a unit is a quantity, not a time: "1.13MB" is a file size, "2.5 km" a distance.
_NOT_A_TIME = (r"(?!\s*(?:%|per\s?cent|percent|million|billion|bn\b|km|kg|m\b|tonnes|euro|EUR|USD|dollars"
               r"|[kKMGT]i?B\b|[kKMG]b\b|[kKMG]bytes?\b|bytes?\b|pages?\b"
               # "in 3:41 Minuten", "a 2:05 min run": a duration, not a clock time
               r"|min\b|mins\b|minutes?\b|[Mm]inuten\b|secs?\b|seconds?\b|[Ss]ekunden\b)|[.,:]?\d)")
_ZONE_LABEL = (r"(?:UTC|GMT)\s?[+−-]\s?\d\d?(?::?\d\d)?|" + ZONE_LABELS + r"|[Ll]ocal\s+time"
               r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Tt]ime|[A-Z]{2,3}\s+time"  # "UK time": a country's initials
               # "8:15 central time": the North American clocks, in lower case as news copy writes them
               r"|(?:eastern|central|mountain|pacific)(?:\s(?:standard|daylight))?\s+time")


_RANGE_START = _CLOCK_TIME + "|" + _HOUR + r"(?::\s?[0-5]\d)?"  # "9: 30 – 10: 30 a. m.", "from 2-6 p.m."


# "AWSTwith": a label of three or more capitals glued to the lower-case word after it still ends there.
_LABEL_END = r"(?:\b|(?<=[A-Z]{3})(?=[a-z]{2}))"


def _zone(p: str) -> str:
    # The space before a closing bracket belongs to the label, never the line break after a bare label.
    return rf"(?:\s*\(?\s*{_g(p + 'zone', _ZONE_LABEL)}{_LABEL_END}(?:\s*\))?)?"


_TIME_FORMS = {
    # "and" makes a range only after "between": "at 11:00 and 12:00" are two times, a list.
    "tr": (rf"(?:(?:from|From)\s+|{_g('trb', 'between|Between')}\s+)?{_g('t1', _RANGE_START)}"
           rf"\s*(?:-|–|—|to|To|TO|until|till|(?(trb)and|(?!)))\s*{_g('t2', _CLOCK_TIME)}{_NOT_A_TIME}{_zone('tr')}"),
    "t": rf"(?:\b(?:at|from|At|From)\s+)?{_g('t', _CLOCK_TIME)}{_NOT_A_TIME}{_zone('t')}",
    # "at 1440": a 24-hour time without separator, only after "at" and never one that reads as a year.
    # A sentence's final full stop may follow it ("on Sunday, 2 June at 1045."), a decimal may not.
    "mil": rf"\b(?:at|At)\s+(?!19|20)(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?![\d,:/%]|\.\d){_zone('mil')}",
}
_ALL = "|".join(f"(?P<f_{name}>{form})" for name, form in {**_DATE_FORMS, **_TIME_FORMS}.items())
GRAMMAR = re.compile(rf"(?<![\w/.:-])(?:{_ALL})")
_GLUED_WORD = re.compile(r"[A-Za-z]+$")
# A time glued to the word before it ("approximately12.00pm", "from1.00pm– 5.00pm"), as pages lose spaces:
# only times that cannot be a version or a number ("v2.10"), with am/pm or a colon.
_GLUED_TIME = rf"{_HOUR}(?:[:.][0-5]\d)?\s*{_AMPM}|{_HOUR}:[0-5]\d"
GLUED = re.compile(
    rf"(?<=[a-z])(?:(?P<f_tr>{_g('t1', _GLUED_TIME)}\s*(?:-|–|—|to)\s*{_g('t2', _CLOCK_TIME)}{_NOT_A_TIME}"
    rf"{_zone('tr')})|(?P<f_t>{_g('t', _GLUED_TIME)}{_NOT_A_TIME}{_zone('t')}))"
)
# Every mention holds a number or one of the words below (see _anchors). Looking for
# them first and trying GRAMMAR only around them keeps extraction fast on megabytes.
# A number of one or two digits standing alone, followed by what dates and times are made of,
# or after a month name ("November 21 at 10:00"). Each pattern starts with a digit or a letter,
# so the regex engine skips ahead to candidates at C speed.
_MONTH_ENDS = "|".join(sorted({e for n in MONTHS for e in (n[-3:], n[-3:].upper(), n[-3:].capitalize())}))  # 3 letters
_NUMBER_ANCHOR = re.compile(
    r"\d(?<![\d.,]\d)\d?(?![\d]|[.,]\d\d\d)(?:"
    r"(?=(?:st|nd|rd|th)?\)?\s*(?:of\s+)?(?:[A-Z][a-zA-Z]|[:.h/]\s?\d|[aApP]\.?\s?[mM]\b|[-–—]"
    r"|to\b|and\b|until\b|till\b|through\b|,?\s*(?:19|20)\d\d|,?\s*\(|\s*hrs\b|\s*hours\b|\s*HRS\b|\s*noon\b"
    r"|\s?h\b))"
    rf"|(?<=(?:{_MONTH_ENDS})[ .]\d)|(?<=(?:{_MONTH_ENDS})\. \d)"
    rf"|(?<=(?:{_MONTH_ENDS})[ .]\d\d)|(?<=(?:{_MONTH_ENDS})\. \d\d))"
)
# "2023-11-21" and "1400 hrs" are found by their literal parts, which the engine finds fastest;
# the year of an ISO date is found by moving back; a mention is tried at the word starts before the anchor.
_ISO_ANCHOR = re.compile(r"-[01]\d-[0-3]\d")
_HOURS_ANCHOR = re.compile(r"hrs|hours|HRS|HOURS|Hrs|Hours")
_AT_ANCHOR = re.compile(r"t (?=\d{4}\b)")  # "at 1440": found by its literal part, "at" checked after
_WIRE_ANCHOR = re.compile(r"GMT|UTC")  # "0600 GMT": four digits before the label, checked after
# Words that relative days, weekdays, noon and midnight all contain: a superset, GRAMMAR decides.
_WORD_ANCHOR = re.compile(r"day|DAY|noon|Noon|night|orning|vening|fternoon|fterward")
# The same two as lists of words, which str.find looks for at memory-scan speed (see _starts).
_HOURS_WORDS = tuple(_HOURS_ANCHOR.pattern.split("|"))
_DAY_WORDS = tuple(_WORD_ANCHOR.pattern.split("|"))
# A word where GRAMMAR's own look-behind lets a mention start; its first letters are enough to
# tell an opening word ("immediately" is the longest), and a bound keeps long runs of letters cheap.
_OPENING_LENGTH = 16
_WORD_START = re.compile(rf"(?<![\w/.:-])\w{{1,{_OPENING_LENGTH}}}")
# Every form opens with a number or one of these words (any case): GRAMMAR is tried only there.
_OPENING_WORDS = frozenset(
    {"from", "between", "on", "during", "in", "at", "the", "that", "later", "earlier", "straight", "immediately",
     *_COUNTS,
     "directly", "shortly", "right", "today", "tomorrow", "yesterday", "this", "tonight", "noon", "midday",
     "midnight"}
    | MONTHS.keys() | WEEKDAYS.keys()
)
_BACK = 32  # the most a mention starts before its anchor ("earlier in the same day")
_AHEAD = 160  # the most a mention ends after it (more than any mention is long)
# "1400 hrs" (four digits), else an hour of two digits before one, then optional minutes.
_GROUPS = GRAMMAR.groupindex


@dataclass(frozen=True, slots=True)
class DayPart:
    """A day as the text gave it: the year and weekday may be missing."""

    day: int
    month: int
    year: int | None = None
    weekday: int | None = None  # 0 = Monday


class Mention(NamedTuple):
    """One date or time expression found in a sentence.

    A NamedTuple rather than a dataclass: mentions are made and moved (`shifted`)
    by the thousand, and tuples are the cheapest records Python has.
    """

    kind: str  # "day", "span", "relative", "published" (today, tomorrow), "weekday", "weekdays", "time"
    start: int
    end: int
    text: str
    first: DayPart | None = None  # day and span
    last: DayPart | None = None  # span
    offset: int = 0  # relative: days after the day in context; published: after the publication date;
    # weekday: its day of the month when the text gives it ("Friday (09)"; "Friday(12.1)" gives 1201, either
    # number may be the day), else 0; weekdays ("from Tuesday to
    # Thursday"): the days from the first to the last
    weekday: int | None = None  # weekday
    time: dt.time | None = None  # time
    until: dt.time | None = None  # time ranges
    zone: str = ""  # the zone label given with a time, as written

    def shifted(self, by: int) -> Mention:
        """The same mention in a text that starts `by` characters later."""
        return Mention(self.kind, self.start - by, self.end - by, self.text, self.first, self.last, self.offset,
                       self.weekday, self.time, self.until, self.zone)


def find_mentions(text: str, numeric_order: str = "") -> list[Mention]:
    """Every date and time mention in `text`, in order.

    `numeric_order` is the source's convention for 21/11/2023: "dmy" or "mdy";
    without one, a slashed date is read only where it can be read one way.
    """
    mentions: list[Mention] = []
    taken = 0  # text before this is inside a mention already found
    tried = 0  # word starts before this were tried already: a failed start fails for later anchors too
    for anchor in _anchors(text):
        if anchor < taken:
            continue
        low = max(taken, tried, anchor - _BACK)
        # A mention found before the anchor ("Tomorrow" in "Tomorrow (September 17)") leaves the anchor's own.
        while (match := _leftmost(text, low, anchor)) is not None:
            taken = match.end()
            mention = _mention(match, numeric_order)
            if mention is not None:
                mentions.extend(_listed(match, mention))
            if taken > anchor:
                break
            low = taken
        tried = anchor + 1
    from parsers.lang import merge  # German and French forms; imported here, as lang.py imports this module

    return merge(text, _listed_days(text, _changed(text, _later_half(text, _without_conversions(text, mentions)))))


# "move two hours earlier, from 4 pm to 2 pm", "switch the meeting time from 2 p.m. to 6:30 p.m.": a verb of change
# a few words before "from X to Y" makes it the old time and the new one, not a range; the new time is the one.
# ("moves to the hall, open from 10 am to 5 pm": a range still.)
_CHANGE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|shift(?:s|ed|ing)?|switch(?:es|ed|ing)?"
                     r"|(?:brought|bring(?:s|ing)?)\s+forward|(?:push|put)(?:s|ed|ting)?\s+back|reschedul\w*)"
                     r"(?:[\s,]+(?!to\b|open|run|and\b|for\b)[\w-]+){0,4}[\s,]*$", re.IGNORECASE)


def _changed(text: str, mentions: list[Mention]) -> list[Mention]:
    if "from" not in text:
        return mentions  # most texts: nothing to do
    out = []
    for mention in mentions:
        if mention.kind == "time" and mention.until is not None and mention.text[:5].lower() == "from " \
                and _CHANGE.search(text, max(0, mention.start - 48), mention.start) is not None:
            mention = mention._replace(time=mention.until, until=None)
        out.append(mention)
    return out


# "this evening from 6:30 - 7:30", "Tuesday afternoon at 2.15", "tonight at 8": the part of the day said just
# before a time that gives no am/pm puts it in the afternoon or evening.
_LATE_PART = re.compile(r"\b(evening|afternoon|tonight|night)\b[^.;\d]{0,16}$", re.IGNORECASE)
# The hours each part of the day can mean after noon: "this afternoon at 11" is no 23:00, "at night, 2:00" no 14:00.
_LATE_HOURS = {"afternoon": range(1, 7), "evening": range(4, 12), "tonight": range(5, 12), "night": range(6, 12)}
_MARKED = re.compile(r"[aApP]\.?\s?[mM]\b|[Nn]oon|[Mm]id|[Hh]")


def _later_half(text: str, mentions: list[Mention]) -> list[Mention]:
    if "ening" not in text and "ternoon" not in text and "night" not in text:
        return mentions  # most texts: nothing to do
    out = []
    for mention in mentions:
        time = mention.time
        part = _LATE_PART.search(text, max(0, mention.start - 32), mention.start) if mention.kind == "time" else None
        if part is not None and time is not None and time.hour in _LATE_HOURS[part.group(1).lower()] \
                and _MARKED.search(mention.text) is None:
            until = mention.until
            if until is not None and 1 <= until.hour <= 11:
                until = until.replace(hour=until.hour + 12)
            mention = mention._replace(time=time.replace(hour=time.hour + 12), until=until)
        out.append(mention)
    return out


_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b")
_AND = re.compile(r"\s+(?:and|&)\s+")


def _listed_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """'on 7 and 8 June, respectively', 'on 14 February and 19 June': two days named one after the other,
    not a span from one to the other ('19 and 20 November', days that follow each other, stays a span)."""
    out: list[Mention] = []
    for mention in mentions:
        first, last = mention.first, mention.last
        joined = _AND.search(text, mention.start, mention.end) if mention.kind == "span" else None
        if joined is None or first is None or last is None or mention.text[:7].lower() == "between" \
                or "," in text[mention.start : joined.start()]:  # "on 5, 6 and 7 September": a run of days
            out.append(mention)
            continue
        respectively = _RESPECTIVELY.match(text, mention.end) is not None
        if not respectively and _next_day(first, last):
            out.append(mention)
            continue
        out.append(Mention("day", mention.start, joined.start(), text[mention.start : joined.start()], first=first))
        out.append(Mention("day", joined.end(), mention.end, text[joined.end() : mention.end], first=last))
    return out


def _next_day(first: DayPart, last: DayPart) -> bool:
    year = first.year or last.year or 2023  # a common year: "28 February and 1 March" follow each other
    try:
        start, end = dt.date(year, first.month, first.day), dt.date(last.year or year, last.month, last.day)
    except ValueError:
        return False
    if end < start and last.year is None:
        end = end.replace(year=end.year + 1)  # "31 December and 1 January"
    return end - start == dt.timedelta(days=1)


def _without_conversions(text: str, mentions: list[Mention]) -> list[Mention]:
    """'11:00 CET (10:00 GMT)', 'from 09:00 to 10:00 CET (08:00 to 09:00 GMT)': the bracketed time is the
    same moment in another zone, said for the reader's convenience; the first, with its label, is the one."""
    kept: list[Mention] = []
    for mention in mentions:
        before = kept[-1] if kept else None
        if before is not None and before.kind == mention.kind == "time" and mention.zone \
                and text[before.end : mention.start].strip() == "(" and before.zone != mention.zone:
            if before.zone.upper() == "GMT":
                kept[-1] = before._replace(zone="UTC")  # "14:00 GMT (10 a.m. EDT)": beside another clock, Greenwich's
            elif not before.zone and mention.zone.upper() in ("GMT", "UTC") and before.time and mention.time:
                # "at 7 a.m. (0600 GMT)": the bracket says how far the unlabelled local clock is from UTC; the
                # local day and time stay ("9 a.m. (2100 GMT)" in Wellington is the day before in UTC).
                kept[-1] = before._replace(end=mention.end, text=text[before.start : mention.end],
                                           zone=_offset_label(before.time, mention.time))
            if before.zone or mention.zone.upper() in ("GMT", "UTC"):
                continue
        if mention.kind == "time" and text[max(0, mention.start - 2) : mention.start].strip()[-1:] in _CURRENCY:
            continue  # "$1.00 fee per tire", "£12.50": a price, not a clock time
        if mention.kind == "time" and mention.text[-4:].isdigit() and _STREET_AFTER.match(text, mention.end):
            continue  # "located at 1500–1509 E. 59th Street": a house number, not 15:00
        if mention.zone and (place := _PLACE_CLOCK.match(text, mention.end)) is not None:
            # "3:00 p.m. EST (Jamaica Time)": the place's clock says which EST is meant, and whether it shifts.
            mention = Mention("time", mention.start, place.end(), text[mention.start : place.end()], None, None, 0,
                              None, mention.time, mention.until, place.group(1))
        kept.append(mention)
    return kept


def _offset_label(local: dt.time, utc: dt.time) -> str:
    """'UTC+09:00' for 18:00 local at 09:00 UTC; a gap of 14 hours or more is read backwards (08:00 at 18:00: -10)."""
    minutes = (local.hour * 60 + local.minute - utc.hour * 60 - utc.minute) % 1440
    if minutes >= 14 * 60:
        minutes -= 1440
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


_CURRENCY = frozenset("$€£¥")
_PLACE_CLOCK = re.compile(r"\s*\(\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,3}\s+[Tt]ime)\s*\)")
# After four digits: a range of house numbers, a compass point or a street ("1500 N. Main", "2200 Harbor Road").
_STREET_AFTER = re.compile(r"\s*[–-]\s*\d|\s+[NSEW]\.?\s|\s+(?:[A-Z][\w.]*\s+){1,2}(?:Street|St|Avenue|Ave|Road|Rd"
                           r"|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Place|Pl)\b")


def _leftmost(text: str, low: int, anchor: int) -> re.Match[str] | None:
    """The leftmost GRAMMAR match that starts in [low, anchor].

    Mentions start at the start of a word, so only those places are tried, each
    with an anchored match: the same answer as a search, at a fraction of its cost.
    """
    for word in _WORD_START.finditer(text, low, anchor + 1 + _OPENING_LENGTH):
        if word.start() > anchor:
            break
        opening = word.group()
        if not (opening[0].isdigit() or opening.lower() in _OPENING_WORDS):
            continue  # a word no form opens with: a quick test saves a match of the whole grammar
        match = GRAMMAR.match(text, word.start(), anchor + _AHEAD)
        if match is not None:
            return match
    if anchor and text[anchor - 1].islower():
        # "approximately12.00pm": the word before has no gap; "13sep10:00 am" is a date cell, not a glued time.
        glued = _GLUED_WORD.search(text, max(0, anchor - _OPENING_LENGTH), anchor)
        if glued is not None and glued.group().lower() not in MONTHS:
            return GLUED.match(text, anchor, anchor + _AHEAD)
    return None


def _anchors(text: str) -> list[int]:
    """Positions where a mention may be. A superset: GRAMMAR decides; this only skips hopeless places.

    A number can start a mention only if it is small (a day or an hour) and followed
    by what dates and times are made of: a name, a time separator, am/pm, a range
    word; or if it is the year of an ISO date. Month and weekday names, and the
    words of relative days, are anchors too ("November 21", "On Wednesday"). Each
    test is a regular expression, so the scan runs in the regex engine, not in Python.
    """
    found = [m.start() for m in _NUMBER_ANCHOR.finditer(text) if int(m.group()) <= 31]
    found.extend(max(0, m.start() - 4) for m in _ISO_ANCHOR.finditer(text))
    found.extend(_starts(text, _HOURS_WORDS))  # "1400 hrs": the hour starts before it
    found.extend(m.start() - 1 for m in _AT_ANCHOR.finditer(text) if text[m.start() - 1 : m.start()] in ("a", "A"))
    found.extend(_starts(text, _DAY_WORDS))
    found.extend(m.start() for m in _WIRE_ANCHOR.finditer(text)
                 if text[max(0, m.start() - 5) : m.start() - 1].isdigit())
    found.sort()
    return found


def _starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Where the regex of `words` as alternatives finds them, as finditer does: left to right, one match not
    inside the one before. No two of the words start at one place, so the first to match there is the one.
    str.find runs at memory-scan speed where the engine tries each alternative at every position."""
    spans = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            spans.append((at, at + len(word)))
            at = text.find(word, at + 1)
    spans.sort()
    starts, end = [], 0
    for start, stop in spans:
        if start >= end:  # "afternoon": "noon" inside "fternoon" is no match of its own
            starts.append(start)
            end = stop
    return starts


def _mention(match: re.Match[str], numeric_order: str) -> Mention | None:
    form = (match.lastgroup or "")[2:]
    span = (match.start(), match.end(), match.group().strip())
    def g(name: str) -> str | None:
        return match.group(name) if name in _GROUPS else None

    def need(name: str) -> str:  # a group the form always fills
        return str(match.group(name))
    if form in ("sd", "sm"):
        p = form
        # "19 to 22 November" names its month once, at the end; "November 19-22" at the start.
        # "Tuesday-Thursday, 23-25 May": the first weekday is the first day's, the second the last day's.
        ranged = g(p + "0w") is not None
        first = _day(g(p + "1d"), g(p + "1m") or g(p + "2m"), g(p + "1y"), g(p + "0w") if ranged else g(p + "1w"))
        last = _day(g(p + "2d"), g(p + "2m") or g(p + "1m"), g(p + "2y"), g(p + "1w") if ranged else g(p + "2w"))
        if first is None or last is None:
            return None
        if first.year is None and last.year is not None:
            wraps = (first.month, first.day) > (last.month, last.day)
            first = DayPart(first.day, first.month, last.year - 1 if wraps else last.year, first.weekday)
        return Mention("span", *span, first=first, last=last)
    if form == "sl":
        first = _day(g("sl1"), g("slm"), g("sly"), None)
        last = _day(g("sl2"), g("slm"), g("sly"), None)
        return Mention("span", *span, first=first, last=last) if first and last else None
    if form in ("dd", "dm"):
        day = _day(g(form + "d"), g(form + "m"), g(form + "y"), g(form + "w") or g(form + "v"))
        return Mention("day", *span, first=day) if day else None
    if form == "iso":
        day = _day(g("isod"), int(need("isom")), g("isoy"), None)
        return Mention("day", *span, first=day) if day else None
    if form == "num":
        day = _numeric(need("numa"), need("numb"), need("numy"), need("nums"), numeric_order)
        return Mention("day", *span, first=day) if day else None
    if form == "nsp":
        first = _numeric(need("nspa"), need("nspb"), need("nspy"), need("nsps"), numeric_order)
        last = _numeric(need("nspc"), need("nspd"), need("nspz"), need("nsps"), numeric_order)
        return Mention("span", *span, first=first, last=last) if first and last else None
    if form == "dmy2":
        year = int(need("dmy2y"))
        day = _day(need("dmy2d"), need("dmy2m"), str(year + (1900 if year >= 70 else 2000)), None)
        return Mention("day", *span, first=day) if day else None
    if form == "rel":
        phrase = " ".join(need("rel").lower().split()[-2:])
        offset = RELATIVE_DAYS.get(phrase.replace("same ", ""), 0)
        if g("reln"):
            offset = _COUNTS.get(need("reln").lower(), 0) or int(need("reln"))
        return Mention("relative", *span, offset=offset)
    if form == "pub":
        offset = {"tomorrow": 1, "yesterday": -1}.get(need("pub").lower(), 0)  # this morning, tonight: 0
        return Mention("published", *span, offset=offset)
    if form == "wsp":
        first_day, last_day = WEEKDAYS[need("wsp1").lower()], WEEKDAYS[need("wsp2").lower()]
        return Mention("weekdays", *span, weekday=first_day, offset=(last_day - first_day) % 7 or 7)
    if form == "wd":
        number = g("wdn")
        paired = int(need("wda")) * 100 + int(need("wdb")) if g("wda") else 0  # both numbers: 11.28 -> 1128
        return Mention("weekday", *span, weekday=WEEKDAYS[need("wdw").lower().rstrip(".")],
                       offset=int(number) if number else paired)
    if form == "tr":
        until = parse_clock(need("t2"))
        begin = parse_clock(need("t1"), need("t2"))
        return Mention("time", *span, time=begin, until=until, zone=g("trzone") or "")
    if form == "mil":
        digits = need("mil")
        return Mention("time", *span, time=dt.time(int(digits[:2]), int(digits[2:])), zone=g("milzone") or "")
    return Mention("time", *span, time=parse_clock(need("t")), zone=g("tzone") or "")


def _listed(match: re.Match[str], mention: Mention) -> tuple[Mention, ...]:
    """"those on 8 March, 19 April and 23 May": two dates, each with its month, joined by "and" are two days,
    unless they follow each other ("on 30 November and 1 December", a two-day summit) or "between" opens them."""
    form = (match.lastgroup or "")[2:]
    if form not in ("sd", "sm") or mention.first is None or mention.last is None:
        return (mention,)
    joined = match.group(form + "to")
    if joined != "and" or match.group(form + "b") or not match.group("sd1m" if form == "sd" else "sm2m"):
        return (mention,)
    first, last = mention.first, mention.last
    try:
        gap = (dt.date(2024, last.month, last.day) - dt.date(2024, first.month, first.day)).days
    except ValueError:
        return (mention,)
    if gap in (1, -365):  # the next day ("31 December and 1 January" too)
        return (mention,)
    end, start = match.start(form + "to"), match.end(form + "to")
    text = match.string
    head = text[match.start() : end].rstrip(" ,")
    start += len(text[start : match.end()]) - len(text[start : match.end()].lstrip())
    return (Mention("day", match.start(), match.start() + len(head), head, first=first),
            Mention("day", start, match.end(), text[start : match.end()].strip(), first=last))


def _day(day: str | None, month: str | int | None, year: str | None, weekday: str | None) -> DayPart | None:
    if day is None or month is None:
        return None
    number = int(day.rstrip("stndrh"))
    month_number = month if isinstance(month, int) else MONTHS[month.lower().rstrip(".")]
    if not 1 <= month_number <= 12 or number > _days_in(month_number, int(year) if year else 2024):
        return None  # "31 November": not a date
    week = WEEKDAYS[weekday.lower().rstrip(".")] if weekday else None
    return DayPart(number, month_number, int(year) if year else None, week)


def _numeric(first: str, second: str, year: str, separator: str, order: str) -> DayPart | None:
    a, b = int(first), int(second)
    if not order and separator in ".-":
        order = "dmy"  # 17.12.2024 and 24-04-2019: month-first dates are written with slashes only
    if order == "mdy" or (not order and a <= 12 < b):
        a, b = b, a
    elif not order and a <= 12 and b <= 12 and a != b:
        return None  # 03/04/2024: the source must say which convention it follows
    return _day(str(a), b, year, None)


def _days_in(month: int, year: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


NEAR_DAYS = 250  # a weekday that fits this near the day in context is of that day's year (resolve.py too)


def resolve_day(part: DayPart, context: dt.date) -> tuple[dt.date, bool, str]:
    """The calendar day of `part`, its year taken from `context` when the text gave none.

    Returns (day, year_inferred, note). A year-less date is put in the year
    that brings it nearest to `context` (a January date in a December item
    falls in the next year); a weekday given with it picks among the nearest
    years the one where it falls on that weekday. A weekday that contradicts
    the date is reported in the note; the date, being more specific, wins.
    """
    if part.year is not None:
        day = dt.date(part.year, part.month, part.day)
        return day, False, _weekday_note(part, day)
    candidates = []
    # Three years around the context; four each way for 29 February, which needs a leap year.
    spread = 4 if (part.month, part.day) == (2, 29) else 1
    for year in range(context.year - spread, context.year + spread + 1):
        if part.day <= _days_in(part.month, year):
            candidates.append(dt.date(year, part.month, part.day))
    candidates.sort(key=lambda d: abs((d - context).days))
    if part.weekday is not None:
        matching = [d for d in candidates if d.weekday() == part.weekday and abs((d - context).days) < NEAR_DAYS]
        if matching:
            return matching[0], True, ""
    day = candidates[0]
    return day, True, _weekday_note(part, day)


def _weekday_note(part: DayPart, day: dt.date) -> str:
    if part.weekday is None or part.weekday == day.weekday():
        return ""
    said = dt.date(2024, 1, 1 + part.weekday).strftime("%A")  # 2024-01-01 was a Monday
    return f"the text says {said}, but {day.day} {day:%B %Y} is a {day:%A}"
