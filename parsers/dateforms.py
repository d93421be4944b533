"""The forms of the date and time grammar as one regular expression, `GRAMMAR` (and `GLUED`). Pure.

Each form is built from small named parts so it reads as the prose it matches; dates.py lists them.
"""

from __future__ import annotations

import re

from parsers.clock import AMPM as _AMPM
from parsers.datewords import LONG_ZONE_LABELS, MONTHS, ORDINALS, WEEKDAYS, ZONE_LABELS, by_first_letter
from parsers.datewords import spelled_names as _names

# Full month names may also be in lower case ("Monday 2 april 2012"); a day number always goes with them.
_LOWER_MONTHS = by_first_letter([n for n in sorted(MONTHS, key=len, reverse=True) if len(n) > 3])
_MONTH = rf"(?:{_names(MONTHS)}|{_LOWER_MONTHS})(?:\.|\b)"
_LOWER_WEEKDAYS = by_first_letter([n for n in sorted(WEEKDAYS, key=len, reverse=True) if len(n) > 5])
# A full weekday name in lower case too ("thursday 28 february"), as the month may be: a day always follows it.
_WEEKDAY = rf"(?:{_names(WEEKDAYS)}|{_LOWER_WEEKDAYS})(?:\.|\b)"
# ("28TH JANUARY, 2016": an order paper in capitals writes the ordinal's letters in capitals too)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?\b"
# "on 17thMay": an ordinal's letters run into the month's capital, the space left out (only before a capital)
_DAY_GLUED = rf"{_DAY}|(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=[A-Z][a-z])"
# A day in words, tens and units joined by a hyphen or a space ("twenty-first", "Twenty First"); not a word
# that goes on ("the second-largest", "fourth-quarter").
_DAY_WORD = "(?:" + "|".join("[- ]".join(f"[{p[0]}{p[0].upper()}]{p[1:]}" for p in w.split("-"))
                             for w in sorted(ORDINALS, key=len, reverse=True)) + r")\b(?!-)"
_YEAR = r"(?:19|20)\d\d\b"
# "December fourth at 10 a.m." names a day; "December first responders", "January second graders" do not.
_WORD_DAY_ENDS = r"(?!\s+(?!(?:at|from|to|through|until|till|and|or|on|in|of|for|by|the|this|next|with)\b)[a-z])"
# "14th & 15th March": "&" joins two days as "and" does; "14/15 November", the two days of a meeting, so does "/".
_TO = r"(?:-|–|—|to|until|till|through|and|&|/)"
_Y_SEP = r"(?:\s*,?\s*|\s+in\s+)"  # "July 15-24, 2022", "July 15-24 in 2022"
# "April 13(W) & 14(TH), 2022": a weekday's letters in brackets right after its day, as meeting schedules write them
_DAY_LETTERS = r"(?:\s?\((?:M|Tu|TU|W|Th|TH|F|Sa|SA|Su|SU)\))?"
# "Sep. 28 (Mon) – Sep. 30 (Wed)", "October 17 (Tue) - December 8 (Fri), 2023": in a span, each end's weekday may be
# its short name in brackets, as Japanese societies' pages write them (a single day keeps its weekday, read apart)
_SPAN_DAY_LETTERS = r"(?:\s?\((?:M|Tu|TU|W|Th|TH|F|Sa|SA|Su|SU|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\))?"
_CLOCK_AFTER_DAY = r"\d?\s?(?:[:hH][0-5]\d|\.[0-5]\d(?![.\d/])|[AaPp]\.?[Mm]\b)"  # "10:00", "10.30", "10 am"
# What stands before the last weekday of a run ("Monday - Friday", "Monday to Friday"), each a look-behind's width.
_RUN_OF_WEEKDAYS = ("[-–—] ", "[-–—]", r"\bto ", r"\btill ", r"\buntil ", r"\bthrough ")
_AFTER_A_RUN = "|".join(f"(?<={words})" for words in _RUN_OF_WEEKDAYS)
_NOT_AFTER_A_RUN = "".join(f"(?<!{words})" for words in _RUN_OF_WEEKDAYS)
_THE_ORDINAL = r"(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b))?"  # "the 18th and 19th of March"; not "the 23-24 March"
# "Monday and Tuesday, January 20 and 21": two weekdays joined by "and", the comma then joining them to their days
# (not "Saturday and Sunday March 24-25", a heading read as before).
_AND_WEEKDAY = rf"(?:and|&)(?=\s*{_WEEKDAY}\s*,)"


# "Saturday 05. Sep. 2020", "Sunday 23. May. 2021": a day's number with the full stop of German order before an English
# month's name; only where a year follows the month ("page 5. May we ..." is two sentences).
_DOTTED_DAY = rf"(?<=\d)\.\s+(?={_MONTH}\s*,?\s*{_YEAR})"


def _g(name: str, pattern: str) -> str:
    return f"(?P<{name}>{pattern})"


def _dmy(p: str) -> str:
    # A day in words only with "of" ("the fourth of July"): "the second May in a row" names no day. "The 8th day of
    # December, 2026": the formal day of proclamations and notices of sittings.
    return (rf"(?:{_g(p + 'w', _WEEKDAY)}\s*,?\s*(?:\(\s*)?(?:the\s+)?)?"
            rf"(?:{_g(p + 'd', _DAY_GLUED)}(?:\s+(?:day\s+)?of)?"
            rf"|(?:[Tt]he\s+)?{_g(p + 'o', _DAY_WORD)}\s+(?:day\s+)?of)"
            rf"(?:\s+|(?<=[a-z])(?=[A-Z])|{_DOTTED_DAY})"
            rf"{_g(p + 'm', _MONTH)}(?:{_Y_SEP}{_g(p + 'y', _YEAR)}|{_short_year(p)}|{_bare_short_year(p + 'q')})?"
            rf"(?:\s*\))?{_weekday_after(p)}")


