"""The year of a date that gives none, chosen as a careful reader would. Pure.

A reader of "Tuesday, March 28" looks, in order, for:
1. a full date in the item: its publication date, dateline, title, a "Last update"
   line or any other date with a year; the year-less date is put in the year that
   brings it nearest that date (`dates.resolve_day`);
2. failing that, a month with its year ("the November 2007 meeting") as the day in context;
3. the weekdays the item gives: the year in which they fit, preferring a year the item
   names ("Maple Fest 2017", "Space 2013"; not "since 2013"), else the one nearest the reference
   date, but not more than some months after it: a text read today was written on or before
   today, and announces days of its coming months; lines that are only a weekday ("Wednesday")
   under a span of days ("23-24 March") count as weekdays of that span;
4. a year the item names (its title's, "World Cup 2019", "the 2019 season", "Last reviewed: 2019")
   or a season of two years ("2017-18"), for dates with neither year nor weekday;
5. failing all that, the latest year that puts the date no more than some weeks after the reference date (a
   release read today announces its coming weeks), and the event says it is a guess.
A weekday that fits no year near the day in context wins over it: the weekday fits near the publication date,
else near the reference date. A paragraph with one year-less date and one bare weekday ("on Tuesday (tomorrow)
... at 5 pm on December 10") speaks of one day: the weekday is the date's.
A title date whose weekday its year contradicts takes the year of the item's other date of that day.
Every such guess is recorded in a note that the event's description shows.
The clues themselves are read by yearclues.py; this module weighs them and chooses.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable

from parsers import comingyear
from parsers.blocks import Block
from parsers.dates import NEAR_DAYS, DayPart, Mention
from parsers.datewords import WEEKDAY_NAMES, WEEKDAYS
from parsers.yearclues import naming_years, season_of
from parsers.yearwindow import Window

_SEARCH = 30
DEFAULT_AHEAD = dt.timedelta(days=61)  # how far ahead of its writing a release announces a day, as a rule
_AHEAD = dt.timedelta(days=200)  # years either side of the reference in which a weekday may be looked for
INFERENCE_PREFIXES = ("year ", "zone ", "time ", "date ")  # notes that explain a guess, not problems of the text


def _no_window() -> Window | None:
    return None


def year_of_weekdays(parts: list[DayPart], named: list[int], reference: dt.date,
                     mentioned: Iterable[int] = (), ahead: Iterable[int] = (),
                     window: Callable[[], Window | None] = _no_window) -> tuple[dt.date, str] | None:
    """The day in context for an item whose only clue to its year is its weekdays.

    Each candidate year counts the weekdays that fit in it (or in the next year, for
    a January date after a December one); the most fits win, then a year the item
    names, then one in the terms of the office-holders it names (`window`, asked only
    then), then the year nearest the reference date.
    """
    if not parts:
        return None
    first = parts[0]

    def fits(year: int) -> int:
        return sum(p.weekday_fits(year) or ((p.month, p.day) < (first.month, first.day) and p.weekday_fits(year + 1))
                   for p in parts)

    # A text that gives only weekdays announces days of the coming months, not of years ahead: later
    # candidates than that are not its days (a release read today was written on or before today).
    horizon = reference + _AHEAD
    # (but "Council meeting calendar for 2027" read in December 2026: a year the item names, up to the next one,
    # is a candidate beyond that horizon)
    years = [y for y in range(reference.year - _SEARCH, reference.year + 2) if first.in_year(y) is not None
             and (_day(first, y) <= horizon or y in named and y <= reference.year + 1)]
    scores = {year: fits(year) for year in years}
    best = max(scores.values(), default=0)
    if best == 0:
        return None
    winners = [y for y, s in scores.items() if s == best]
    # "will appoint a successor, as the Director-General leaves early in 2014": written before 2014.
    bound = min(ahead, default=None)
    before = [y for y in winners if bound is not None and y <= bound]
    if before and len(before) < len(winners):
        year = max(before)
        return _day(first, year), (f"the text gives none; {first.day} {dt.date(2024, first.month, 1):%B} is a"
                                   f" {dt.date(2024, 1, 1 + (first.weekday or 0)):%A} in {year}, the latest such"
                                   f" year up to {bound}, of which the text speaks as still to come")
    named_winners = [y for y in winners if y in named]
    # "on Saturday, Feb. 7, about the conduct of the 2015 general election": a year the text gives, in which the
    # weekdays fit, is the reader's year before any the calendar alone offers.
    mentioned = list(mentioned)
    mentioned_winners = [y for y in winners if y in set(mentioned)]
    # "Thursday" and "24 February" beside "2010 revenue of 27.3 billion": no year the text speaks of fits, but the
    # one after the latest of them does; a text written then, of the year just ended, is read before any other (not
    # after a year that names something, "Cup 2019 briefing": that is no time the text was written in or after).
    latest = max(mentioned, default=None)
    following = [y for y in winners if latest is not None and y == latest + 1 and latest not in named]
    said = f"{first.day} {dt.date(2024, first.month, 1):%B}"
    weekday = dt.date(2024, 1, 1 + (first.weekday or 0)).strftime("%A")
    if named_winners:
        year = min(named_winners, key=lambda y: abs(y - reference.year))
        reason = f"the text gives none beside the date, but names {year}, in which {said} is a {weekday}"
    elif mentioned_winners:
        year = min(mentioned_winners, key=lambda y: abs(y - reference.year))
        reason = f"the text gives none beside the date, but speaks of {year}, in which {said} is a {weekday}"
    elif following:
        year = following[0]
        reason = (f"the text gives none beside the date, but speaks of {year - 1}, the year before {year}, in which"
                  f" {said} is a {weekday}")
    # (A weekday that fits a day in the coming weeks dates the item then, whoever it names: American usage keeps the
    # title of an office after it, "President Obama will deliver the keynote on Thursday, May 14", and an item of the
    # coming weeks is what a feed is read for.)
    elif len(winners) > 1 and not any(reference <= _day(first, y) <= reference + DEFAULT_AHEAD for y in winners) \
            and (office := window()) is not None \
            and (inside := [y for y in winners if office.holds(_day(first, y))]):
        # "NATO Secretary General Jens Stoltenberg will visit on Monday 16 January": a year of his term.
        year = min(inside, key=lambda y: (abs((_day(first, y) - reference).days), -y))
        reason = (f"the date gives none; the item names {office.names}: {said} is a {weekday} in {year}, the latest"
                  f" such year in that time")
    else:
        year = min(winners, key=lambda y: (abs((_day(first, y) - reference).days), -y))
        reason = (f"the text gives none; {said} is a {weekday} in {year}, the latest such year up to"
                  f" {horizon:%B %Y} (texts announce the coming months)")
    return _day(first, year), reason


def anniversaries(full: Iterable[dt.date], weekday_parts: list[DayPart]) -> frozenset[dt.date]:
    """The full dates whose day and month a year-less weekday date repeats in a year that weekday does not fit:
    their anniversaries ("became independent on 30 November 1966" beside "a reception on Monday 30 November")."""
    repeated = {(p.month, p.day): p for p in weekday_parts}
    return frozenset(day for day in full if (part := repeated.get((day.month, day.day))) is not None
                     and not part.weekday_fits(day.year))


def weekday_after(part: DayPart, bound: dt.date, written: Iterable[int],
                  reference: dt.date | None) -> tuple[dt.date, str] | None:
    """The day of a year-less weekday date in an undated item written after the history day `bound`: in a later
    year the item writes out in which the weekday fits ("founded on 14 May 1965 ... Monday 9 November ... the
    2015 tour": 2015), else as a weekday date of an item that gives no year is read (history only bounds it), else
    in the first year after `bound` in which it fits; None when none does up to next year (the date then keeps its
    year and the note of its weekday)."""
    # (no later than next year: weekday dates announce the coming months, as in year_of_weekdays)
    last = (reference or bound).year + 1
    fits = [y for y in range(bound.year, last + 1)
            if part.in_year(y) is not None and part.weekday_fits(y) and _day(part, y) >= bound]
    if not fits:
        return None
    said = f"{_day(part, fits[0]):%A %d %B}"
    said_years = set(written)
    named = [y for y in fits if y in said_years and y > bound.year]
    if named:
        year = min(named, key=lambda y: abs(y - last))
        return _day(part, year), f"{said} falls in {year}, a year the item writes, after its history of {bound:%Y}"
    unbound = year_of_weekdays([part], [], reference) if reference is not None else None
    if unbound is not None and unbound[0] >= bound:
        return unbound[0], f"{unbound[1]}; the item's history of {bound:%d %B %Y} comes before it"
    return _day(part, fits[0]), f"{said} falls in {fits[0]}, the first such year after the item's history of" \
                                f" {bound:%d %B %Y}"


def _day(part: DayPart, year: int) -> dt.date:
    day = min(part.day, 28) if (part.month, part.day) == (2, 29) and part.in_year(year) is None else part.day
    return dt.date(year, part.month, day)


def year_note(day: dt.date, reason: str) -> str:
    return f"year {day.year} inferred: {reason}"


def is_inference(note: str) -> bool:
    return note.startswith(INFERENCE_PREFIXES)


def _span_days(first: DayPart, last: DayPart, year: int) -> list[dt.date] | None:
    """The days of a year-less span put in `year` (a span past New Year ends in the next one)."""
    if first.in_year(year) is None:
        return None
    start = dt.date(year, first.month, first.day)
    end_year = year + 1 if (last.month, last.day) < (first.month, first.day) else year
    if last.in_year(end_year) is None:
        return None
    end = dt.date(end_year, last.month, last.day)
    return [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]


def year_of_headings(span: Mention | None, weekdays: list[int], reference: dt.date) -> tuple[dt.date, str] | None:
    """The day in context of an item whose only clue to its year is weekday headings under a span of days.

    "23-24 March" over the headings "Wednesday" and "Thursday": the years in which each heading's
    weekday is one of the span's days; the nearest to the reference date (up to some months after it).
    A span of a week or more holds every weekday and says nothing.
    """
    if span is None or span.first is None or span.last is None or not weekdays:
        return None
    first, last = span.first, span.last
    horizon = reference + _AHEAD
    wanted = set(weekdays)
    fitting = []
    for year in range(reference.year - _SEARCH, reference.year + 2):
        days = _span_days(first, last, year)
        if days is None or not 1 < len(days) < 7 or days[0] > horizon:
            continue
        if wanted <= {d.weekday() for d in days}:
            fitting.append(days[0])
    if not fitting:
        return None
    day = min(fitting, key=lambda d: (abs((d - reference).days), -d.year))
    names = " and ".join(WEEKDAY_NAMES[w] for w in dict.fromkeys(weekdays))
    return day, (f"the text gives none; its headings {names} fall within {span.text} in {day.year},"
                 f" the latest such year up to {horizon:%B %Y} (texts announce the coming months)")


_SEASON_TURNS = 7  # a season's first year holds its dates from July on: seasons and fiscal years turn mid-year

# "the President's Fiscal Year 2023 Budget", "FY2023 budget request": a fiscal year, named by the year it ends in,
# whose budget is proposed or heard; not "the results of FY2026, which ended on June 30", nor its audit.
_FISCAL_YEAR = re.compile(r"(?:[Ff]iscal [Yy]ear|FY)\s?(?P<year>(?:19|20)\d\d)(?![\d/–-])"
                          r"(?=\s+(?:[A-Z]\w*\s+){0,2}(?:[Bb]udget|[Aa]ppropriations?|[Ss]pending [Pp]lan))")
_FISCAL_PAST = re.compile(r"\b(?:results?|audit(?:ed)?|closing|close|end|outturn|accounts?|report)\s+(?:of|for|on)\s+"
                          r"(?:the\s+)?(?:\w+['’]s\s+)?$", re.IGNORECASE)


def _budget_year(text: str) -> re.Match[str] | None:
    """The first fiscal year in `text` named by the budget proposed or heard for it."""
    return next((found for found in _FISCAL_YEAR.finditer(text)
                 if not _FISCAL_PAST.search(text, max(0, found.start() - 30), found.start())), None)


def fiscal_year_before(title: str, body: str, parts: list[DayPart]) -> tuple[dt.date, str] | None:
    """The day in context of an item about a fiscal year that begins in the calendar year before the one that names
    it (the United States': federal years from October, most states' from July): its budget is presented and heard
    in that year before ("March 28" under "Fiscal Year 2023 Budget" is 28 March 2022). The title's fiscal year, else
    the body's first; None when the item names none or gives no year-less day."""
    found = _budget_year(title) or _budget_year(body) if "Y" in title or "Y" in body else None
    if found is None or not parts:
        return None
    named = int(found.group("year"))
    first = next((p for p in parts if p.in_year(named - 1) is not None), parts[0])
    return _day(first, named - 1), (f"the date gives none; the item is about fiscal year {named}, which begins in"
                                    f" {named - 1}, when its budget is presented and heard")


def year_of_names(title: str, body: str, parts: list[DayPart], reference: dt.date) -> tuple[dt.date, str] | None:
    """The day in context of an item whose dates give no year and no weekday, but which names one.

    "28 June" in "World Cup 2019: schedule": the year the title names, else the one the body names most
    often (the latest on a tie); the item's first year-less day is put in it. "23 November" in "the 2017-18
    season": the season's first year for a day from July on, else its second.
    """
    if not parts:
        return None
    named = naming_years(title, reference, title=True) or naming_years(body, reference)
    # (not a year ages before the reference: "the Treaty of Versailles, signed on 28 June 1919" names history)
    named = [year for year in named if not comingyear.ages_before(year, reference)]
    season = None if named else season_of(title, reference, title=True) or season_of(body, reference)
    if not named and season is None:
        return None
    first = parts[0]
    if season is not None:
        year = season[0] if first.month >= _SEASON_TURNS else season[1]
        reason = f"the date gives none; the item names the season {season[0]}-{season[1]}"
    else:
        year = max(named, key=lambda y: (named.count(y), y))
        where = "title" if year in naming_years(title, reference, title=True) else "text"
        said = title if where == "title" else body
        reason = f"the date gives none; the item's {where} names {year}" if str(year) in said else \
            f"the date gives none; the item's {where} names the account of {year - 1}, given out in {year}"
    first = next((p for p in parts if p.in_year(year) is not None), first)
    return _day(first, year), reason


def agreeing_date(part: DayPart, others: Iterable[Mention]) -> DayPart | None:
    """The date the item gives elsewhere for a day whose weekday its year contradicts ("Monday 3rd March 2013",
    a Sunday, beside "Monday 3 March 2014"): the same day and month in a year where the weekday fits."""
    if part.year is None or part.weekday is None or part.weekday_fits(part.year):
        return None
    for mention in others:
        other = mention.first
        if other is not None and other.year is not None and (other.month, other.day) == (part.month, part.day) \
                and part.weekday_fits(other.year):
            return DayPart(part.day, part.month, other.year, part.weekday)
    return None


_AGREEING = 3  # distinct year-less weekday dates that must all agree on one year before they outweigh its context
_AGREE_YEARS = 3  # years either side of the day in context in which they may agree


def agreed_year(parts: Iterable[DayPart], around: dt.date) -> int | None:
    """The one year near `around` in which every one of an item's many year-less weekday dates fits, or None.

    Twelve rows "Wednesday - Thursday, 16 - 17 January" ... "18 - 19 December" under a page stamp of 2020 fit no
    year near 2020 but all fit 2019: one weekday that misses the year of its context may be a slip of the pen,
    a table of them that all agree on another year is not. Fewer than three dates, or dates that disagree, or
    two such years in the window, say nothing.
    """
    days = {(p.month, p.day, p.weekday) for p in parts if p.weekday is not None and p.year is None}
    if len({(month, day) for month, day, _ in days}) < _AGREEING:
        return None
    fitting = [year for year in range(around.year - _AGREE_YEARS, around.year + _AGREE_YEARS + 1)
               if all(DayPart(day, month, None, weekday).weekday_fits(year) for month, day, weekday in days)]
    return fitting[0] if len(fitting) == 1 else None


def written_year(part: DayPart, written: Iterable[int], published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day of a year-less date whose weekday fits no year near the item's day in context, in the one year the
    item writes out in which it fits ("Monday (18 January)" beside "plans for 2021" under a list row "24 April
    1980"); None when it fits none of them or several, or one within a year of the publication date (a slip of the
    weekday, which misprint.py reads)."""
    if part.weekday is None or part.year is not None:
        return None
    fits = [year for year in written if part.weekday_fits(year)]
    if len(fits) != 1 or published is not None and abs(fits[0] - published.year) <= 1:
        return None
    day = dt.date(fits[0], part.month, part.day)
    return day, f"{day:%A} {day:%d %B} falls in {fits[0]}, the one year the item writes in which it fits"


def weekday_year(part: DayPart, published: dt.date | None, reference: dt.date | None,
                 named: list[int]) -> tuple[dt.date, str] | None:
    """The day of a year-less date whose weekday does not fit the year near the day in context.

    A reader trusts the weekday over a date told earlier ("On 26 December 2004, a tsunami struck ... briefing on
    Thursday 24 October"): the weekday fits near the item's publication date, else (no publication date) in the
    year nearest the reference date, as `year_of_weekdays` chooses. None when neither settles it (a slip of the
    weekday in an item whose date is known): the date then keeps the year near its context.
    """
    if part.weekday is None or part.year is not None:
        return None
    if published is not None:
        fits = [dt.date(y, part.month, part.day) for y in range(published.year - 1, published.year + 2)
                if part.weekday_fits(y)]
        near = [d for d in fits if abs((d - published).days) < NEAR_DAYS]
        if not near:
            return None
        day = min(near, key=lambda d: abs((d - published).days))
        return day, f"the item is dated {published:%d %B %Y}, and {day:%d %B} is a {day:%A} in {day.year}"
    if reference is None:
        return None
    return year_of_weekdays([part], named, reference)


_FEW_WEEKDAYS = 4  # weekdays a paragraph names about one day at most


def paired_weekdays(blocks: list[tuple[str, list[Mention], bool]],
                    names_the_day: Callable[[str, Mention, bool], bool]) -> list[DayPart]:
    """Year-less days that a bare weekday of the same paragraph names: "the House sits on Tuesday (tomorrow) ...
    opens at 5 pm on December 10". A paragraph with one such day and one weekday speaks of one day; read as
    "Tuesday, December 10", it tells the year. Each block is (text, mentions, opens with a wire's dateline): a
    wire's day is the day the news was made ("Kuala Lumpur, Nov 9 (wire): the ministry said on Tuesday"), named
    by a weekday of its paragraph, else by the story's one weekday that may name it (`names_the_day` says which
    weekday may name a wire's day, or another date)."""
    parts = []
    for text, mentions, wire in blocks:
        days = [m.first for m in mentions if m.kind == "day" and m.first is not None and m.first.year is None]
        if wire:
            days = days[:1]  # "MOSCOW, January 28. /TASS/. ... talks on February 1, ... told reporters on Friday"
        if len(days) != 1 or days[0].weekday is not None:
            continue
        bare = [m for m in mentions if m.kind == "weekday"]
        if len(bare) > _FEW_WEEKDAYS:
            continue  # a paragraph of many weekdays (a timetable) speaks of many days
        weekdays = {m.weekday for m in bare if names_the_day(text, m, wire)}
        if wire and not weekdays:
            # "On Tuesday a doctor examined him": the day of the news, told below the dateline.
            weekdays = {m.weekday for text, mentions, _ in blocks for m in mentions[:_FEW_WEEKDAYS]
                        if m.kind == "weekday" and names_the_day(text, m, True)}
        if len(weekdays) == 1:
            parts.append(DayPart(days[0].day, days[0].month, None, weekdays.pop()))
    return parts




def title_weekday(title: str, body: list[Mention]) -> list[DayPart]:
    """The year-less day that a title's one weekday names: "Acme, giovedì cda sui conti" (Thursday, a board on the
    accounts) over "il consiglio li esaminerà il 24 febbraio". A headline drops the words a sentence puts before a
    weekday; with no date of its own and one weekday, it speaks of the item's day when the body gives one year-less
    day and no weekday: read as "Thursday, 24 February", it tells the year."""
    named = {weekday for word in re.findall(r"[^\W\d_]{5,}", title.lower())
             if (weekday := _weekday_names().get(word)) is not None}
    if len(named) != 1 or any(m.kind == "weekday" or m.first is not None and m.first.weekday is not None
                              for m in body):
        return []
    days = {(m.first.month, m.first.day) for m in body
            if m.kind == "day" and m.first is not None and m.first.year is None}
    if len(days) != 1:
        return []
    month, day = days.pop()
    return [DayPart(day, month, None, named.pop())]


@functools.cache
def _weekday_names() -> dict[str, int]:
    """Weekday names of five letters or more in the languages read, each naming one weekday in all of them."""
    from parsers import lang_catalan, lang_iberian, lang_italian, lang_nordic, lang_romanian  # (they import dates)

    names: dict[str, set[int]] = {}
    for table in (WEEKDAYS, lang_catalan.WEEKDAYS, lang_iberian.WEEKDAYS, lang_italian.WEEKDAYS,
                  lang_nordic.WEEKDAYS, lang_romanian.WEEKDAYS):
        for name, weekday in table.items():
            names.setdefault(name.lower(), set()).add(weekday)
    return {name: days.pop() for name, days in names.items() if len(days) == 1 and len(name) >= 5}


def prepare() -> None:
    """Build now the table of the other languages' weekday names, which the first article read would build
    (`parsers.prepare`, before workers fork)."""
    _weekday_names()


# "4 November falls on a Tuesday", "Christmas Day, 25 December, is a Thursday": a weekday said of a date.
_SAID_OF_DATE = re.compile(r"(?:\s*,[^,.;]{1,30},)?\s+(?:falls|fell|will\s+fall|is|was|will\s+be)\s+(?:on\s+)?an?\s+"
                           r"(?P<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def weekdays_said_of_dates(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> dict[tuple[int, int], int]:
    """(month, day) -> weekday for the year-less dates the text gives a weekday of in so many words ("Because 4
    November falls on a Tuesday, ..."): the same date told elsewhere ("On 4 November Tonga marks ...") is in the
    year where it falls on that weekday."""
    said: dict[tuple[int, int], int] = {}
    for block in blocks:
        for mention in mentions_of.get(block.number, []):
            part = mention.first
            if mention.kind == "day" and part is not None and part.year is None and part.weekday is None \
                    and (match := _SAID_OF_DATE.match(block.text, mention.end)) is not None:
                said[(part.month, part.day)] = WEEKDAYS[match.group("w").lower()]
    return said


_LEAP_GAP = 8  # years from one 29 February to the next, at most (1896 to 1904)


def default_day(part: DayPart, reference: dt.date) -> tuple[dt.date, str]:
    """A year-less date nothing in the item dates: the latest such day up to some weeks after the reference date.

    A release read today was written on or before today and announces days of its coming weeks: "on 14 May"
    read in December is the May past (a release of the spring), "on 15 January" the coming one.
    """
    limit = reference + DEFAULT_AHEAD
    year = next((y for y in range(limit.year, max(limit.year - _LEAP_GAP - 1, 0), -1)
                 if part.in_year(y) is not None and dt.date(y, part.month, part.day) <= limit), None)
    if year is None:  # "30 February" fits no year: a date the calendar cannot hold (article_events reports it)
        raise ValueError(f"no year has day {part.day} of month {part.month}")
    day = dt.date(year, part.month, part.day)
    return day, (f"the text gives none; {day:%d %B} is taken in {year}, the latest such day up to"
                 f" {limit:%d %B %Y}, some weeks after the reference date {reference:%d %B %Y}")


_NUMBERED_REACH = 45  # days either side of the item's date in which "Friday (09)" is looked for


def numbered_weekday(weekday: int, number: int, near: dt.date) -> dt.date | None:
    """The day nearest `near` that is that weekday and that day of the month ("Friday (09)"), if one is near."""
    days = [near + dt.timedelta(days=k) for k in range(-_NUMBERED_REACH, _NUMBERED_REACH + 1)]
    fitting = [d for d in days if d.day == number and d.weekday() == weekday]
    return min(fitting, key=lambda d: abs((d - near).days)) if fitting else None
