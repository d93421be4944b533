"""One match of the date grammar -> its mentions: the days, spans, weekdays and times it says. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable

from parsers.clock import parse_clock, said_hour
from parsers.datewords import COUNTS, MONTHS, ORDINALS, RELATIVE_DAYS, ROMAN_MONTHS, WEEKDAYS
from parsers.mentions import DayPart, Mention


def mention_of(match: re.Match[str], numeric_order: str) -> Mention | None:
    form = (match.lastgroup or "")[2:]
    span = (match.start(), match.end(), match.group().strip())
    def g(name: str) -> str | None:
        return match.group(name) if name in match.re.groupindex else None

    def need(name: str) -> str:  # a group the form always fills
        return str(match.group(name))
    if form in ("sd", "sm"):
        return _span_of(match, form, span)
    if form == "dmm":
        return _two_months(match, span)
    if form in ("sl", "ml"):
        first = _day(g(form + "1"), g(form + "m"), g(form + "y"), None)
        last = _day(g(form + "2"), g(form + "m"), g(form + "y"), None)
        return Mention("span", *span, first=first, last=last) if first and last else None
    if form in ("dd", "dm"):
        short = g(form + "z") or g(form + "q")  # "'26", "26 Aug 13"
        said = str(2000 + int(short)) if short else g(form + "y")
        day = _day(g(form + "d") or g(form + "o"), g(form + "m"), said, g(form + "w") or g(form + "v") or g(form + "x"))
        return Mention("day", *span, first=day) if day else None
    if form == "iso":
        day = _day(g("isod"), int(need("isom")), g("isoy"), None)
        return Mention("day", *span, first=day) if day else None
    if form in ("ymd", "num", "nd", "wn", "wsl"):
        return _numbered(match, form, span, numeric_order)
    if form == "nsp":
        first = _numeric(need("nspa"), need("nspb"), need("nspy"), need("nsps"), numeric_order)
        last = _numeric(need("nspc"), need("nspd"), need("nspz"), need("nsps"), numeric_order)
        return Mention("span", *span, first=first, last=last) if first and last else None
    if form == "nds":  # "11-14/04/2022": the days' month and year said once, after the last
        if int(need("ndsa")) >= int(need("ndsb")):
            return None  # ("arrêté n° 12-3/05/2022": a paper's number; a run of days of one month goes up)
        first = _day(need("ndsa"), int(need("ndsm")), need("ndsy"), None)
        last = _day(need("ndsb"), int(need("ndsm")), need("ndsy"), None)
        return Mention("span", *span, first=first, last=last) if first and last else None
    if form == "ny2":
        day = _day(need("ny2a"), int(need("ny2b")), str(2000 + int(need("ny2y"))), None)
        return Mention("day", *span, first=day) if day else None
    if form == "pny":
        day = _day(need("pnya"), int(need("pnyb")), str(2000 + int(need("pnyy"))), None)
        return Mention("day", *span, first=day) if day else None
    if form == "nsd":
        day = _day(need("nsda"), int(need("nsdb")), need("nsdy"), None)
        return Mention("day", *span, first=day) if day else None
    if form == "ns2":
        day = _numeric(need("ns2a"), need("ns2b"), str(2000 + int(need("ns2y"))), "/", numeric_order)
        if g("ns2w"):
            day = _weekday_order(need("ns2a"), need("ns2b"), 2000 + int(need("ns2y")), need("ns2w"), day)
        return Mention("day", *span, first=day) if day else None
    if form == "upd":  # "UPDATE 4.17.20": month first, as the 17 shows; dotted or slashed alike
        year = int(need("updy"))
        day = _numeric(need("upda"), need("updb"), str(year + 2000 if year < 100 else year), "/", numeric_order)
        return Mention("day", *span, first=day) if day else None
    if form == "dmy2":
        year = int(need("dmy2y"))
        century = 0 if year >= 100 else 1900 if year >= 70 else 2000  # ("11-Feb-2026" gives its century)
        day = _day(need("dmy2d"), need("dmy2m"), str(year + century), None)
        return Mention("day", *span, first=day) if day else None
    if form == "rmy":
        day = _day(need("rmyd"), ROMAN_MONTHS.index(need("rmym")) + 1, need("rmyy"), None)
        return Mention("day", *span, first=day) if day else None
    if form == "rel":
        phrase = " ".join(need("rel").lower().split()[-2:])
        offset = RELATIVE_DAYS.get(phrase.replace("same ", ""), 0)
        if g("reln"):
            offset = COUNTS.get(need("reln").lower(), 0) or int(need("reln"))
        return Mention("relative", *span, offset=offset)
    if form == "pub":
        said = " ".join(need("pub").lower().split())
        offset = {"tomorrow": 1, "yesterday": -1, "the day after tomorrow": 2, "the day before yesterday": -2,
                  "last night": -1, "last evening": -1}.get(
            said, 0)  # this morning, tonight: 0
        return Mention("published", *span, offset=offset)
    if form in ("wsp", "wsd"):
        first_day, last_day = WEEKDAYS[need(f"{form}1").lower()], WEEKDAYS[need(f"{form}2").lower()]
        return Mention("weekdays", *span, weekday=first_day, offset=(last_day - first_day) % 7 or 7)
    if form == "od" and g("ods"):  # "16 - 21st:": both days, read as a span once the day in context is known
        return Mention("monthdays", *span, offset=int(need("ods")) * 100 + int(need("odr")))
    if form == "od" and g("odm") and int(need("odm")) == int(need("odn")) + 1:  # "on the 7th and 8th": a span
        return Mention("monthdays", *span, offset=int(need("odn")) * 100 + int(need("odm")))
    if form == "od":  # read as a day once the day in context is known (dayheading.numbered_days)
        return Mention("monthday", *span, offset=int(g("odn") or g("odr") or need("odi")))
    if form == "wd":
        number = g("wdn") or g("wdo")
        paired = int(need("wda")) * 100 + int(need("wdb")) if g("wda") else 0  # both numbers: 11.28 -> 1128
        return Mention("weekday", *span, weekday=WEEKDAYS[need("wdw").lower().rstrip(".")],
                       offset=int(number) if number else paired)
    if form == "tr":
        until = parse_clock(need("t2"))
        begin = parse_clock(need("t1"), need("t2"))
        if need("t2").isdigit() and until < begin and until.hour < 12:
            until = until.replace(hour=until.hour + 12)  # "from 10am to 1": a bare hour end in the afternoon
        return Mention("time", *span, time=begin, until=until, zone=g("trzone") or "")
    if form == "mil":
        digits = need("mil")
        return Mention("time", *span, time=dt.time(int(digits[:2]), int(digits[2:])), zone=g("milzone") or "")
    if form == "hd":
        hour, minute = int(need("hdh")) % 12, int(g("hdm") or 0)
        later = 12 if need("hdp") != "morning" else 0
        return Mention("time", *span, time=dt.time(hour + later, minute), zone=g("hdzone") or "")
    if form == "oc":
        meridiem = g("ocm")
        half = g("ocp") or (("morning" if meridiem[0] in "aA" else "afternoon") if meridiem else None)
        return Mention("time", *span, time=dt.time(said_hour(int(need("och")), half)), zone=g("oczone") or "")
    if _NUMBERED_BEFORE.search(match.string, max(0, match.start() - _NUMBERED_REACH), match.start()) \
            and _BARE_DOTTED.fullmatch(match.group()):
        return None  # "Room 2.14", "Gate 4.30", "Section 3.15": a number of a room or a part, not a clock
    if _BARE_DOTTED.fullmatch(match.group()) and _in_a_table_of_measures(match.string, match.start(), match.group()):
        return None  # "Doubtful 7.16" under "Player Reason Status Rating": a rating, not a clock
    return Mention("time", *span, time=parse_clock(need("t")), zone=g("tzone") or g("tlate") or "")


# The words that number rooms, places and parts of a text before a dotted number ("Room 2.14").
_NUMBERED_BEFORE = re.compile(r"\b(?:Room|room|Rm\.?|Gate|gate|Level|level|Floor|floor|Suite|suite|Platform|Section"
                              r"|section|Clause|clause|Article|Chapter|Item|item|Paragraph|Para\.?|Rule|Table|Figure"
                              r"|Unit|Block|Stand|Booth|Box|Lecture\s+Theatre|Seminar\s+Room|Raum|Saal|Salle)\s*$")
_NUMBERED_REACH = 20
_BARE_DOTTED = re.compile(r"\s*\d{1,2}\.\d\d\s*")  # (no am/pm, zone or "h": "Room 2.14", not "at 2.14 pm")
# The heads of a table of figures, pasted one row a line: a column of measures ("Rating", "Score", "Points", "Odds",
# "Average") and none of a clock ("Time", "Kick-off", "Start"); its rows short lines that end with their figure.
_MEASURE_HEADS = re.compile(r"\b(?:ratings?|scores?|points|pts|odds|average|avg|percent(?:age)?|grades?|marks)\b",
                            re.IGNORECASE)
_CLOCK_HEADS = re.compile(r"\b(?:time|times|start|starts|kick[- ]?off|hours?|from|until|to|zeit|uhrzeit|heure|hora)\b",
                          re.IGNORECASE)
_TABLE_REACH = 40  # rows above a cell to look for its table's heads
_ROW_LENGTH = 60  # characters of a row of such a table ("Doubtful 7.16", "Out N/A")


def _in_a_table_of_measures(text: str, at: int, figure: str) -> bool:
    """Is the figure at `at` the last cell of a row of a table whose heads name measures and no clock ("Player Reason
    Status Rating" / "Doubtful 7.16"): a rating, a score, not a clock? The rows are the lines of one run of blocks
    (blockmentions.py marks each block's end with a NUL line, a run's end with two)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    row = text[start : end if end >= 0 else len(text)]
    if len(row) > _ROW_LENGTH or not row.rstrip().endswith(figure.strip()):
        return False
    for _ in range(_TABLE_REACH):  # the lines above, up to the end of the run or a line that is no row
        if start == 0:
            return False
        line_end = start - 1
        start = text.rfind("\n", 0, line_end) + 1
        line = text[start:line_end]
        if line == "\x00":
            continue  # the mark between two blocks of one run
        if "\x00" in line or len(line) > _ROW_LENGTH:
            return False
        if _MEASURE_HEADS.search(line) and not _CLOCK_HEADS.search(line) and not any(c.isdigit() for c in line) \
                and len(line.split()) >= 2:
            return True
    return False


def _numbered(match: re.Match[str], form: str, span: tuple[int, int, str], numeric_order: str) -> Mention | None:
    """The numeric forms: "2026.06.18", "10/12/2026" (a weekday before it may tell the order), "10/8 7:00 p.m.",
    and the weekday with its day's numbers ("Sunday 8", "Thursday the 4th", "tuesday 28.4")."""
    def g(name: str) -> str | None:
        return match.group(name) if name in match.re.groupindex else None

    def need(name: str) -> str:
        return str(match.group(name))
    if form == "ymd":
        day = _day(need("ymdd"), int(need("ymdm")), need("ymdy"), None)
        return Mention("day", *span, first=day) if day else None
    if form == "num":
        day = _numeric(need("numa"), need("numb"), need("numy"), need("nums"), numeric_order)
        if g("numw"):
            day = _weekday_order(need("numa"), need("numb"), int(need("numy")), need("numw"), day)
        return Mention("day", *span, first=day) if day else None
    if form == "nd":
        if g("ndla"):  # ("Data: 15/5": the labelled day and month)
            day = _numeric(need("ndla"), g("ndlb") or need("ndlc"), "", "/" if g("ndlb") else ".", numeric_order)
        elif g("ndta") or g("ndua"):  # ("Half-year report | 06.08.": a table's dotted cell)
            day = _numeric(g("ndta") or need("ndua"), g("ndtc") or need("nduc"), "", ".", numeric_order)
        else:
            day = _numeric(need("nda"), g("ndb") or need("ndc"), "", "/" if g("ndb") else ".", numeric_order)
        return Mention("day", *span, first=day) if day else None
    if form == "wsl":  # "Tuesday, 8/26": the order as the source writes it, or the one reading a month allows
        day = _numeric(need("wsla"), need("wslb"), "", "/", numeric_order)
        week = WEEKDAYS[need("wslw").lower().rstrip(".")]
        return Mention("day", *span, first=DayPart(day.day, day.month, None, week)) if day else None
    if form == "wn":
        weekday = WEEKDAYS[need("wnw").lower().rstrip(".")]
        if g("wnd") or g("wnt") or g("wnc"):  # "Sunday 8", "Thursday the 4th": that weekday which is that day of the
            return Mention("weekday", *span, weekday=weekday, offset=int(g("wnd") or g("wnc") or need("wnt")))  # month
        day = _day(need("wna"), int(need("wnb")), None, need("wnw").rstrip("."))
        return Mention("day", *span, first=day) if day else None
    return None


# The words that count days, weeks or parts of a programme by number, before it ("Day 1", "Session 2").
# (Capitalised, as programmes head their parts; not "week": "the week 24-30 April" is a span.)
_COUNTER = re.compile(r"\b(?:Day|DAY|Session|SESSION|Phase|Part|Stage|Round|Module|No\.?)\s*$")


def _span_of(match: re.Match[str], p: str, span: tuple[int, int, str]) -> Mention | None:
    """The span of the form "sd" ("19 to 22 November") or "sm" ("November 19-22")."""
    def g(name: str) -> str | None:
        return match.group(name) if name in match.re.groupindex else None

    # "19 to 22 November" names its month once, at the end; "November 19-22" at the start.
    # "Tuesday-Thursday, 23-25 May": the first weekday is the first day's, the second the last day's.
    ranged = g(p + "0w") is not None
    if p == "sd" and g("sd1m") is None and not ranged and span[2][:1].isdigit() \
            and (counter := _COUNTER.search(match.string, max(0, match.start() - 10), match.start())):
        # "Day 1 – Tuesday, 13 January 2026": the day's number in a programme, then its date; no span from the 1st.
        # The counter is part of the day's words, as its date is ("Day 1 –: Opening plenary" was left as a title).
        begin = counter.start()
        day = _day(g("sd2d"), g("sd2m"), g("sd2y"), g("sd2w"))
        return Mention("day", begin, span[1], match.string[begin : span[1]].strip(), first=day) if day else None
    first = _day(g(p + "1d"), g(p + "1m") or g(p + "2m"), g(p + "1y") or _century(g(p + "1q")),
                 g(p + "0w") if ranged else g(p + "1w") or g(p + "1x"))
    last = _day(g(p + "2d"), g(p + "2m") or g(p + "1m"), g(p + "2y") or _century(g(p + "2q")),
                g(p + "1w") if ranged else g(p + "2w") or g(p + "2x"))
    if first is None or last is None:
        return None
    if first.year is None and last.year is not None:
        wraps = (first.month, first.day) > (last.month, last.day)
        first = DayPart(first.day, first.month, last.year - 1 if wraps else last.year, first.weekday)
    return Mention("span", *span, first=first, last=last)


def _two_months(match: re.Match[str], span: tuple[int, int, str]) -> Mention | None:
    """"28-2 September-October 2026": the first day of the first month to the second of the next; months that do
    not follow each other ("5-6 May-July") say no span."""
    year = match.group("dmmy")
    first = _day(match.group("dmm1"), match.group("dmma"), None, None)
    last = _day(match.group("dmm2"), match.group("dmmb"), year, None)
    if first is None or last is None or last.month != first.month % 12 + 1:
        return None
    year_first = None if last.year is None else last.year - 1 if last.month == 1 else last.year
    return Mention("span", *span, first=DayPart(first.day, first.month, year_first, None), last=last)


def _century(short: str | None) -> str | None:
    """"13" of "26 Aug 13": the year's last two digits, in this century."""
    return str(2000 + int(short)) if short else None


def listed(match: re.Match[str], mention: Mention) -> tuple[Mention, ...]:
    """"those on 8 March, 19 April and 23 May": two dates, each with its month, joined by "and" are two days,
    unless they follow each other ("on 30 November and 1 December", a two-day summit) or "between" opens them."""
    form = (match.lastgroup or "")[2:]
    if form == "iso" and match.group("isoh") is not None:
        return _iso_datetime(match, mention)
    if form == "ml" and mention.first is not None and mention.last is not None:
        return _month_list(match, mention, mention.first)
    if form == "sl" and mention.first is not None and mention.last is not None:
        return _day_list(match, mention, mention.first)
    if form not in ("sd", "sm") or mention.first is None or mention.last is None:
        return (mention,)
    joined = match.group(form + "to")
    if joined not in ("and", "&") or match.group(form + "b") or not match.group("sd1m" if form == "sd" else "sm2m"):
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


# A day of a list: "5", "6th" (not a clock's "5.30", nor a year).
LISTED_DAY = re.compile(r"(?<![\w:.])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![:.]\d)")


def _iso_datetime(match: re.Match[str], mention: Mention) -> tuple[Mention, ...]:
    """"2026-04-14T09:30:00-04:00": the day, and the time on its clock, whose offset is its zone label ("UTC-04:00";
    "Z" is UTC)."""
    offset = match.group("isoz") or ""
    zone = "UTC" if offset in ("Z", "") else f"UTC{offset}"
    clock = dt.time(int(match.group("isoh")), int(match.group("isoi")))
    day_end = match.start("isoh") - 1  # the time's mention holds the "T" that opens it
    return (mention._replace(end=day_end, text=match.string[match.start() : day_end]),
            Mention("time", day_end, match.end(), match.string[day_end : match.end()], time=clock,
                    zone=zone if offset else ""))


def _month_list(match: re.Match[str], mention: Mention, first: DayPart) -> tuple[Mention, ...]:
    """"May 5, 6 and 7": days that follow each other are one span; "March 3, 10 and 17" are three days."""
    end = match.start("mly") if match.group("mly") else match.end()
    return _listed_days(match, mention, first, match.end("mlm"), end, match.start("mlm"))


def _day_list(match: re.Match[str], mention: Mention, first: DayPart) -> tuple[Mention, ...]:
    """"5, 6 and 7 September": days that follow each other are one span; "3, 10 and 17 March 2026" are three days."""
    return _listed_days(match, mention, first, match.start(), match.start("slm"), match.start())


def _listed_days(match: re.Match[str], mention: Mention, first: DayPart, numbers_from: int, numbers_to: int,
                 opening: int) -> tuple[Mention, ...]:
    """The days listed one by one between `numbers_from` and `numbers_to`, each of the list's month and year and of
    the weekday just before it; the list's mention whole where they follow each other (a span)."""
    text = match.string
    found = list(LISTED_DAY.finditer(text, numbers_from, numbers_to))
    days = [int(d.group().rstrip("stndrhSTNDRH")) for d in found]
    if len(found) < 2 or all(b == a + 1 for a, b in zip(days, days[1:], strict=False)):
        return (mention,)
    year, last = mention.last.year if mention.last else first.year, len(found) - 1
    ends = [numbers_from, *(d.end() for d in found)]
    weekdays = [_LIST_WEEKDAY.search(text, ends[n], d.start()) for n, d in enumerate(found)]
    # Each day's mention opens at its weekday (the first at the list's opening, "March" or "Tuesday"); the last one
    # holds what closes the list, so that no part of it is left over.
    spans = [(opening if n == 0 else said.start() if (said := weekdays[n]) else d.start(),
              match.end() if n == last else d.end()) for n, d in enumerate(found)]
    return tuple(Mention("day", a, b, text[a:b].strip(), first=DayPart(
        days[n], first.month, year, WEEKDAYS[said.group(1).lower()] if (said := weekdays[n]) else None))
        for n, (a, b) in enumerate(spans))


# "Tuesday 23, Thursday 25 and Saturday 27 April": the weekday just before a listed day is that day's.
_LIST_WEEKDAY = re.compile(rf"\b({'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?\s*,?\s*$", re.IGNORECASE)


def _day(day: str | None, month: str | int | None, year: str | None, weekday: str | None) -> DayPart | None:
    if day is None or month is None:
        return None
    number = ORDINALS.get("-".join(day.lower().split()).replace("--", "-")) or int(day.rstrip("stndrhSTNDRH"))
    month_number = month if isinstance(month, int) else MONTHS[month.lower().rstrip(".")]
    if not 1 <= month_number <= 12 or number > days_in(month_number, int(year) if year else 2024):
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
    return _day(str(a), b, year or None, None)


def _weekday_order(first: str, second: str, year: int, weekday: str, read: DayPart | None) -> DayPart | None:
    """"Wednesday 10/12/2026": of the two readings, the one on that weekday (else the one read by the order)."""
    week = WEEKDAYS[weekday.lower().rstrip(".")]
    fitting = []
    for day, month in ((int(first), int(second)), (int(second), int(first))):
        if 1 <= month <= 12 and 1 <= day <= days_in(month, year) and dt.date(year, month, day).weekday() == week:
            fitting.append(DayPart(day, month, year, week))
    if len(fitting) == 1:
        return fitting[0]
    return DayPart(read.day, read.month, read.year, week) if read else None


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in(month: int, year: int) -> int:
    if 1 <= month <= 12 and 1 <= year < dt.MAXYEAR:  # (a table look-up, not two dates made: called per candidate year)
        if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
            return 29
        return _MONTH_DAYS[month]
    following = dt.date(year + month // 12, month % 12 + 1, 1)  # what the calendar says at its edges (or raises)
    return (following - dt.timedelta(days=1)).day


def months_of_weekdays(days: Collection[tuple[int, int]], months: Iterable[tuple[int, int]],
                       reach: int = 0) -> list[tuple[int, int]]:
    """Of `months`, (year, month) pairs, those where each day of `days`, (weekday, day of the month) pairs, falls on
    its weekday ("Sábado (30)", "23일(금)") and that have a day `reach` too (the last of a span); in their order."""
    return [(year, month) for year, month in months
            if max((day for _, day in days), default=0) <= days_in(month, year) and reach <= days_in(month, year)
            and all(dt.date(year, month, day).weekday() == weekday for weekday, day in days)]