def _mdy(p: str) -> str:
    # "August, 21, 2025": a comma after the month only where a year follows ("In May, 12 ministers" is no date).
    # "Jan.5", "Sept.28": an abbreviation's full stop may stand for the space before the day; "October the 12th".
    # "Tuesday (Dec. 8)": the date in brackets after its weekday, as _dmy reads "Thursday (10 December)".
    return (rf"(?:{_g(p + 'w', _WEEKDAY)}\s*,?\s*{_g(p + 'b', '[(]')}?\s*)?{_g(p + 'm', _MONTH)}"
            rf"(?:\s+|,\s*(?=\d\d?\s*,\s*(?:19|20)\d\d\b)|(?<=[a-z]\.)(?=\d)|\s+the\s+(?=\d\d?(?:st|nd|rd|th)\b))"
            rf"(?:{_g(p + 'd', _DAY)}(?![:.]\d){_DAY_LETTERS}|{_g(p + 'o', _DAY_WORD)}{_WORD_DAY_ENDS})"
            rf"(?:{_Y_SEP}{_g(p + 'y', _YEAR)}|{_short_year(p)})?(?({p}b)\s*\)){_weekday_after(p)}")  # (its bracket)


_TWO_DIGITS = r"\d\d"


def _short_year(p: str) -> str:
    # "10 Dec '26", "Dec. 10 '26": the year's last two digits after an apostrophe, as posters and flyers write it
    return rf"\s*,?\s*['’]{_g(p + 'z', _TWO_DIGITS)}\b(?!['’])"


# "26 Aug 13", "17 Oct 12 - 17 Dec 13", "03 Mar 19, 10:00": two digits after the month, no apostrophe, a year where
# the line ends, the span's other end or a 24-hour clock follows ("14 March 10 - 12 noon" is none)
def _bare_short_year(name: str) -> str:
    return (rf"[ \t]+{_g(name, _TWO_DIGITS)}(?=[ \t]*(?:\r?\n|$)|[ \t]*[-–—][ \t]*\d\d?[ \t]+{_MONTH}"
            r"|,?[ \t]+(?:[01]\d|2[0-3])[:.h][0-5]\d(?!\d))")


def _weekday_after(p: str) -> str:
    # "March 28, Thursday", "December 8th (Thursday)": the weekday after the date; not one that opens the next
    # date of a list ("Tuesday, February 7, Wednesday, February 8"), nor a run of weekdays ("Monday to Friday").
    return (rf"(?:(?:\s*,\s*|\s*\(\s*){_g(p + 'v', _WEEKDAY)}(?:\s*\))?"
            rf"(?!\.?\s*,?\s*(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d)"
            rf"|\s*(?:to|until|till|through|-|–)\s*{_WEEKDAY}))?")


