"""The forms of dates in the date and time grammar (clockforms.py has its clocks, and joins both into `GRAMMAR`). Pure.

Each form is built from small named parts so it reads as the prose it matches; dates.py lists them.
"""

from __future__ import annotations

from parsers.clock import AMPM as _AMPM
from parsers.datewords import MONTHS, ORDINALS, ROMAN_MONTHS, WEEKDAYS, by_first_letter
from parsers.datewords import spelled_names as _names
from parsers.mentions import before_its_clock

_ROMAN = "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True))  # "VIII" before "VII", "V"

# Full month names may also be in lower case ("Monday 2 april 2012"); a day number always goes with them.
_LOWER_MONTHS = by_first_letter([n for n in sorted(MONTHS, key=len, reverse=True) if len(n) > 3])
_MONTH = rf"(?:{_names(MONTHS)}|{_LOWER_MONTHS})(?:\.|\b)"
_LOWER_WEEKDAYS = by_first_letter([n for n in sorted(WEEKDAYS, key=len, reverse=True) if len(n) > 5])
# A full weekday name in lower case too ("thursday 28 february"), as the month may be: a day always follows it.
WEEKDAY = rf"(?:{_names(WEEKDAYS)}|{_LOWER_WEEKDAYS})(?:\.|\b)"
# ("28TH JANUARY, 2016": an order paper in capitals writes the ordinal's letters in capitals too)
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|ST|ND|RD|TH)?\b"
# "on 17thMay": an ordinal's letters run into the month's capital, the space left out (only before a capital);
# "to Friday, 27January 2017": a bare day's number run into a month's full name, as pages copied from a form write it
_FULL_MONTH = by_first_letter([n.capitalize() for n in sorted(MONTHS, key=len, reverse=True) if len(n) > 4])
_DAY_GLUED = (rf"{_DAY}|(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)(?=[A-Z][a-z])"
              rf"|(?<![\w.%])(?:3[01]|[12]\d|0?[1-9])(?=(?:{_FULL_MONTH})\b)")
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
_AND_WEEKDAY = rf"(?:and|&)(?=\s*{WEEKDAY}\s*,)"


# "Saturday 05. Sep. 2020", "Sunday 23. May. 2021": a day's number with the full stop of German order before an English
# month's name; only where a year follows the month ("page 5. May we ..." is two sentences).
_DOTTED_DAY = rf"(?<=\d)\.\s+(?={_MONTH}\s*,?\s*{_YEAR})"


def group(name: str, pattern: str) -> str:
    """A named group: the grammar reads its parts by name."""
    return f"(?P<{name}>{pattern})"


_g = group  # (short, so that a form reads as the prose it matches)


def _bracketed_weekday(name: str = "") -> str:
    # "10 (Wed) July 2024", "from 7 (Sun) to 9 (Tue) July": the day's weekday in brackets between the day and its
    # month, as programmes of Asian and Commonwealth bodies write it; read under `name`, so that it can date an
    # undated day (a listed day's, "2 (Tue), 3 (Wed) and 4 (Thu) July", is not read: the list is one span)
    return rf"(?:\s?\(\s*{_g(name, WEEKDAY) if name else WEEKDAY}\s*\))?"


_IN_BRACKETS = _bracketed_weekday()


def _dmy(p: str) -> str:
    # A day in words only with "of" ("the fourth of July"): "the second May in a row" names no day. "The 8th day of
    # December, 2026": the formal day of proclamations and notices of sittings.
    return (rf"(?:{_g(p + 'w', WEEKDAY)}\s*,?\s*(?:\(\s*)?(?:the\s+)?)?"
            rf"(?:{_g(p + 'd', _DAY_GLUED)}{_bracketed_weekday(p + 'x')}(?:\s+(?:day\s+)?of)?"
            rf"|(?:[Tt]he\s+)?{_g(p + 'o', _DAY_WORD)}\s+(?:day\s+)?of)"
            rf"(?:\s+|(?<=[a-z\d])(?=[A-Z])|{_DOTTED_DAY})"
            rf"{_g(p + 'm', _MONTH)}(?:{_Y_SEP}{_g(p + 'y', _YEAR)}|{_short_year(p)}|{_bare_short_year(p + 'q')})?"
            rf"(?:\s*\))?{_weekday_after(p)}")