_DATE_FORMS = {
    # Spans first: "19 to 22 November" must not be read as "22 November".
    # "Tuesday-Thursday, 23-25 May" too, and "Monday and Tuesday, January 20 and 21" (each weekday its day's);
    # "the 18th and 19th of March", "18th of March to 20th of March".
    # "28-2 September-October 2026": two days, then their two months, only across a month's end ("5-6 May-July" is not)
    "dmm": (rf"{_g('dmm1', '2[4-9]|3[01]')}\s*[-–]\s*{_g('dmm2', '0?[1-9]')}\s+{_g('dmma', _MONTH)}\s*[-–/]\s*"
            rf"{_g('dmmb', _MONTH)}"
            rf"(?:\s*,?\s*{_g('dmmy', _YEAR)})?"),
    "sd": (rf"(?:(?:from|{_g('sdb', 'between|Between')}|From)\s+)?"
           rf"(?:{_g('sd0w', _WEEKDAY)}\s*(?:[-–]|{_AND_WEEKDAY})\s*)?"
           rf"(?:{_g('sd1w', _WEEKDAY)}\s*,?\s*)?{_THE_ORDINAL}{_g('sd1d', _DAY)}"
           rf"(?:\s+(?:(?:day\s+)?of\s+)?{_g('sd1m', _MONTH)}"
           rf"(?:\s*,?\s*{_g('sd1y', _YEAR)}|{_bare_short_year('sd1q')})?)?"
           rf"\s*(?(sdb),?\s*){_g('sdto', _TO)}\s*"
           rf"(?:{_g('sd2w', _WEEKDAY)}\s*,?\s*)?{_THE_ORDINAL}{_g('sd2d', _DAY)}"
           rf"\s+(?:(?:day\s+)?of\s+)?{_g('sd2m', _MONTH)}"
           rf"(?:{_Y_SEP}{_g('sd2y', _YEAR)}|{_bare_short_year('sd2q')})?"),
    "sm": (rf"(?:(?:from|{_g('smb', 'between|Between')}|From)\s+)?"
           rf"(?:{_g('sm0w', _WEEKDAY)}\s*(?:[-–]|{_AND_WEEKDAY})\s*)?"
           rf"(?:{_g('sm1w', _WEEKDAY)}\s*,?\s*)?"
           rf"{_g('sm1m', _MONTH)}\s+{_g('sm1d', _DAY)}(?![:.]\d){_SPAN_DAY_LETTERS}(?:\s*,?\s*{_g('sm1y', _YEAR)})?"
           # "between May 24th, and May 28th, 2021": after "between", a comma may stand before "and"
           rf"\s*(?(smb),?\s*){_g('smto', _TO)}\s*"
           rf"(?:{_g('sm2w', _WEEKDAY)}\s*,?\s*)?(?:{_g('sm2m', _MONTH)}\s+)?{_THE_ORDINAL}{_g('sm2d', _DAY)}(?![:.]\d)"
           # ("March 10, 2026 - 10 a.m.", "... — 12 noon": a clock after the date, no second day)
           rf"(?!{_CLOCK_AFTER_DAY}|\s?(?:noon|midday|o['’]clock)\b){_SPAN_DAY_LETTERS}"
           rf"(?:{_Y_SEP}{_g('sm2y', _YEAR)})?"),
    # "on 5, 6 and 7 September": days listed one by one, read as one span (as "5 and 7 March" is).
    # "Tuesday 23, Wednesday 24 and Thursday 25 April 2024": each day with its weekday.
    "sl": (rf"(?:{_WEEKDAY}\s*,?\s*)?{_g('sl1', _DAY)}(?:\s*,\s*(?:{_WEEKDAY}\s*,?\s*)?{_DAY}){{1,5}}\s*,?\s*"
           rf"(?:and|&)\s*(?:{_WEEKDAY}\s*,?\s*)?{_g('sl2', _DAY)}\s+{_g('slm', _MONTH)}"
           rf"(?:\s*,?\s*{_g('sly', _YEAR)})?"),
    # "April Tuesday 23, Wednesday 24 and Thursday 25, 2024", "May 5, 6 and 7": the month before the listed days.
    "ml": (rf"{_g('mlm', _MONTH)}\s+(?:{_WEEKDAY}\s*,?\s*)?{_g('ml1', _DAY)}(?![:.]\d)"
           rf"(?:\s*,\s*(?:{_WEEKDAY}\s*,?\s*)?{_DAY}(?![:.]\d)){{1,5}}\s*,?\s*(?:and|&)\s*"
           rf"(?:{_WEEKDAY}\s*,?\s*)?{_g('ml2', _DAY)}(?![:.]\d)(?:\s*,?\s*{_g('mly', _YEAR)})?"),
    "dd": _dmy("dd"),
    "dm": _mdy("dm"),
    # "2026-04-14", and "2026-04-14T09:30:00-04:00" (ISO 8601, as pages and feeds stamp an event's start): the day,
    # then its clock with its offset from UTC ("Z" is UTC itself).
    "iso": (r"\b(?P<isoy>(?:19|20)\d\d)-(?P<isom>[01]\d)-(?P<isod>[0-3]\d)"
            r"(?:T(?P<isoh>[01]\d|2[0-3]):(?P<isoi>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?"
            r"(?P<isoz>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?\b"),
    # "2026.10.04", "2026/10/4": year, month and day, as East Asian and some European texts write them.
    "ymd": (r"\b(?P<ymdy>(?:19|20)\d\d)(?P<ymds>[./])(?P<ymdm>1[0-2]|0?[1-9])(?P=ymds)(?P<ymdd>3[01]|[12]\d|0?[1-9])"
            r"\b\.?(?![.:/-]?\d)"),
    # "3/11/2019 - 5/11/2019": a span of numeric dates, written alike.
    "nsp": (r"\b(?P<nspa>[0-3]?\d)(?P<nsps>[/.-])(?P<nspb>[0-3]?\d)(?P=nsps)(?P<nspy>(?:19|20)\d\d)\s*[-–—]\s*"
            r"(?P<nspc>[0-3]?\d)(?P=nsps)(?P<nspd>[0-3]?\d)(?P=nsps)(?P<nspz>(?:19|20)\d\d)\b(?![.:/-]\d)"),
    # "Wednesday 10/12/2026": a weekday before a numeric date tells which number is the month.
    "num": (rf"(?:(?P<numw>{_names(WEEKDAYS)})\.?,?\s+)?"
            r"\b(?P<numa>[0-3]?\d)(?P<nums>[/.-])(?P<numb>[0-3]?\d)(?P=nums)(?P<numy>(?:19|20)\d\d)\b(?![.:/-]\d)"),
    # "12. 02. 2021.": day, month and year each closed by a stop and parted by a space, as Hungarian, Czech and
    # Slovak pages stamp their news; always in that order, the year in four figures.
    "nsd": (r"\b(?P<nsda>3[01]|[12]\d|0?[1-9])\. (?P<nsdb>1[0-2]|0?[1-9])\. (?P<nsdy>(?:19|20)\d\d)\b(?![.:/-]?\d)"),
    # "am Montag (06.11.23)", "am 06.11.23", "Bern, 04.03.19 – ": a dotted date with a two-digit year in brackets, after
    # "am" or after a dateline's town (before its dash or the line's end); elsewhere it may be a version or a score.
    "ny2": (r"(?:(?<=\()|(?<=\bam\s)|(?<=[a-z],\s)(?=[0-3]?\d\.[01]?\d\.\d\d(?:[ \t]*(?:\n|$)|[ \t]+[–—-][ \t]+[A-Z])))"
            r"(?P<ny2a>3[01]|[12]\d|0?[1-9])\.(?P<ny2b>1[0-2]|0?[1-9])\.(?P<ny2y>\d\d)(?![\d.:/-])"),
    # "When: 9/7/19", "Date: 11/23/21", "on 9/7/19", "Sat., 9/7/19": a slashed date with a year of two digits, as
    # event cards and US listings write it; only after a date's field label, "on" or a weekday, or right before a
    # clock time ("08/06/20, 9:00 AM - 10:30 AM", an event page's date line), for elsewhere such numbers may be
    # scores, ratios or versions. The order is the item's or its country's, as for "10/12/2026".
    # ("Canberra, 12/03/19": so after a dateline's town, the line ending there or its dash following)
    "ns2": (rf"(?:(?<=[Ww]hen:\s)|(?<=[Dd]ate:\s)|(?<=[Dd]ates:\s)|(?<=\b[Oo]n\s)|(?P<ns2w>{_names(WEEKDAYS)})\.?,?\s+"
            r"|(?<=[a-z],\s)(?=[0-3]?\d/[0-3]?\d/\d\d(?:[ \t]*(?:\n|$)|[ \t]+[–—-][ \t]+[A-Z]))"
            r"|(?<![\w/.,-])(?=[0-3]?\d/[0-3]?\d/\d\d,?[ \t]+(?:(?:at|@)[ \t]+)?(?:(?:[01]?\d|2[0-3]):[0-5]\d"
            rf"|(?:1[0-2]|0?[1-9])\s*{_AMPM})))"
            r"(?P<ns2a>[0-3]?\d)/(?P<ns2b>[0-3]?\d)/(?P<ns2y>\d\d)(?![\d/.:-]|\.\d)"),
    # "10/8 7:00 p.m.", "28.4. 18:00", "6.11. um 20.15 Uhr": a day and month without a year, as rows of a
    # calendar under its year write them; only right before a clock time, where no fraction, score or clause
    # number stands (and with its closing full stop when dotted: "3.5 10:00" may be a number).
    "nd": (r"\b(?P<nda>[0-3]?\d)(?:/(?P<ndb>[0-3]?\d)|\.(?P<ndc>1[0-2]|0?[1-9])\.)"
           # ("19/01 – 10h00: Meeting with the mayor": a dash may part them, the clock may say its hour with "h")
           rf"(?=,?[ \t]+(?:[-–—][ \t]+)?(?:(?:um|at)[ \t]+)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\.?\d)"
           rf"|(?:[01]?\d|2[0-3])\s*{_AMPM}"
           # ("Samstag, 14.6., 10 bis 14 Uhr", "14.6. ab 10 Uhr": German hours, said with "Uhr")
           r"|(?:(?:ab|von)[ \t]+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t]*(?:(?:bis|-|–)[ \t]*(?:[01]?\d|2[0-3])"
           r"(?:[:.][0-5]\d)?[ \t]*)?Uhr\b))"),
    # "Tuesday, 8/26:", "Wed 27/8": a weekday before a slashed day and month with no year, as week schedules head
    # their days; the weekday makes it a date (alone "8/26" may be a fraction or a score), the year is in context.
    "wsl": (rf"\b(?P<wslw>{_names(WEEKDAYS)})\.?,?[ \t]+(?P<wsla>[0-3]?\d)/(?P<wslb>[0-3]?\d)\b(?![/.-]?\d)"),
    # "05-May-08", "11-Feb-2026": a day, a month's abbreviation and a year, as diaries and forms print them.
    "dmy2": rf"\b(?P<dmy2d>[0-3]?\d)-(?P<dmy2m>{_names(MONTHS)})-(?P<dmy2y>(?:19|20)?\d\d)\b",
    "rel": (r"\b(?P<rel>(?:(?:[Ll]ater|[Ee]arlier)\s+)?(?:(?:[Oo]n|[Dd]uring|[Ii]n)\s+)?"
            r"(?:[Tt]he\s+(?:same\s+(?:day|morning|afternoon|evening|night)|following\s+(?:day|morning|afternoon|evening)|next\s+(?:day|morning|evening)"
            r"|day\s+(?:after(?!\s+tomorrow)|before(?!\s+yesterday))|previous\s+day|preceding\s+day)"
            r"|[Tt]hat\s+(?:same\s+)?(?:day|morning|afternoon|evening|night)"
            r"|(?:[Ss]traight|[Ii]mmediately|[Dd]irectly|[Ss]hortly|[Rr]ight)\s+afterwards?"
            # "Later in the day, he addresses ...": the day in context, later on
            r"|(?<=[Ll]ater\s)in\s+the\s+(?:day|afternoon|evening))"
            # "Two days later", "three days after that": days after the day in context.
            r"|(?P<reln>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[2-9])\s+days\s+(?:later|afterwards|after\s+that))\b"),
    # "today(11.27)", "tomorrow(12.5)": the day's numbers in brackets after it say the same day (no clock time).
    # "this morning", "this evening", "tonight": a part of the publication day, as today is ("last night": of the
    # day before it).
    # "the day after tomorrow", "the day before yesterday": two days from the publication day.
    # ("the needs of today", "the jobs of today and of tomorrow", "leaders of tomorrow": the present age and the
    # future, no day.)
    "pub": (r"\b(?P<pub>(?:[Tt]he\s+day\s+after\s+)?(?<! of )[Tt]omorrow|(?:[Tt]he\s+day\s+before\s+)?[Yy]esterday"
            r"|(?<!needs of )(?<!demands of )(?<!challenges of )(?<!problems of )(?<!jobs of )(?<!world of )"
            r"(?<!leaders of )(?<!realities of )(?<!society of )(?<!requirements of )[Tt]oday"
            r"|[Tt]his\s+(?:morning|afternoon|evening)|[Tt]onight|[Ll]ast\s+(?:night|evening))\b"
            r"(?:\s?\((?:[0-3]?\d)[./](?:[0-3]?\d)\.?\))?"),
    # A weekday alone ("On Wednesday, the ..."); not one that starts a date ("On Wed. 22 Nov.",
    # "On Thursday, May 2"): the look-ahead covers the optional full stop, so no backtracking gets past it.
    # "from Tuesday to Thursday": days of the week in context, one after the other; not "Tuesday to Thursday,
    # 23-25 May" (a span of dates, read above) nor a weekday that opens a date.
    "wsp": (rf"\b(?:[Ff]rom\s+)?(?P<wsp1>{_names(WEEKDAYS)})\b\s*(?:to|until|till|through|-|–)\s*"
            rf"(?P<wsp2>{_names(WEEKDAYS)})\b(?!\.?\s*,?\s*\(?\s*(?:the\s+)?(?:\d|{_MONTH}))"),
    # A day heading of a programme that gives the weekday and the day's numbers and nothing more on its line:
    # "Sunday 8", "Mon 9 |" (the month is the one in context), "tuesday 28.4", "Friday 1.5." (day, then month, as
    # Europe writes it; a weekday in lower case too). Only at the line's end or before a cell's bar, where no clock
    # time stands ("Tuesday 10.30" has no month 30; the weekday must fit the day read).
    # "Thursday the 4th": the weekday and its day of the month, the month in context (anywhere in a line).
    "wn": (rf"\b(?P<wnw>{_names(WEEKDAYS)}|{_LOWER_WEEKDAYS})\.?,?[ \t]+"
           r"(?:the[ \t]+(?P<wnt>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
           r"|(?:(?P<wnd>3[01]|[12]\d|0?[1-9])"
           r"|(?P<wna>3[01]|[12]\d|0?[1-9])\.(?P<wnb>1[0-2]|0?[1-9])\.?)(?=[ \t]*(?:\||\r?\n|$)))"),
    # "Friday (09)", as South Asian papers write it: the weekday and, in brackets, its day of the month.
    # "Tuesday(11.28)", "Wednesday (12.8.)": its day and month in brackets, in either order (the weekday tells).
    # "will vote on the 14th at 18:00": a day of the month alone, the next such day from the item's (only before a
    # time, a place or the clause's end: "on the 14th floor", "on the 2nd day" are no dates)
    # ("on the 27th of this month": the month said in words is the one in context)
    # ("for 12th instant", "on the 3rd inst.": the day of this month, as South Asian English says it)
    "od": (r"\b[Oo]n\s+the\s+(?P<odn>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b(?:\s+of\s+this\s+month\b)?"
           r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|from|in|between|starting|when)\b|\s+\d{1,2}[:.h]?\d\d)"
           r"|\b(?P<odi>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\s+(?:instant\b|inst\.)"
           # "21st: Mechanised parade at the stadium": a row of a programme opened by its day of the month alone
           # ("16 - 21st: Fan Park", "17 - 19th:": a row opened by a span of days of the month alone)
           r"|(?m:^)[ \t]*(?:(?P<ods>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?[ \t]*[-–][ \t]*)?"
           r"(?P<odr>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=[ \t]*:)"),
    # (wdr: the weekday ends a run of weekdays, "Monday - Friday")
    "wd": (rf"\b(?:(?P<wdr>{_AFTER_A_RUN})|{_NOT_AFTER_A_RUN})"
           rf"(?:[Oo]n\s+)?(?P<wdw>{_names(WEEKDAYS)})\b"
           r"(?:\s?\((?P<wdn>0?[1-9]|[12]\d|3[01])\)"
           r"|\s?\((?P<wda>0?[1-9]|[12]\d|3[01])[./](?P<wdb>0?[1-9]|[12]\d|3[01])(?:[./](?:\d\d){1,2})?\.?\)"
           # "on Tuesday 8th at 7pm": the weekday and its day of the month as an ordinal, no month ("Tuesday 8th
           # December" is a full date, and "Monday, 15th and Tuesday, 16th December" a list of them, read above;
           # "Tuesday 29th of Jumada Al Owla" is of another calendar's month)
           # (nor the end of a run, "from Monday 7th to Friday 11th", a span of days without their month)
           rf"|(?(wdr)(?!)|\s*,?\s*(?P<wdo>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
           rf"(?!\s*,?\s*(?:of\b|{_MONTH}|(?:and|&|to|until|till|through|[-–—])\s)))"
           # not before a date ("Tuesday, 10 March"); before a time it is a weekday still ("Tuesday, 10:00 hrs"),
           # unless it ends a run of weekdays ("Monday - Friday 6:00 am - 6:00 pm": hours of opening, read as before)
           rf"|(?!\.?\s*,?\s*\(?\s*(?:the\s+)?(?:\d(?(wdr)|(?!{_CLOCK_AFTER_DAY}))|{_MONTH}))"
           # "on Thursday and Friday, January 23 and 24": the first of two weekdays of a span of dates, read above
           rf"(?!\s*(?:and|&)\s*{_WEEKDAY}\s*,\s*(?:\d|{_MONTH}))\.?)"),
}
# "Wednesday 11/5": the weekday before a slashed day, which also tells an item how its numbers run (yearclues)
WEEKDAY_SLASHED_FORM = _DATE_FORMS["wsl"]