def _mdy(p: str) -> str:
    # "August, 21, 2025": a comma after the month only where a year follows ("In May, 12 ministers" is no date).
    # "Jan.5", "Sept.28": an abbreviation's full stop may stand for the space before the day; "October the 12th".
    # "Tuesday (Dec. 8)": the date in brackets after its weekday, as _dmy reads "Thursday (10 December)".
    return (rf"(?:{_g(p + 'w', WEEKDAY)}\s*,?\s*{_g(p + 'b', '[(]')}?\s*)?{_g(p + 'm', _MONTH)}"
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
    return (rf"(?:(?:\s*,\s*|\s*\(\s*){_g(p + 'v', WEEKDAY)}(?:\s*\))?"
            rf"(?!\.?\s*,?\s*(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+\d)"
            rf"|\s*(?:to|until|till|through|-|–)\s*{WEEKDAY}))?")


# Words after an ordinal day alone ("on the 14th") that make it a date: a time or place follows, or the clause goes
# on with its subject ("On the 14th the mayors appear"); not a noun it counts ("the 14th floor").
ORDINAL_DAY_FOLLOWERS = "at|from|in|between|starting|when|the|a|an|those|these|its|their|his|her|our"

DATE_FORMS = {
    # Spans first: "19 to 22 November" must not be read as "22 November".
    # "Tuesday-Thursday, 23-25 May" too, and "Monday and Tuesday, January 20 and 21" (each weekday its day's);
    # "the 18th and 19th of March", "18th of March to 20th of March".
    # "28-2 September-October 2026": two days, then their two months, only across a month's end ("5-6 May-July" is not)
    "dmm": (rf"{_g('dmm1', '2[4-9]|3[01]')}\s*[-–]\s*{_g('dmm2', '0?[1-9]')}\s+{_g('dmma', _MONTH)}\s*[-–/]\s*"
            rf"{_g('dmmb', _MONTH)}"
            rf"(?:\s*,?\s*{_g('dmmy', _YEAR)})?"),
    "sd": (rf"(?:(?:{_g('sdf', 'from|From')}|{_g('sdb', 'between|Between')})\s+)?"
           rf"(?:{_g('sd0w', WEEKDAY)}\s*(?:[-–]|{_AND_WEEKDAY})\s*)?"
           rf"(?:{_g('sd1w', WEEKDAY)}\s*,?\s*)?{_THE_ORDINAL}{_g('sd1d', _DAY)}{_bracketed_weekday('sd1x')}"
           rf"(?:\s+(?:(?:day\s+)?of\s+)?{_g('sd1m', _MONTH)}"
           rf"(?:\s*,?\s*{_g('sd1y', _YEAR)}|{_bare_short_year('sd1q')})?)?"
           rf"\s*(?(sdb),?\s*)(?(sdf)(?:,\s*(?=(?:to|until|till|through)\s))?){_g('sdto', _TO)}\s*"
           rf"(?:{_g('sd2w', WEEKDAY)}\s*,?\s*)?{_THE_ORDINAL}{_g('sd2d', _DAY_GLUED)}{_bracketed_weekday('sd2x')}"
           rf"(?:\s+(?:(?:day\s+)?of\s+)?|(?<=[a-z\d])(?=[A-Z])){_g('sd2m', _MONTH)}"
           rf"(?:{_Y_SEP}{_g('sd2y', _YEAR)}|{_bare_short_year('sd2q')})?"),
    "sm": (rf"(?:(?:{_g('smf', 'from|From')}|{_g('smb', 'between|Between')})\s+)?"
           rf"(?:{_g('sm0w', WEEKDAY)}\s*(?:[-–]|{_AND_WEEKDAY})\s*)?"
           rf"(?:{_g('sm1w', WEEKDAY)}\s*,?\s*)?"
           # ("on February, 15-16": a comma after the month where a span of its days follows, as a year may)
           # (not a count after a month's comma: "In May, 12-15 people came")
           rf"{_g('sm1m', _MONTH)}(?:\s+|,\s*(?=\d\d?[-–]\d\d?\b(?:\s*(?:[,.;:)]|$)"
           rf"|\s+(?:to|in|at|and|for|with|(?:19|20)\d\d)\b)))"
           rf"{_g('sm1d', _DAY)}(?![:.]\d){_SPAN_DAY_LETTERS}(?:\s*,?\s*{_g('sm1y', _YEAR)})?"
           # "between May 24th, and May 28th, 2021": after "between", a comma may stand before "and"; "from February
           # 16, to February 20, 2018", "from Wednesday, February 14, 2018, to Friday, February 16, 2018": after
           # "from", before "to" (not "from May 5, and May 20 is the last day", a date and another clause)
           rf"\s*(?(smb),?\s*)(?(smf)(?:,\s*(?=(?:to|until|till|through)\s))?){_g('smto', _TO)}\s*"
           # "October 19-20-21, 2020", "March 3 - 4 - 5": the days between joined by dashes too, the span running to
           # the last, each dash spaced as the one before it ("May 19-20 – 21 delegations attend" ends on the 20th)
           rf"(?:(?<=[-–])(?:3[01]|[12]\d|0?[1-9])[-–](?=\d)|(?<=[-–]\s)(?:3[01]|[12]\d|0?[1-9])\s[-–]\s(?=\d)){{0,5}}"
           rf"(?:{_g('sm2w', WEEKDAY)}\s*,?\s*)?(?:{_g('sm2m', _MONTH)}\s+)?{_THE_ORDINAL}{_g('sm2d', _DAY)}(?![:.]\d)"
           # ("March 10, 2026 - 10 a.m.", "... — 12 noon": a clock after the date, no second day)
           rf"(?!{_CLOCK_AFTER_DAY}|\s?(?:noon|midday|o['’]clock)\b){_SPAN_DAY_LETTERS}"
           rf"(?:{_Y_SEP}{_g('sm2y', _YEAR)})?"),
    # "on 5, 6 and 7 September", "on 24, 25, 26 September" (three or more, commas only): days listed one by one, read
    # as one span (as "5 and 7 March" is).
    # "Tuesday 23, Wednesday 24 and Thursday 25 April 2024": each day with its weekday.
    # ("2 (Tue), 3 (Wed) and 4 (Thu) July 2024": each day's weekday in brackets after it)
    "sl": (rf"(?:{WEEKDAY}\s*,?\s*)?{_g('sl1', _DAY)}{_IN_BRACKETS}"
           rf"(?:\s*,\s*(?:{WEEKDAY}\s*,?\s*)?{_DAY}{_IN_BRACKETS}){{1,5}}(?:\s*,?\s*(?P<sland>and|&)\s*|\s*,\s*)"
           rf"(?:{WEEKDAY}\s*,?\s*)?{_g('sl2', _DAY)}{_IN_BRACKETS}\s+{_g('slm', _MONTH)}"
           rf"(?:\s*,?\s*{_g('sly', _YEAR)})?"
           # (with commas only, the list ends at its month: "24, 25, 26 September and 12 October" is a list of
           # sessions on four days, not a run)
           rf"(?(sland)|(?!\s*(?:,|and|&)\s*\d))"),
    # "April Tuesday 23, Wednesday 24 and Thursday 25, 2024", "May 5, 6 and 7": the month before the listed days.
    "ml": (rf"{_g('mlm', _MONTH)}\s+(?:{WEEKDAY}\s*,?\s*)?{_g('ml1', _DAY)}(?![:.]\d)"
           rf"(?:\s*,\s*(?:{WEEKDAY}\s*,?\s*)?{_DAY}(?![:.]\d)){{1,5}}\s*,?\s*(?:and|&)\s*"
           rf"(?:{WEEKDAY}\s*,?\s*)?{_g('ml2', _DAY)}(?![:.]\d)(?:\s*,?\s*{_g('mly', _YEAR)})?"),
    "dd": _dmy("dd"),
    "dm": _mdy("dm"),
    # "2026-04-14", and "2026-04-14T09:30:00-04:00" (ISO 8601, as pages and feeds stamp an event's start): the day,
    # then its clock with its offset from UTC ("Z" is UTC itself).
    "iso": (r"\b(?P<isoy>(?:19|20)\d\d)-(?P<isom>[01]\d)-(?P<isod>[0-3]\d)"
            r"(?:T(?P<isoh>[01]\d|2[0-3]):(?P<isoi>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?"
            r"(?P<isoz>Z|[+-](?:0\d|1[0-4]):?[0-5]\d)?)?\b"),
    # "2026.10.04", "2026/10/4": year, month and day, as East Asian and some European texts write them; "2017•04•19",
    # "2017·04·19" with a bullet or a middle dot, as some pages' date fields do.
    "ymd": (r"\b(?P<ymdy>(?:19|20)\d\d)(?P<ymds>[./•·])(?P<ymdm>1[0-2]|0?[1-9])(?P=ymds)(?P<ymdd>3[01]|[12]\d|0?[1-9])"
            r"\b\.?(?![.:/-]?\d)"),
    # "3/11/2019 - 5/11/2019": a span of numeric dates, written alike.
    "nsp": (r"\b(?P<nspa>[0-3]?\d)(?P<nsps>[/.-])(?P<nspb>[0-3]?\d)(?P=nsps)(?P<nspy>(?:19|20)\d\d)\s*[-–—]\s*"
            r"(?P<nspc>[0-3]?\d)(?P=nsps)(?P<nspd>[0-3]?\d)(?P=nsps)(?P<nspz>(?:19|20)\d\d)\b(?![.:/-]\d)"),
    # "11-14/04/2022", "11 – 14 / 04 / 2022": a run of days, then their month and year in figures (the day first, as
    # the range before the month shows), as Arab and African communiqués write a session's days.
    "nds": (r"\b(?P<ndsa>3[01]|[12]\d|0?[1-9])[ \t]?[-–][ \t]?(?P<ndsb>3[01]|[12]\d|0?[1-9])[ \t]?(?P<ndss>[/.])[ \t]?"
            r"(?P<ndsm>1[0-2]|0?[1-9])[ \t]?(?P=ndss)[ \t]?(?P<ndsy>(?:19|20)\d\d)\b(?![.:/-]\d)"),
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
    # "28.04.25. El Congreso ...": day, month and a two-digit year, each of two figures and closed by a stop, opening
    # a paragraph, as Latin American press offices stamp a release; only there (elsewhere it may be a version).
    "pny": (r"(?m:^)(?P<pnya>3[01]|[12]\d|0[1-9])\.(?P<pnyb>1[0-2]|0[1-9])\.(?P<pnyy>\d\d)\."
            r"(?=[ \t]+[A-ZÁÉÍÓÚÑ])"),
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
    # "UPDATE 4.17.20", "Updated 4/17/2020", "Posted 17.4.20": a numeric date after the word that stamps an update or
    # a post, its year in two figures or four, dotted or slashed (US pages dot a month-first date too); after such
    # a word it is the page's date, not a version or a score. The order is the item's, else the one a day above 12
    # shows; "UPDATE 3.4.20" alone says neither.
    "upd": (r"(?:(?<=\bUPDATE\s)|(?<=\bUpdate\s)|(?<=\bUPDATED\s)|(?<=\bUpdated\s)|(?<=\bPOSTED\s)"
            r"|(?<=\bPosted\s)|(?<=\bUPDATE:\s)|(?<=\bUpdate:\s)|(?<=\bUpdated:\s)|(?<=\bPosted:\s))"
            r"(?P<upda>[0-3]?\d)(?P<upds>[./])(?P<updb>[0-3]?\d)(?P=upds)(?P<updy>(?:19|20)?\d\d)(?![\d/.:-]|\.\d)"),
    # "10/8 7:00 p.m.", "28.4. 18:00", "6.11. um 20.15 Uhr": a day and month without a year, as rows of a
    # calendar under its year write them; only right before a clock time, where no fraction, score or clause
    # number stands (and with its closing full stop when dotted: "3.5 10:00" may be a number).
    "nd": (r"(?:\b(?P<nda>[0-3]?\d)(?:/(?P<ndb>[0-3]?\d)|\.(?P<ndc>1[0-2]|0?[1-9])\.)"
           # ("19/01 – 10h00: Meeting with the mayor": a dash may part them, the clock may say its hour with "h")
           rf"(?=,?[ \t]+(?:[-–—][ \t]+)?(?:(?:um|at)[ \t]+)?(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\.?\d)"
           rf"|(?:[01]?\d|2[0-3])\s*{_AMPM}"
           # ("Samstag, 14.6., 10 bis 14 Uhr", "14.6. ab 10 Uhr": German hours, said with "Uhr")
           r"|(?:(?:ab|von)[ \t]+)?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?[ \t]*(?:(?:bis|-|–)[ \t]*(?:[01]?\d|2[0-3])"
           r"(?:[:.][0-5]\d)?[ \t]*)?Uhr\b))"
           # "Data: 15/5 (quarta-feira)", "Fecha: 9/5", "Datum: 15.5.": after a date's field label, the day and month
           # alone are the field's date, whatever follows (a weekday in brackets, the line's end)
           r"|(?:(?<=[Dd]ate:\s)|(?<=[Dd]ata:\s)|(?<=[Ff]echa:\s)|(?<=[Dd]atum:\s)|(?<=[Ww]hen:\s)|(?<=[Dd]ates:\s))"
           # (dotted, with its closing stop: "When: 9.10 - 10.45" is a range of the clock)
           r"(?P<ndla>[0-3]?\d)(?:/(?P<ndlb>[0-3]?\d)|\.(?P<ndlc>1[0-2]|0?[1-9])\.)(?![\d/.:-])"
           r"(?=[ \t]*(?:[(,;–—-]|\r?\n|$))"
           # "Annual results 2025 | 26.02.", "23.04. | Annual General Meeting": a table's cell of a day and month alone,
           # dotted and closed by its stop, as a financial calendar under its year writes its rows (a clock's cell has
           # no closing stop); its month in two digits, as such calendars write it ("1.1. | Eröffnung", "2.3. |
           # Haushalt" number an agenda's items)
           r"|(?:(?<=\|[ \t])(?P<ndta>3[01]|[12]\d|0?[1-9])\.(?P<ndtc>1[0-2]|0[1-9])\.(?=[ \t]*(?:\|[ \t]|\r?\n|$))"
           r"|(?<![^\n])(?P<ndua>3[01]|[12]\d|0?[1-9])\.(?P<nduc>1[0-2]|0[1-9])\.(?=[ \t]+\|[ \t])))"),
    # "Tuesday, 8/26:", "Wed 27/8": a weekday before a slashed day and month with no year, as week schedules head
    # their days; the weekday makes it a date (alone "8/26" may be a fraction or a score), the year is in context.
    "wsl": (rf"\b(?P<wslw>{_names(WEEKDAYS)})\.?,?[ \t]+(?P<wsla>[0-3]?\d)/(?P<wslb>[0-3]?\d)\b(?![/.-]?\d)"),
    # "11-VIII-2021", "5.X.2023", "14/VI/2024": a day, the month in Roman numerals and the year, as Spanish, Italian
    # and Polish offices head a day's agenda; the same mark on both sides, the year in four figures.
    "rmy": (rf"\b(?P<rmyd>3[01]|[12]\d|0?[1-9])(?P<rmys>[-./])(?P<rmym>{_ROMAN})"
            r"(?P=rmys)(?P<rmyy>(?:19|20)\d\d)\b(?![.:/-]?\d)"),
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
    # ("ahead of tomorrow's vote", "in advance of tomorrow's opening": the day of the gathering, not the future)
    "pub": (r"\b(?P<pub>(?:[Tt]he\s+day\s+after\s+)?(?:(?<! of )|(?<=ahead of )|(?<=advance of ))[Tt]omorrow"
            r"|(?:[Tt]he\s+day\s+before\s+)?[Yy]esterday"
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
    # "Monday-Friday 11:00 London", "Sun-Thurs 4pm", "Mon-Fri 9.30 to 17.00": weekdays joined by a dash right before
    # a clock time are the days of a weekly slot (a broadcast's, a service's), not a weekday and its time; not before
    # a date's numbers ("Tuesday-Thursday 23.05.")
    "wsd": (rf"\b(?P<wsd1>{_names(WEEKDAYS)})\b\.?[-–](?P<wsd2>{_names(WEEKDAYS)})\b\.?"
            rf"(?=\s+[0-2]?\d(?::[0-5]\d|\.[0-5]\d(?![.\d])|\s*[ap]\.?m\b))"),
    # A day heading of a programme that gives the weekday and the day's numbers and nothing more on its line:
    # "Sunday 8", "Mon 9 |" (the month is the one in context), "tuesday 28.4", "Friday 1.5." (day, then month, as
    # Europe writes it; a weekday in lower case too). Only at the line's end or before a cell's bar, where no clock
    # time stands ("Tuesday 10.30" has no month 30; the weekday must fit the day read).
    # "Thursday the 4th": the weekday and its day of the month, the month in context (anywhere in a line).
    "wn": (rf"\b(?P<wnw>{_names(WEEKDAYS)}|{_LOWER_WEEKDAYS})\.?,?[ \t]+"
           r"(?:the[ \t]+(?P<wnt>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
           r"|(?:(?P<wnd>3[01]|[12]\d|0?[1-9])"
           r"|(?P<wna>3[01]|[12]\d|0?[1-9])\.(?P<wnb>1[0-2]|0?[1-9])\.?)(?=[ \t]*(?:\||\r?\n|$)"
           # "Mon 3   10:00  Consultations", "Mon. 3 – 10:00": a row's day of the month, then its clock (a number
           # between a weekday and a clock can be nothing else)
           r"|[ \t]+(?:[–—-][ \t]+)?\d{1,2}[:.h]\d\d\b(?![.:]\d))"
           # "Thursday 15, from 9.30 to 13:00", "Friday 16: press conference", "on Friday 16 at 10:00": the day of
           # the month alone, then a comma, a colon or the time's own word (not "Tuesday 10:30", "Monday 9, 10
           # and 11" nor "Friday 22, Saturday 23 or Sunday 24 May": a clock, lists whose month comes last)
           r"|(?P<wnc>3[01]|[12]\d|0?[1-9])"
           + before_its_clock(f"{_names(WEEKDAYS)}|{_LOWER_WEEKDAYS}", "at|from|between") + ")"),
    # "Friday (09)", as South Asian papers write it: the weekday and, in brackets, its day of the month ("Tuesday
    # (16th), 9 am:", an ordinal, as the IBGE's weekly schedule writes it in English).
    # "Tuesday(11.28)", "Wednesday (12.8.)": its day and month in brackets, in either order (the weekday tells).
    # "will vote on the 14th at 18:00": a day of the month alone, the next such day from the item's (only before a
    # time, a place, the clause's subject or its end, ORDINAL_DAY_FOLLOWERS: "on the 14th floor" is no date)
    # ("on the 27th of this month": the month said in words is the one in context)
    # ("for 12th instant", "on the 3rd inst.": the day of this month, as South Asian English says it)
    # ("on the 4 th", "on the 21 st": the suffix set apart, a superscript flattened; "on the 7th and 8th": two
    # days of the month, a span when the second follows the first)
    "od": (r"\b[Oo]n\s+the\s+(?P<odn>3[01]|[12]\d|[1-9])[ ]?(?:st|nd|rd|th)\b"
           r"(?:\s+and\s+(?:the\s+)?(?P<odm>3[01]|[12]\d|[1-9])[ ]?(?:st|nd|rd|th)\b)?(?:\s+of\s+this\s+month\b)?"
           rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{ORDINAL_DAY_FOLLOWERS})\b|\s+\d{{1,2}}[:.h]?\d\d)"
           r"|\b(?P<odi>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?\s+(?:instant\b|inst\.)"
           # "21st: Mechanised parade at the stadium": a row of a programme opened by its day of the month alone
           # ("16 - 21st: Fan Park", "17 - 19th:": a row opened by a span of days of the month alone)
           r"|(?m:^)[ \t]*(?:(?P<ods>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?[ \t]*[-–][ \t]*)?"
           r"(?P<odr>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)(?=[ \t]*:)"),
    # (wdr: the weekday ends a run of weekdays, "Monday - Friday")
    "wd": (rf"\b(?:(?P<wdr>{_AFTER_A_RUN})|{_NOT_AFTER_A_RUN})"
           rf"(?:[Oo]n\s+)?(?P<wdw>{_names(WEEKDAYS)})\b"
           r"(?:\s?\((?P<wdn>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\)"
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
           rf"(?!\s*(?:and|&)\s*{WEEKDAY}\s*,\s*(?:\d|{_MONTH}))\.?)"),
}
# "Wednesday 11/5": the weekday before a slashed day, which also tells an item how its numbers run (yearclues)
WEEKDAY_SLASHED_FORM = DATE_FORMS["wsl"]