_HOUR = r"(?:[01]?\d|2[0-3])"
_HRS = r"(?:hrs|hours|HRS|HOURS|Hrs|Hours|horas|Horas|HORAS)\b"  # "10:30 horas" after a Spanish date
# "10: 45 a. m." (a space after the colon), "14 h 45", "15 h" and "10H00" (French style): forms seen in the wild.
# "10:29:14 p.m. EDT", "14:32:10 UTC": a launch's second, where a zone follows; a race's "2:05:37" and a page's
# "last revised ..., 04:22:05 PM" name none.
_SECONDS = rf"(?::[0-5]\d(?=\s*(?:{_AMPM}\s*)?\(?\s*(?:{ZONE_LABELS})\b|\s*(?:{_AMPM}\s*)?[Ll]ocal\s))?"
# ("10:00H", "11:00 hrs. local time": the hour's letter, and the abbreviation's dot before the clock's name)
_CLOCK_TIME = (rf"(?:{_HOUR}(?:(?::\s?|[.h])[0-5]\d{_SECONDS})?\s*{_AMPM}|{_HOUR}[:.hH][0-5]\d{_SECONDS}"
               # ("12:00 noon Beijing time": the hour said twice, the zone after both; "12.00noon-8.00pm": glued)
               rf"(?:\s*(?:{_HRS}(?:\.(?=\s+(?:[Ll]ocal\s+time|\(?[A-Z]{{2,5}}\b)))?|h\b)|H\b(?!\.)"
               r"|(?<=12[:.]00)\s?(?:noon|midday)\b)?"
               rf"|{_HOUR} h [0-5]\d\b|{_HOUR} h(?= \|? ?[A-Z])|{_HOUR}h(?=\s*[-–—:]\s|\s\(?(?:{ZONE_LABELS})\b)"
               # wire: "0600 GMT"; forces: "0930 Zulu"
               rf"|(?:[01]\d|2[0-3])[0-5]\d\s*{_HRS}|(?:[01]\d|2[0-3])[0-5]\d(?=\s(?:GMT|UTC|Zulu|ZULU)\b)"
               # aviation: "0900L", the local hour (as a notice to airmen writes it), where a range, punctuation, a
               # line's end or a day follows (never "a 1000L tank")
               r"|(?:[01]\d|2[0-3])[0-5]\dL(?=[ \t]*(?:[-–]|and\b|to\b|until\b|[.,;)]|\r?\n|$|[A-Z][a-z]+day\b))"
               # the end of a range of such figures written once with its clock's label ("1300-1430 EST")
               rf"|(?<=\d\d[0-5]\d[-–])(?:[01]\d|2[0-3])[0-5]\d(?=\s(?:{LONG_ZONE_LABELS})\b)"
               # "16-00 hours", "12-00 noon": a dash between hour and minutes, only before the word that says clock
               rf"|{_HOUR}-[0-5]\d(?=\s*(?:{_HRS}|noon\b))(?:\s*(?:{_HRS}|noon\b))"
               # "730AM", "1030PM": hour and minutes run together and glued to am/pm ("620 AM" is a radio's
               # frequency); "12NN": noon, as Manila writes it
               # (not in a code: "form 1130AM-B")
               rf"|(?:1[0-2]|0?[1-9])[0-5]\d{_AMPM}(?![-/]\w)|12\s?NN\b"
               r"|(?:12\s*)?noon|midday|midnight"
               # "Noon –" opening a row; "Tuesday, March 3, Noon" ending a line; "at Noon"; "Noon ET Thursday:",
               # "Noon Friday –": the clock, where a name ("Dr. Lena Noon") never stands
               r"|(?:Noon|Midday|Midnight)(?=\s*(?:[-–—:,(]|to\b|until\b|$)|[ \t]*(?m:$)"
               r"|\s(?:[ECMP][SD]?T|GMT|UTC|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)"
               r"|(?<=\b[Aa]t )(?:Noon|Midday|Midnight)\b"
               # "at 10 hours", "at 15 hrs": a whole hour as Spanish and Portuguese say it ("a las 10 horas"),
               # after "at" only ("for 10 hours" is a while; "at 24 hours' notice", "at 2 hours before" too)
               rf"|(?<=\b[Aa]t ){_HOUR}\s{_HRS}(?![’']|\s+(?:notice|of|before|after|earlier|later|prior|ahead)\b))")
# A number followed by a unit is a quantity, not a time: "1.13MB" is a file size, "2.5 km" a distance.
# (A recipe's nutrition table: "Eiweiß 5.71g 6.14g", "Fett 20.32 g"; a price "6.14€".)
_NOT_A_TIME = (r"(?!\s*(?:%|per\s?cent|percent|million|billion|bn\b|km|kg|m\b|tonnes|euro|EUR|USD|dollars"
               r"|g\b|mg\b|ml\b|kcal\b|kJ\b|cm\b|mm\b|€"
               r"|[kKMGT]i?B\b|[kKMG]b\b|[kKMG]bytes?\b|bytes?\b|pages?\b"
               # "in 3:41 Minuten", "a 2:05 min run": a duration, not a clock time
               r"|min\b|mins\b|minutes?\b|[Mm]inuten\b|secs?\b|seconds?\b|[Ss]ekunden\b)|[.,:]?\d"
               # "(12.11.)", "am 4.11., ...": day and month with their closing dot, as German writes a date
               r"|\.[),]"
               # "from 11.26-12.1": month.day to month.day, as East Asian texts write a trip; no clock ends at "12.1"
               r"|\s?[-–]\s?\d\d?\.\d(?![\d:.]))")
# A part of a law or a document ("Title 3.36", "Section 10.30"), or a German result after "eine" ("eine 3:41 läuft").
_NOT_A_PART = "".join(f"(?<!{w} )" for w in ("Title Section Sections Chapter Article Art. Sec. Rule Paragraph § §§ "
                                              "Item Clause eine einer einen Eine Einer Einen").split())
# Words that make "X time" a part of a day or of a sitting, not a clock: "Question Time", "Free time", "Lunch time".
_NOT_A_CLOCK = (r"(?:Question|Free|Lunch|Tea|Coffee|Prime|Screen|Story|Play|Half|Extra|Full|Injury|Quiet|Family"
                r"|Reading|Speaking|Break|Travel|Show|Closing|Opening|Start|Starting|Arrival|Departure|Registration"
                r"|Dinner|Game|Prayer|Private|Members|Member|Down|Bed|Nap|Supper|Meal|Social|Study)\s")
# "GMT+8", "UTC/GMT +5:30" (both names of the clock, as some releases write them)
# ("5 p.m. local (2200 GMT)": "local" alone, before the same moment on another clock, as wires write it)
_ZONE_LABEL = (r"(?:(?:UTC|GMT)\s?/\s?)?(?:UTC|GMT)\s?[+−-]\s?\d\d?(?::?\d\d)?|" + ZONE_LABELS + r"|[Ll]ocal\s+time"
               r"|[Ll]ocal(?=\s\((?=[^()]{0,20}\d))"
               # "Geneva time", "Eastern Time"; not what an agenda's row names ("2:00pm Question Time", "Free time")
               # ("Bogotá time", "Zürich time": a town's name may carry an accent)
               r"|(?!" + _NOT_A_CLOCK + r")[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z][a-zà-öø-ÿ]+){0,3}\s+[Tt]ime"
               r"|[A-Z]{2,3}\s+time"  # "UK time": a country's initials
               # "8:30 a.m. E.T.": North America's clock letters with dots, as wire copy writes them (the last
               # dot stays outside, where it may end the sentence)
               r"|[ECMP]\.(?:[SD]\.)?T(?=\.)"
               # "8:15 central time": the North American clocks, in lower case as news copy writes them
               r"|(?:eastern|central|mountain|pacific)(?:\s(?:standard|daylight))?\s+time"
               # "10:00 a.m. Japan standard time": a country's clock, its kind in lower case
               r"|[A-Z][a-z]+\s(?:standard|daylight|summer)\s+time"
               # "2 p.m. Eastern on June 10": a North American clock's name alone, where the sentence goes on
               # with a day, a place or punctuation (never "10 a.m. Pacific Islands Forum", "Central Bank"), or at the
               # end of its line or before a card's next field ("10:00 a.m. Central" / "WHERE: Online")
               r"|(?:[Ee]astern|[Cc]entral|[Mm]ountain|[Pp]acific)"
               # ... or an aside of the time on another clock ("11 a.m. Eastern (4 p.m. GMT)", "9 a.m. Pacific / 12 ET")
               r"(?=\s*(?:[,;)]|\.(?!\w)|$|\n)|\s(?:on|at|in|and)\b|\s+[A-Z][A-Za-z]{1,15}\s?:|\s\((?=[^()]{0,20}\d)"
               r"|\s?/\s?\d)")


_RANGE_START = (_CLOCK_TIME
                # "15. 00 – 16.00": a stray space after the start's dot, where an end with its minutes follows
                + "|" + _HOUR + r"\.\s[0-5]\d(?=\s*[-–]\s*" + _HOUR + r"[.:][0-5]\d)"
                + "|" + _HOUR + r"(?::\s?[0-5]\d)?"  # "9: 30 – 10: 30 a. m.", "from 2-6 p.m."
                # "0930-1030 hrs", "from 0930 to 1100 hours", "1400-1530 GMT": a military or wire start whose "hrs"
                # or clock is written once, after the end
                + r"|(?:[01]\d|2[0-3])[0-5]\d(?=(?:\s?[-–]\s?|\s+to\s+)(?:[01]\d|2[0-3])[0-5]\d"
                + rf"(?:\s*{_HRS}|\s(?:GMT|UTC)\b))"
                # "1300-1430 EST": so with another clock's label (not "2019-2020 EST", two years)
                + r"|(?!(?:19|20)\d\d-(?:19|20)\d\d)(?:[01]\d|2[0-3])[0-5]\d(?=[-–](?:[01]\d|2[0-3])[0-5]\d"
                + rf"\s(?:{LONG_ZONE_LABELS})\b)"
                # "730-1130AM": a run-together start whose am/pm is written once, after the run-together end
                + rf"|(?:1[0-2]|0?[1-9])[0-5]\d(?=\s?[-–]\s?(?:1[0-2]|0?[1-9])[0-5]\d{_AMPM})")


# "from 9:30 to 11", "10.30-12,": an end written as a bare hour after a start with its minutes, where the
# sentence goes on with a place, a zone or punctuation (never a day: "from 9:30 to 11 March").
# (The start has its minutes or am/pm: "beat Riverside 2-1 on Sunday" is a score.)
_BARE_END = (r"(?:(?<=[:.h]\d\d to )|(?<=[:.h]\d\d[-–])|(?<=[:.h]\d\d [-–] )|(?<=[ap]m to )|(?<=[ap]m[-–]))" + _HOUR
             + rf"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s(?:at|in|on|and|with|local)\b|\s\(?(?:{ZONE_LABELS})\b)")

# "AWSTwith": a label of three or more capitals glued to the lower-case word after it still ends there.
_LABEL_END = r"(?:\b|(?<=[A-Z]{3})(?=[a-z]{2}))"


def _zone(p: str) -> str:
    # The space before a closing bracket belongs to the label, never the line break after a bare label.
    # "16:00 - 17:00 | East Africa Time", "13:00 - 14:00 | West African Countries (GMT)": a table's next cell may
    # name the clock, alone or in brackets after the region's name.
    return (rf"(?:\s*(?:\|\s*(?:[A-Z][\w/'.-]*\s+){{0,4}}(?=\()|\|\s*)?\(?\s*{_g(p + 'zone', _ZONE_LABEL)}{_LABEL_END}"
            r"(?:\s*\))?)?")


_TIME_FORMS = {
    # "and" makes a range only after "between": "at 11:00 and 12:00" are two times, a list.
    "tr": (rf"(?:(?:from|From|at|At)\s+|{_g('trb', 'between|Between')}\s+)?{_g('t1', _RANGE_START)}"
           rf"\s*(?:-|–|—|to|To|TO|until|till|(?(trb)and|(?!)))\s*{_g('t2', _CLOCK_TIME + '|' + _BARE_END)}"
           rf"{_NOT_A_TIME}{_zone('tr')}"),
    # "at 10 in the morning", "from 7.30 in the evening": the half of the day told in words is the am/pm
    # (only after "at"/"from", where a bare number is a clock and not a count).
    "hd": (r"\b(?:at|At|from|From)\s+(?P<hdh>1[0-2]|0?[1-9])(?:[.:](?P<hdm>[0-5]\d))?\s+in\s+the\s+"
           r"(?P<hdp>morning|afternoon|evening)\b" + _zone("hd")),
    # (Not a part of a code or a document: "Title 3.36", "Section 10.30", "§ 2.15", "Chapter 7.12".)
    "t": rf"(?:\b(?:at|from|At|From)\s+)?{_NOT_A_PART}{_g('t', _CLOCK_TIME)}{_NOT_A_TIME}{_zone('t')}",
    # "at 1440": a 24-hour time without separator, only after "at" and never one that reads as a year.
    # A sentence's final full stop may follow it ("on Sunday, 2 June at 1045."), a decimal may not.
    # (Figures that may be a year, 1900 to 2359, only before "on" and a day: "at 1930 on 22 January".)
    # (Nor after a value's verb: "The index closed at 2015 on Monday" is a level.)
    # ("at about 1400": an hour told as near, the prize-giving's)
    "mil": (rf"\b(?:at|At)\s+(?:(?:about|around|approximately)\s+)?"
            rf"(?!(?:19|20)\d\d\s+(?!on\s+(?:\d|{_WEEKDAY})))(?!(?:19|20)\d\d(?!\s))"
            r"(?:(?<!closed at )(?<!stood at )(?<!ended at )(?<!settled at )(?<!peaked at )(?<!finished at )"
            r"(?<!traded at )|(?!(?:19|20)\d\d))"
            # ("at 1400H": the hour's letter after the figures, as Manila writes it)
            rf"(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?:[hH]\b)?(?![\d,:/%]|\.\d)"
            r"(?!\s?(?:Hz|kHz|MHz|kW|MW|m|km|ft|feet|metres|meters|tonnes|people|units)\b)"  # a quantity, "at 1000 Hz"
            rf"{_zone('mil')}"),
    # "at 10 o'clock", "at 3 o'clock in the afternoon", "at 10 o'clock a.m. ET": a meeting's hour of the day, the half
    # of the day told (in words or as am/pm) or else the one meetings are held in (7 to 11 in the morning, 1 to 6 after
    # noon).
    "oc": (r"(?:\b(?:at|At)\s+)?(?P<och>1[0-2]|0?[1-9])\s?o[’']\s?clock\b"
           rf"(?:\s+(?:in\s+the\s+|at\s+)(?P<ocp>morning|afternoon|evening|night)\b|\s?(?P<ocm>{_AMPM}))?"
           + _zone("oc")),
}
_ALL = "|".join(f"(?P<f_{name}>{form})" for name, form in {**_DATE_FORMS, **_TIME_FORMS}.items())
GRAMMAR = re.compile(rf"(?<![\w/.:-])(?:{_ALL})")
# A time glued to the word before it ("approximately12.00pm", "from1.00pm– 5.00pm"), as pages lose spaces:
# only times that cannot be a version or a number ("v2.10"), with am/pm or a colon.
_GLUED_TIME = rf"{_HOUR}(?:[:.][0-5]\d)?\s*{_AMPM}|{_HOUR}:[0-5]\d"
GLUED = re.compile(
    rf"(?<=[a-z])(?:(?P<f_tr>{_g('t1', _GLUED_TIME)}\s*(?:-|–|—|to)\s*{_g('t2', _CLOCK_TIME)}{_NOT_A_TIME}"
    rf"{_zone('tr')})|(?P<f_t>{_g('t', _GLUED_TIME)}{_NOT_A_TIME}{_zone('t')}))"
)
