"""The date and time grammar (parsers/dates.py): every documented form, what must not match, round trips."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import parsers
from model import Article, ParseError
from parsers.dates import DayPart, Mention, find_mentions, parse_clock, resolve_day

T = dt.time
D = DayPart
Summary = tuple[object, ...]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTH_ABBRS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBRS = ("Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun.")
ZONE_LABELS = ("CET", "CEST", "EET", "GMT", "BST", "UTC", "UTC+2", "Brussels time", "local time")
Row = tuple[str, tuple[Summary, ...], str]


def summary(mention: Mention) -> Summary:
    """A mention as a compact tuple: its kind and the values that kind carries."""
    if mention.kind == "day":
        return ("day", mention.first)
    if mention.kind == "span":
        return ("span", mention.first, mention.last)
    if mention.kind == "relative":
        return ("relative", mention.offset)
    if mention.kind == "weekday":
        return ("weekday", mention.weekday)
    if mention.kind == "time":
        return ("time", mention.time, mention.until, mention.zone)
    return (mention.kind, mention.offset)


def summaries(text: str, numeric_order: str = "") -> tuple[Summary, ...]:
    mentions = find_mentions(text, numeric_order)
    for mention in mentions:  # every mention points at its own words
        assert text[mention.start : mention.end].strip() == mention.text
    return tuple(summary(m) for m in mentions)


# --- the documented forms, one row each: (text, expected mentions, why) -------------------------------------

DAY_ROWS: list[Row] = [
    ("21 November 2023", (("day", D(21, 11, 2023)),), "day month year"),
    ("21st November", (("day", D(21, 11)),), "ordinal day, no year"),
    ("21-Nov-2023", (("day", D(21, 11, 2023)),), "day, month's abbreviation and year between dashes"),
    ("November 21, 2023", (("day", D(21, 11, 2023)),), "US order with comma"),
    ("Tuesday 21 November", (("day", D(21, 11, None, 1)),), "weekday without comma"),
    ("Tuesday, 21 November", (("day", D(21, 11, None, 1)),), "weekday with comma"),
    ("on Tuesday (Nov. 21) at noon", (("day", D(21, 11, None, 1)), ("time", T(12), None, "")),
     "a US-order date in brackets after its weekday"),
    ("(on November 21) the panel", (("day", D(21, 11)),), "a bracket the date did not open is not the date's"),
    ("Tuesday (21 November 2023)", (("day", D(21, 11, 2023, 1)),), "date in brackets after the weekday"),
    ("21 Nov.", (("day", D(21, 11)),), "abbreviated month with a full stop"),
    ("Sept. 5, 2024", (("day", D(5, 9, 2024)),), "four-letter abbreviation, US order"),
    ("2023-11-21", (("day", D(21, 11, 2023)),), "ISO date"),
    ("21/11/2023", (("day", D(21, 11, 2023)),), "slashed date that can only be day first"),
    ("11/21/2023", (("day", D(21, 11, 2023)),), "slashed date that can only be month first"),
    ("03/04/2024", (), "ambiguous slashed date without a convention: nothing"),
    ("the 21st of November", (("day", D(21, 11)),), "'the 21st of November'"),
    ("on the 8th day of December, 2026", (("day", D(8, 12, 2026)),), "the formal 'Nth day of MONTH, YEAR'"),
    ("Tuesday, the 8th day of December", (("day", D(8, 12, None, 1)),), "the same after its weekday"),
    ("the twenty-first day of January, 2027", (("day", D(21, 1, 2027)),), "the day in words"),
    ("10 Dec '26", (("day", D(10, 12, 2026)),), "a flyer's year: two digits after an apostrophe"),
    ("Sat, Dec. 12 ’26", (("day", D(12, 12, 2026, 5)),), "the same in US order, a curly apostrophe"),
    ("on 3 May 'Spring Night' opens", (("day", D(3, 5)),), "a quoted name after the day is no year"),
    ("29 February 2024", (("day", D(29, 2, 2024)),), "leap day of a leap year"),
    ("29 February 2023", (), "no leap day in a common year"),
    ("31 November 2023", (), "November has 30 days"),
    ("Thursday, 9/18: two briefings", (("day", D(18, 9, None, 3)),), "weekday heading a month/day with no year"),
    ("Fri 19/9 -", (("day", D(19, 9, None, 4)),), "weekday heading a day/month that can be read one way only"),
    ("Monday, 3/4:", (), "weekday before an ambiguous day and month, no convention: nothing"),
]

SPAN_ROWS: list[Row] = [
    ("From 19 to 22 November 2023", (("span", D(19, 11, 2023), D(22, 11, 2023)),), "From .. to .., one month"),
    ("19-22 November", (("span", D(19, 11), D(22, 11)),), "hyphen"),
    ("19–22 November", (("span", D(19, 11), D(22, 11)),), "en dash"),
    ("30 November - 2 December 2023", (("span", D(30, 11, 2023), D(2, 12, 2023)),), "two months, one year"),
    ("19 and 20 November", (("span", D(19, 11), D(20, 11)),), "two days joined by 'and'"),
    ("on 19/20 November", (("span", D(19, 11), D(20, 11)),), "two days joined by a slash"),
    ("November 19th through the 21st", (("span", D(19, 11), D(21, 11)),), "'through the 21st'"),
    ("on May 5 and the 12 delegates", (("day", D(5, 5)),), "'the' before a count is no day"),
    ("the 18th and 19th of March", (("span", D(18, 3), D(19, 3)),), "ordinals, 'the' and 'of'"),
    ("from the 18th of March to the 20th of March 2025", (("span", D(18, 3, 2025), D(20, 3, 2025)),),
     "each end with 'the' and 'of'"),
    ("from 6 to 10 November", (("span", D(6, 11), D(10, 11)),), "lower-case 'from'"),
    ("from the 7th to the 9th day of December 2026", (("span", D(7, 12, 2026), D(9, 12, 2026)),),
     "the formal 'day of' after the span's last day"),
    ("30 December 2023 - 2 January 2024", (("span", D(30, 12, 2023), D(2, 1, 2024)),), "across a new year"),
    ("30 December - 2 January 2024", (("span", D(30, 12, 2023), D(2, 1, 2024)),),
     "across a new year, the year said once: the first day is in the year before"),
    ("November 19-22, 2023", (("span", D(19, 11, 2023), D(22, 11, 2023)),), "US order span"),
    ("November 30 - December 2, 2023", (("span", D(30, 11, 2023), D(2, 12, 2023)),), "US order, two months"),
]

RELATIVE_ROWS: list[Row] = [
    ("On the same day", (("relative", 0),), "the same day"),
    ("Later that day", (("relative", 0),), "later that day"),
    ("the following day", (("relative", 1),), "the day after, said one way"),
    ("the day after", (("relative", 1),), "the day after, said another way"),
    ("the day before", (("relative", -1),), "the day before"),
    ("the day after tomorrow at 10:00", (("published", 2), ("time", T(10), None, "")),
     "two days after the publication day, not the day after the day in context"),
    ("the day before yesterday", (("published", -2),), "two days before the publication day"),
    ("On Wednesday", (("weekday", 2),), "a weekday alone"),
    ("on Tuesday, 10:00 hrs", (("weekday", 1), ("time", T(10), None, "")), "a weekday before a time, no date"),
    ("Tuesday 10 am", (("weekday", 1), ("time", T(10), None, "")), "a weekday before an hour with am"),
    ("Monday to Friday 9:00", (("weekday", 0), ("time", T(9), None, "")),
     "the last weekday of a run before a time: opening hours, read as before (no weekday of its own)"),
]

TIME_ROWS: list[Row] = [
    ("09:15", (("time", T(9, 15), None, ""),), "24-hour clock, colon"),
    ("9.15", (("time", T(9, 15), None, ""),), "full stop as separator"),
    ("9.15 am", (("time", T(9, 15), None, ""),), "am"),
    ("2 p.m.", (("time", T(14), None, ""),), "bare hour with p.m."),
    ("at 10 hours", (("time", T(10), None, ""),), "a whole hour said as Spanish says it ('a las 10 horas')"),
    ("at 15 hrs (local time)", (("time", T(15), None, "local time"),), "the same, abbreviated, with a label"),
    ("12 p.m.", (("time", T(12), None, ""),), "12 p.m. is noon"),
    ("12 a.m.", (("time", T(0), None, ""),), "12 a.m. is midnight"),
    ("14h30", (("time", T(14, 30), None, ""),), "French style"),
    ("at 10H00", (("time", T(10, 0), None, ""),), "French style with a capital H, as West African releases write it"),
    ("ref. A10H00", (), "glued to a word: a code, no time"),
    ("noon", (("time", T(12), None, ""),), "noon"),
    ("midday", (("time", T(12), None, ""),), "midday"),
    ("from 10:00 to 11:30", (("time", T(10), T(11, 30), ""),), "from .. to .."),
    ("10:00-11:30", (("time", T(10), T(11, 30), ""),), "hyphenated range"),
    ("between 9:00 and 10:00", (("time", T(9), T(10), ""),), "between .. and .."),
    ("from 2 to 3 p.m.", (("time", T(14), T(15), ""),), "the first hour borrows p.m."),
    ("from 10 to 11 a.m.", (("time", T(10), T(11), ""),), "the first hour borrows a.m."),
    ("09:15 (CET)", (("time", T(9, 15), None, "CET"),), "zone label in brackets"),
    ("09:15 CEST", (("time", T(9, 15), None, "CEST"),), "summer label"),
    ("09:15 EET", (("time", T(9, 15), None, "EET"),), "Eastern European"),
    ("09:15 GMT", (("time", T(9, 15), None, "GMT"),), "GMT"),
    ("09:15 BST", (("time", T(9, 15), None, "BST"),), "British summer"),
    ("09:15 UTC", (("time", T(9, 15), None, "UTC"),), "UTC"),
    ("09:15 UTC+2", (("time", T(9, 15), None, "UTC+2"),), "explicit offset"),
    ("09:15 hrs (UTC/GMT +5:30)", (("time", T(9, 15), None, "UTC/GMT +5:30"),),
     "both names of the clock, then the offset"),
    ("09:15 Brussels time", (("time", T(9, 15), None, "Brussels time"),), "a city's time"),
    ("09:15 local time", (("time", T(9, 15), None, "local time"),), "local time"),
    ("at 14h30 (Brussels time)", (("time", T(14, 30), None, "Brussels time"),), "'at', French style, bracketed"),
    ("from 10:00 to 11:30 CET", (("time", T(10), T(11, 30), "CET"),), "range with a zone label"),
    ("19:45", (("time", T(19, 45), None, ""),), "evening before 20:00"),
    # Hours 20-23 were once all read as 02:00 (the hour pattern stopped after the digit '2').
    ("20:15", (("time", T(20, 15), None, ""),), "hour 20"),
    ("21.30 CET", (("time", T(21, 30), None, "CET"),), "hour 21, full stop"),
    ("23h59 CET", (("time", T(23, 59), None, "CET"),), "hour 23, French style"),
    ("from 20:00 to 22:00", (("time", T(20), T(22), ""),), "evening range"),
    # A bare first hour once borrowed 'p.m.' even when that made the range run backwards (23:00-13:00).
    ("from 11 to 1 p.m.", (("time", T(11), T(13), ""),), "range across noon"),
    # Pages that lose spaces glue a time to the word before it and a label to the word after it.
    ("doors close at roughly9.30pm", (("time", T(21, 30), None, ""),), "a time glued to the word before it"),
    ("the team runs from2.00pm– 4.00pm ACSTwith cameras", (("time", T(14), T(16), "ACST"),),
     "a glued range, and a label glued to the word after it"),
    ("at 10:00 Zurich", (("time", T(10), None, ""),), "a one-letter label ('Z') does not end inside a word"),
    ("from 14:00 to 15:00 CET (13:00 to 14:00 GMT)", (("time", T(14), T(15), "CET"),),
     "a bracketed range in another zone is the same moment: the first range, with its label"),
    ("at 16:30 CEST (14:30 UTC)", (("time", T(16, 30), None, "CEST"),), "a bracketed conversion of one time"),
    ("the panel meets at 1520.", (("time", T(15, 20), None, ""),), "'at HHMM' at the end of a sentence"),
    ("rates come out at 9 a.m. (0800 GMT)", (("time", T(9), None, "UTC+01:00"),),
     "an unlabelled local time with its moment in GMT, wire style: the bracket gives the local clock's offset"),
    ("the vote opens at 10:00 (08:00 UTC)", (("time", T(10), None, "UTC+02:00"),), "the same with a colon and UTC"),
    ("the decision is out at 9 am (2000 GMT)", (("time", T(9), None, "UTC+13:00"),),
     "a local morning that is the evening before in UTC: the local day stays"),
    ("the island votes at 8 am (1800 GMT)", (("time", T(8), None, "UTC-10:00"),), "a clock behind UTC"),
    ("the call starts at 15:00 GMT (11 a.m. EDT)", (("time", T(15), None, "UTC"),),
     "beside a conversion to another clock, GMT is Greenwich's own, not London's summer clock"),
    ("1400-1530 GMT", (("time", T(14), T(15, 30), "GMT"),), "a wire range, its clock written once after the end"),
    ("1300-1430 EST", (("time", T(13), T(14, 30), "EST"),), "a range of four figures, a clock label after the end"),
    ("In 2019-2020 EST was", (), "years are no range, whatever follows them"),
    ("at 10:30 IST (0500 GMT)", (("time", T(10, 30), None, "India Standard Time"),),
     "an ambiguous label: the bracket's offset from GMT says India's clock, not Ireland's"),
    ("at 9:00 CST (01:00 UTC)", (("time", T(9), None, "China Standard Time"),), "China's CST, not Chicago's"),
    ("from 0930 to 1100 hours", (("time", T(9, 30), T(11), ""),), "a military range with 'to', 'hours' once"),
]

SENTENCE_ROWS: list[Row] = [
    ("Both captains speak in Leeds and Bristol on 4 and 5 July, respectively.",
     (("day", D(4, 7)), ("day", D(5, 7))), "'respectively' pairs the days with the subjects: two days, no span"),
    ("The board meets on 12 March and 17 September at 10:00.",
     (("day", D(12, 3)), ("day", D(17, 9)), ("time", T(10), None, "")),
     "two days far apart joined by 'and' are two days, not a span from one to the other"),
    ("The board meets on 30 and 31 March.", (("span", D(30, 3), D(31, 3)),), "days that follow each other: a span"),
    ("The board meets on 31 December and 1 January.", (("span", D(31, 12), D(1, 1)),),
     "days that follow each other across a year's end: a span"),
    ("The board meets on 3, 4 and 5 March.", (("span", D(3, 3), D(5, 3)),), "a run of days listed one by one: a span"),
    ("The envoys visit from Tuesday to Thursday (8-10 December).", (("span", D(8, 12, None, 1), D(10, 12, None, 3)),),
     "a run of weekdays, its dates in brackets after it: one span, each weekday on its day"),
    ("The envoys visit from Monday to Wednesday (11 to 13 January 2027).",
     (("span", D(11, 1, 2027, 0), D(13, 1, 2027, 2)),), "the same, with a year"),
    ("The envoys visit on Monday and then (11 to 13 January 2027) again.",
     (("weekday", 0), ("span", D(11, 1, 2027), D(13, 1, 2027))), "a weekday not in a run keeps apart"),

    ("On Tuesday, 21 November 2023, the Secretary General will meet the Prime Minister.",
     (("day", D(21, 11, 2023, 1)),), "'On' is not part of the date; the weekday is"),
    ("On 21 November 2023 at 09:15 CET, the Council meets.",
     (("day", D(21, 11, 2023)), ("time", T(9, 15), None, "CET")), "a day and a time"),
    ("On Sept. 5 at 12.05 am (CET) the Council meets.",
     (("day", D(5, 9)), ("time", T(0, 5), None, "CET")), "abbreviated month, then a time after midnight"),
    ("Meeting on 2023-11-21 at 09.15.", (("day", D(21, 11, 2023)), ("time", T(9, 15), None, "")),
     "a sentence's final full stop is no minute separator"),
]


ALL_ROWS: list[Row] = [*DAY_ROWS, *SPAN_ROWS, *RELATIVE_ROWS, *TIME_ROWS, *SENTENCE_ROWS]


@pytest.mark.parametrize(("text", "expected", "why"), ALL_ROWS, ids=[why for _, _, why in ALL_ROWS])
def test_documented_forms(text: str, expected: tuple[Summary, ...], why: str) -> None:
    assert summaries(text) == expected, why


@pytest.mark.parametrize(("text", "order", "expected", "why"), [
    ("03/04/2024", "dmy", (("day", D(3, 4, 2024)),), "day first by the source's convention"),
    ("03/04/2024", "mdy", (("day", D(4, 3, 2024)),), "month first by the source's convention"),
    ("03/04/2024", "", (), "no convention: ambiguous, so nothing"),
    ("04/04/2024", "", (("day", D(4, 4, 2024)),), "both readings are the same day"),
    ("21/11/2023", "dmy", (("day", D(21, 11, 2023)),), "day first, as the convention says"),
    ("11/21/2023", "mdy", (("day", D(21, 11, 2023)),), "month first, as the convention says"),
    ("21/11/2023", "mdy", (), "a 21st month does not exist"),
    ("Monday, 3/4:", "mdy", (("day", D(4, 3, None, 0)),), "weekday and month/day by the convention"),
])  # fmt: skip
def test_numeric_order(text: str, order: str, expected: tuple[Summary, ...], why: str) -> None:
    assert summaries(text, order) == expected, why


@pytest.mark.parametrize(("text", "why"), [
    ("In May, our troops", "a month without a day"),
    ("since the 1980s", "a decade"),
    ("The crossing took 10 hours", "a while, not a clock"),
    ("Crews deploy at 2 hours notice", "'at' a number of hours before 'notice': a while"),
    ("Crews deploy at 24 hours' notice", "the same, with the possessive"),
    ("by 2031", "a bare year"),
    ("442,701 Euro", "an amount with a thousands separator"),
    ("2.15 million", "a decimal amount, not 02:15"),
    ("3.5 percent", "a percentage, not 03:05"),
    ("5.30 per cent", "a percentage, not 05:30"),
    ("3.45%", "a percentage sign"),
    ("1.5 km", "a distance"),
    ("Mayor of Paris", "'May' inside a word"),
    ("the May 2024 summit", "month and year without a day"),
    ("version 1.15.3", "a version number, not 01:15"),
    ("between 10 and 20 percent", "a range of percentages, not of hours"),
    ("aged 18-25", "an age range"),
    ("10 Downing Street", "a house number"),
    ("Resolution 2231 of 2015", "a resolution number"),
    ("release2.10 of the app", "digits glued to a word without am/pm or a colon: a version"),
    ("row 7oct10:00 amBoard", "a month glued to a time is a cell of a date, not a glued time"),
    ("a margin of 8/26 on the vote", "a slashed pair with no weekday before it: a score, not a date"),
    ("the ridge rises at 1520.5 metres", "'at' and four digits with a decimal: a measure"),
    ("The Mayor of Paris said 442,701 Euro, or 3.5 percent, went to version 1.15.3 in May.",
     "all of them in one sentence"),
])  # fmt: skip
def test_not_a_date_or_time(text: str, why: str) -> None:
    assert find_mentions(text) == [], why


# --- resolve_day: the year from context ------------------------------------------------------------------


@pytest.mark.parametrize(("part", "context", "expected", "why"), [
    (D(21, 11), dt.date(2023, 11, 1), dt.date(2023, 11, 21), "same year"),
    (D(21, 11), dt.date(2024, 3, 1), dt.date(2023, 11, 21), "last November is nearer than next"),
    (D(21, 11), dt.date(2024, 6, 1), dt.date(2024, 11, 21), "this November is nearer than last"),
    (D(5, 1), dt.date(2023, 12, 20), dt.date(2024, 1, 5), "a January date in a December item: next year"),
    (D(28, 12), dt.date(2024, 1, 3), dt.date(2023, 12, 28), "a December date in a January item: last year"),
    (D(29, 2), dt.date(2024, 12, 1), dt.date(2024, 2, 29), "a leap day goes to the nearest leap year"),
    (D(29, 2), dt.date(2023, 12, 1), dt.date(2024, 2, 29), "a leap day goes to the nearest leap year"),
])  # fmt: skip
def test_resolve_day_takes_the_nearest_year(part: DayPart, context: dt.date, expected: dt.date, why: str) -> None:
    assert resolve_day(part, context) == (expected, True, ""), why


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)), st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31)))
@example(dt.date(2024, 2, 29), dt.date(2026, 1, 10))
@example(dt.date(2024, 1, 5), dt.date(2023, 12, 20))
def test_resolve_day_year_less_is_the_nearest_such_day(day: dt.date, context: dt.date) -> None:
    years = range(context.year - 8, context.year + 9)
    candidates = [dt.date(y, day.month, day.day) for y in years if day.day <= calendar.monthrange(y, day.month)[1]]
    nearest = min(candidates, key=lambda d: abs((d - context).days))
    assert resolve_day(D(day.day, day.month), context) == (nearest, True, "")


def test_resolve_day_weekday_picks_the_year() -> None:
    # From 1 June 2024, 21 November 2024 (a Thursday) is nearer than 21 November 2023 (a Tuesday).
    context = dt.date(2024, 6, 1)
    assert resolve_day(D(21, 11), context) == (dt.date(2024, 11, 21), True, "")
    assert resolve_day(D(21, 11, None, 1), context) == (dt.date(2023, 11, 21), True, "")
    assert resolve_day(D(21, 11, None, 3), context) == (dt.date(2024, 11, 21), True, "")


def test_resolve_day_contradicting_weekday_gives_a_note() -> None:
    day, inferred, note = resolve_day(D(21, 11, None, 0), dt.date(2024, 6, 1))
    assert (day, inferred) == (dt.date(2024, 11, 21), True)  # the date, more specific, wins
    assert "Monday" in note
    assert "Thursday" in note


def test_resolve_day_explicit_year_wins() -> None:
    assert resolve_day(D(21, 11, 2023), dt.date(2030, 6, 1)) == (dt.date(2023, 11, 21), False, "")
    assert resolve_day(D(21, 11, 2023, 1), dt.date(2030, 6, 1)) == (dt.date(2023, 11, 21), False, "")
    day, inferred, note = resolve_day(D(21, 11, 2023, 2), dt.date(2030, 6, 1))
    assert (day, inferred) == (dt.date(2023, 11, 21), False)
    assert "Wednesday" in note
    assert "Tuesday" in note


def test_parse_clock_bare_hour_borrows_meridiem_from_partner() -> None:
    assert parse_clock("2", "3 p.m.") == T(14)
    assert parse_clock("10", "11 a.m.") == T(10)
    assert parse_clock("10") == T(10)
    assert parse_clock("11", "1 p.m.") == T(11)  # not 23:00, after the end
    assert parse_clock("21:30") == T(21, 30)
    with pytest.raises(ValueError, match="not a time"):
        parse_clock("half past nine")


def _nearest_leap_day(context: dt.date) -> dt.date:
    days = [dt.date(y, 2, 29) for y in range(context.year - 8, context.year + 9) if calendar.isleap(y)]
    return min(days, key=lambda d: abs((d - context).days))


@pytest.mark.parametrize("context", [dt.date(2026, 1, 10), dt.date(2025, 12, 31), dt.date(2027, 6, 1),
                                     dt.date(1900, 6, 1), dt.date(2101, 3, 1)])
def test_resolve_day_leap_day_far_from_leap_years(context: dt.date) -> None:
    # Once an IndexError: no leap year among the context's year and its two neighbours.
    assert resolve_day(D(29, 2), context) == (_nearest_leap_day(context), True, "")


def test_extract_year_less_leap_day_in_a_year_far_from_leap_years() -> None:
    text = "Council meeting\n\nOn 29 February, the Council meets in Brussels."
    result = parsers.extract(text, source="x", reference=dt.date(2026, 1, 10))
    assert [e.start for e in result.events] == [dt.date(2024, 2, 29)]


# After "On", a bare weekday ("On Wednesday, the ...") once won over the date it starts: "On Thursday,
# May 2" lost its weekday, and "On Wed. 22 Nov." lost its date altogether.
def test_weekday_before_a_us_order_date_after_on() -> None:
    assert summaries("On Thursday, May 2, the Council meets.") == (("day", D(2, 5, None, 3)),)
    text = "Council\n\nOn Thursday, May 2, the Council meets in Brussels."
    events = parsers.extract(text, source="x", reference=dt.date(2025, 1, 1)).events
    assert [e.start for e in events] == [dt.date(2024, 5, 2)]  # 2 May 2025 is a Friday


def test_abbreviated_weekday_with_a_full_stop_after_on() -> None:
    assert summaries("On Wed. 22 Nov., the Council meets.") == (("day", D(22, 11, None, 2)),)


def test_weekday_before_a_date_without_on() -> None:
    assert summaries("Thursday, May 2, 2024") == (("day", D(2, 5, 2024, 3)),)
    assert summaries("Wed. 22 Nov., the Council meets.") == (("day", D(22, 11, None, 2)),)
    assert summaries("On Wednesday, 22 November, the Council meets.") == (("day", D(22, 11, None, 2)),)


# --- round trips: render a date or time as press offices write it, read it back ---------------------------

DATES = st.dates(dt.date(2000, 1, 1), dt.date(2040, 12, 31))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _month(d: dt.date) -> str:
    return MONTHS[d.month - 1]


def _abbr(d: dt.date) -> str:
    return MONTH_ABBRS[d.month - 1]


# (form, numeric_order, has year, has weekday)
DayForm = tuple[Callable[[dt.date], str], str, bool, bool]
DAY_FORMS: dict[str, DayForm] = {
    "d Month yyyy": (lambda d: f"{d.day} {_month(d)} {d.year}", "", True, False),
    "dth Month yyyy": (lambda d: f"{_ordinal(d.day)} {_month(d)} {d.year}", "", True, False),
    "Month d, yyyy": (lambda d: f"{_month(d)} {d.day}, {d.year}", "", True, False),
    "Weekday d Month yyyy": (lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {_month(d)} {d.year}", "", True, True),
    "Weekday, d Month yyyy": (lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {_month(d)} {d.year}", "", True, True),
    "Weekday (d Month yyyy)": (lambda d: f"{WEEKDAYS[d.weekday()]} ({d.day} {_month(d)} {d.year})", "", True, True),
    "Weekday, Month d, yyyy": (lambda d: f"{WEEKDAYS[d.weekday()]}, {_month(d)} {d.day}, {d.year}", "", True, True),
    "Wkd., d Mon. yyyy": (lambda d: f"{WEEKDAY_ABBRS[d.weekday()]}, {d.day} {_abbr(d)} {d.year}", "", True, True),
    "Mon. d, yyyy": (lambda d: f"{_abbr(d)} {d.day}, {d.year}", "", True, False),
    "yyyy-mm-dd": (lambda d: d.isoformat(), "", True, False),
    "dd/mm/yyyy": (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", "dmy", True, False),
    "mm/dd/yyyy": (lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy", True, False),
    "d Month": (lambda d: f"{d.day} {_month(d)}", "", False, False),
    "dth Month": (lambda d: f"{_ordinal(d.day)} {_month(d)}", "", False, False),
    "d Mon.": (lambda d: f"{d.day} {_abbr(d)}", "", False, False),
    "Month d": (lambda d: f"{_month(d)} {d.day}", "", False, False),
    "Weekday, d Month": (lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day} {_month(d)}", "", False, True),
    "Weekday d Month": (lambda d: f"{WEEKDAYS[d.weekday()]} {d.day} {_month(d)}", "", False, True),
}


@st.composite
def day_texts(draw: st.DrawFn) -> tuple[str, str, dt.date, bool, bool, dt.date]:
    """(text, numeric_order, day, has year, has weekday, context within 180 days of the day)."""
    day = draw(DATES)
    render, order, has_year, has_weekday = DAY_FORMS[draw(st.sampled_from(sorted(DAY_FORMS)))]
    context = day + dt.timedelta(days=draw(st.integers(-180, 180)))
    return render(day), order, day, has_year, has_weekday, context


@st.composite
def time_texts(draw: st.DrawFn, hours: st.SearchStrategy[int]) -> tuple[str, dt.time]:
    """(text, time) for a time written in one of the documented ways."""
    t = dt.time(draw(hours), draw(st.integers(0, 59)))
    am, pm = draw(st.sampled_from([("am", "pm"), ("a.m.", "p.m."), ("AM", "PM")]))
    meridiem = am if t.hour < 12 else pm
    h12 = t.hour % 12 or 12
    form = draw(st.sampled_from(["%H:%M", "%H.%M", "H:MM", "HhMM", "h.mm am", "h:mm am", "h am", "ham", "noon"]))
    if form in ("h am", "ham"):
        t = t.replace(minute=0)
    if form == "noon":
        return draw(st.sampled_from(["noon", "midday"])), dt.time(12, 0)
    text = {
        "%H:%M": f"{t:%H:%M}",
        "%H.%M": f"{t:%H.%M}",
        "H:MM": f"{t.hour}:{t.minute:02d}",
        "HhMM": f"{t.hour}h{t.minute:02d}",
        "h.mm am": f"{h12}.{t.minute:02d} {meridiem}",
        "h:mm am": f"{h12}:{t.minute:02d} {meridiem}",
        "h am": f"{h12} {meridiem}",
        "ham": f"{h12}{meridiem}",
    }[form]
    return text, t


ZONE_SUFFIXES = st.sampled_from(["", *(f" {z}" for z in ZONE_LABELS), *(f" ({z})" for z in ZONE_LABELS)])
HOURS = st.integers(0, 23)


def _only(text: str, kind: str, numeric_order: str = "") -> Mention:
    mentions = find_mentions(text, numeric_order)
    assert [m.kind for m in mentions] == [kind], (text, mentions)
    return mentions[0]


# Where a date stands in a sentence.
DAY_FRAMES = st.sampled_from(["On {}, the ministers meet in Brussels.", "The ministers meet on {} in Brussels.",
                              "{}: the ministers meet in Brussels.", "The ministers meet in Brussels, {}.",
                              "BRUSSELS, {} - The ministers meet.", "- {}, Meeting of the ministers"])


def _check_day(case: tuple[str, str, dt.date, bool, bool, dt.date], frame: str) -> None:
    text, order, day, has_year, has_weekday, context = case
    mention = _only(frame.format(text), "day", order)
    assert mention.first is not None
    assert mention.first.year == (day.year if has_year else None)
    assert mention.first.weekday == (day.weekday() if has_weekday else None)
    assert resolve_day(mention.first, context) == (day, not has_year, "")


@settings(max_examples=300, deadline=None)
@given(day_texts(), DAY_FRAMES)
def test_day_forms_round_trip(case: tuple[str, str, dt.date, bool, bool, dt.date], frame: str) -> None:
    _check_day(case, frame)


def _check_time(text: str, expected: dt.time, zone_suffix: str) -> None:
    assert parse_clock(text) == expected, text
    sentence = f"The press conference starts at {text}{zone_suffix}, in the main hall."
    mention = _only(sentence, "time")
    assert (mention.time, mention.until) == (expected, None), sentence
    assert mention.zone == zone_suffix.strip(" ()"), sentence


@settings(max_examples=300, deadline=None)
@given(time_texts(HOURS), ZONE_SUFFIXES)
@example(("21:30", dt.time(21, 30)), " CET")
@example(("23h59", dt.time(23, 59)), "")
def test_time_forms_round_trip(case: tuple[str, dt.time], zone_suffix: str) -> None:
    _check_time(*case, zone_suffix)


@settings(max_examples=300, deadline=None)
@given(day_texts(), time_texts(HOURS))
def test_day_and_time_in_one_sentence_round_trip(
    day_case: tuple[str, str, dt.date, bool, bool, dt.date], time_case: tuple[str, dt.time]
) -> None:
    day_text, order, day, _, _, context = day_case
    time_text, time = time_case
    sentence = f"{day_text}, at {time_text}: the Council meets."
    mentions = find_mentions(sentence, order)
    assert [m.kind for m in mentions] == ["day", "time"], (sentence, mentions)
    assert mentions[0].first is not None
    assert mentions[1].time is not None
    resolved, _, note = resolve_day(mentions[0].first, context)
    assert note == ""
    assert dt.datetime.combine(resolved, mentions[1].time) == dt.datetime.combine(day, time), sentence


@st.composite
def time_ranges(draw: st.DrawFn) -> tuple[str, dt.time, dt.time]:
    """(text, from, until) on a 24-hour clock, the end after the start."""
    start = draw(st.integers(0, 23 * 60 + 58))
    end = draw(st.integers(start + 1, 23 * 60 + 59))
    first, last = dt.time(*divmod(start, 60)), dt.time(*divmod(end, 60))
    form = draw(st.sampled_from(["from {} to {}", "{}-{}", "{}–{}", "between {} and {}", "From {} until {}"]))
    separator = draw(st.sampled_from([":", "."]))
    return form.format(f"{first:%H}{separator}{first:%M}", f"{last:%H}{separator}{last:%M}"), first, last


@settings(max_examples=200, deadline=None)
@given(time_ranges(), ZONE_SUFFIXES)
def test_time_ranges_round_trip(case: tuple[str, dt.time, dt.time], zone_suffix: str) -> None:
    text, first, last = case
    sentence = f"The exercise runs {text}{zone_suffix} every day."
    mention = _only(sentence, "time")
    assert (mention.time, mention.until, mention.zone) == (first, last, zone_suffix.strip(" ()")), sentence


# (form, has year); d1 and d2 are the first and last day of the span.
SpanForm = tuple[Callable[[dt.date, dt.date], str], bool]
SAME_MONTH: dict[str, SpanForm] = {
    "From d to d Month yyyy": (lambda a, b: f"From {a.day} to {b.day} {_month(b)} {b.year}", True),
    "from d to d Month": (lambda a, b: f"from {a.day} to {b.day} {_month(b)}", False),
    "d-d Month yyyy": (lambda a, b: f"{a.day}-{b.day} {_month(b)} {b.year}", True),
    "d–d Month": (lambda a, b: f"{a.day}–{b.day} {_month(b)}", False),
    "d and d Month": (lambda a, b: f"{a.day} and {b.day} {_month(b)}", False),
    "Month d-d, yyyy": (lambda a, b: f"{_month(a)} {a.day}-{b.day}, {b.year}", True),
}
ANY_MONTHS: dict[str, SpanForm] = {
    "d Month - d Month yyyy": (lambda a, b: f"{a.day} {_month(a)} - {b.day} {_month(b)} {b.year}", True),
    "d Month yyyy - d Month yyyy": (lambda a, b: f"{a.day} {_month(a)} {a.year} - {b.day} {_month(b)} {b.year}",
                                    True),
    "Month d - Month d, yyyy": (lambda a, b: f"{_month(a)} {a.day} - {_month(b)} {b.day}, {b.year}", True),
    "d Month to d Month": (lambda a, b: f"{a.day} {_month(a)} to {b.day} {_month(b)}", False),
}


@st.composite
def span_texts(draw: st.DrawFn) -> tuple[str, dt.date, dt.date, bool, dt.date]:
    """(text, first day, last day, has year, context within 150 days of the first day)."""
    first = draw(st.dates(dt.date(2000, 1, 1), dt.date(2040, 11, 30)))
    last = first + dt.timedelta(days=draw(st.integers(1, 40)))
    forms = {**ANY_MONTHS, **(SAME_MONTH if last.month == first.month and last.year == first.year else {})}
    if last - first != dt.timedelta(days=1):
        forms.pop("d and d Month", None)  # "1 and 3 January" names two days, not a span (see SENTENCE_ROWS)
    render, has_year = forms[draw(st.sampled_from(sorted(forms)))]
    context = first + dt.timedelta(days=draw(st.integers(-150, 150)))
    return render(first, last), first, last, has_year, context


@settings(max_examples=300, deadline=None)
@given(span_texts())
def test_span_forms_round_trip(case: tuple[str, dt.date, dt.date, bool, dt.date]) -> None:
    text, first, last, has_year, context = case
    mention = _only(f"The exercise takes place {text} in Latvia.", "span")
    assert mention.first is not None
    assert mention.last is not None
    assert mention.last.year == (last.year if has_year else None)
    if has_year:  # the first day's year comes from the text, said or implied
        assert mention.first.year == first.year
    start, _, _ = resolve_day(mention.first, context)
    end, _, _ = resolve_day(mention.last, start)
    assert (start, end) == (first, last), text


# --- totality: any text gives an Extraction (or a ParseError, nothing else) -------------------------------


def _check_total(text: str, reference: dt.date = dt.date(2024, 1, 1)) -> None:
    try:
        result = parsers.extract(text, source="x", reference=reference)
    except ParseError:
        return
    assert isinstance(result, parsers.Extraction)
    for event in result.events:
        assert event.end >= event.start
        if isinstance(event.start, dt.datetime):
            assert event.start.utcoffset() is not None
            assert event.timezone


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_extract_is_total_on_any_text(text: str) -> None:
    _check_total(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_extract_is_total_on_decoded_bytes(data: bytes) -> None:
    _check_total(data.decode("utf-8", errors="replace"))


# Date-like words that random text almost never produces.
WORDS = ["1", "2", "12", "13", "19", "20", "21", "24", "29", "30", "31", "0", "2023", "2024", "2026", "1900",
         "February", "Feb.", "December", "January", "Nov", "Sept.", "Monday", "Tuesday,", "(", ")", "-", "–",
         "to", "and", "from", "between", "On", "the same day", "the following day", "the day before", "On Wednesday",
         "Later that day", "09:15", "23:59", "24:00", "12 p.m.", "13 pm", "noon", "midnight", "CET", "CEST",
         "UTC+14", "UTC-12", "UTC+99", "GMT+1", "Z", "local time", "Brussels time", "Narnia time", "MSK",
         "in", "Belgrade", "Kosovo", "at", ",", ".", "\n", "\n\n", "- ", "• ", "Source: NATO", "Title", "press",
         "conference", "anniversary", "2023-02-29", "2023-11-31", "31/02/2024", "14h30", "9.15", "1400 hrs", "/"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
def test_extract_is_total_on_date_like_words(words: list[str], reference: dt.date) -> None:
    _check_total(" ".join(words), reference)


MEGABYTE = 1_000_000


def _repeat(unit: str) -> str:
    return (unit * (MEGABYTE // len(unit) + 1))[:MEGABYTE]


@pytest.mark.parametrize("text", [
    pytest.param("1 " * 500_000, id="one-digit numbers"),
    pytest.param(_repeat("November "), id="month names"),
    pytest.param(_repeat("12:"), id="colon-separated digits"),
    pytest.param("1" * MEGABYTE, id="one long digit run"),
    pytest.param(_repeat("1-2 "), id="span-like pairs"),
    pytest.param(_repeat("21 November 2023 "), id="dates"),
    pytest.param(_repeat("from 1 to "), id="open ranges"),
    pytest.param(_repeat("Tuesday, "), id="weekdays"),
    pytest.param(_repeat("On 21 November at 09:15 CET the same day 1 and 2 November - "), id="mixed"),
])  # fmt: skip
def test_a_megabyte_of_adversarial_text_is_processed(text: str) -> None:
    assert "\n" not in text
    assert len(text) >= MEGABYTE
    alone = parsers.extract(text, source="x", reference=dt.date(2024, 1, 1))  # one line: all title
    assert isinstance(alone, parsers.Extraction)
    assert alone.articles == 1
    body = parsers.extract("Title\n\n" + text, source="x", reference=dt.date(2024, 1, 1))  # all body
    assert isinstance(body, parsers.Extraction)
    assert body.articles == 1


@pytest.mark.parametrize("text", ["Monthly figures (spreadsheet, 1.13MB)", "The report (PDF, 2.45 MB)",
                                  "Annex, 10.30 kB", "Archive: 3.20 GB"])
def test_a_file_size_is_not_a_time(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "time"] == []


# (text, why): a weight, an energy, a volume or a price after a dotted number is a quantity (pages-dev15: a recipe's
# nutrition table, "Fett 20.32g", made two events at 20:32 and 06:14)
QUANTITIES = [
    ("Protein 4.12g per portion", "grams written against the number"),
    ("Fat 20.32 g, of which saturates 9.15 g", "grams after a space"),
    ("Salt 0.45g, sugar 12.30 mg", "milligrams"),
    ("Energy 11.40 kcal", "kilocalories"),
    ("Cream 2.50 ml", "millilitres"),
    ("Ticket 6.14€ at the door", "a price in euros written after the number"),
]


@pytest.mark.parametrize(("text", "why"), QUANTITIES)
def test_a_quantity_is_not_a_time(text: str, why: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "time"] == [], why


# (text, why): a number after the word naming a part of a law, a code or a document refers to that part (pages-dev15:
# a town's notice amending "Title 3.36" of its code made an event at 03:36)
PARTS = [
    ("The ordinance amends Title 3.36 of the town code.", "a title of a code"),
    ("Under Section 10.30 the fee is waived.", "a section"),
    ("See § 2.15 of the statute.", "a paragraph sign"),
    ("as Chapter 7.12 of the plan sets out", "a chapter"),
]


@pytest.mark.parametrize(("text", "why"), PARTS)
def test_a_part_of_a_code_is_not_a_time(text: str, why: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "time"] == [], why


def test_a_time_after_other_words_is_still_a_time() -> None:
    assert [m.text for m in find_mentions("The second session starts 10.30 sharp") if m.kind == "time"] == ["10.30"]


@pytest.mark.parametrize("text", ["Doors open at 10.30 giving visitors an hour", "um 18.30 gibt es Suppe"])
def test_a_word_starting_with_g_after_a_time_is_no_unit(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "time"] != []


def test_a_time_before_a_weekday_is_still_a_time() -> None:
    assert [m.text for m in find_mentions("Doors open at 10.30 on Monday") if m.kind == "time"] == ["at 10.30"]


@pytest.mark.parametrize("hours", ["Helpline: 0300 123 456 (Monday to Friday: 8am to 6pm)",
                                   "Telefon 0123 45 67, Mo.–Fr. 9.00–17.00 Uhr"])
def test_opening_hours_in_a_contact_block_are_not_an_event(hours: str) -> None:
    text = f"Prices rose in July.\n\nFor further information: {hours}"
    assert parsers.extract(text, source="x", reference=dt.date(2014, 8, 4)).events == []


def test_a_span_of_weekdays_with_dates_is_still_an_event() -> None:
    text = "The summit takes place Tuesday-Thursday, 23-25 May 2022, from 10:00 to 12:00 in Brussels."
    events = parsers.extract(text, source="x", reference=dt.date(2022, 5, 1)).events
    assert [e.start for e in events] == [dt.date(2022, 5, 23)]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("The games take place July 15-24 in 2022.", dt.date(2022, 7, 15), dt.date(2022, 7, 24)),
    ("The fair opens on 5 May in 2027.", dt.date(2027, 5, 5), dt.date(2027, 5, 5)),
])
def test_a_year_after_in_belongs_to_the_date(text: str, first: dt.date, last: dt.date) -> None:
    mention = find_mentions(text)[0]
    assert mention.first is not None
    assert mention.first.year == first.year
    assert (mention.last or mention.first).day == last.day


def test_a_plan_that_was_replaced_is_not_an_event() -> None:
    text = "Athletics\n\nThe race was initially planned to run from August 6-15 in 2031. It moved."
    assert parsers.extract(text, source="x", reference=dt.date(2030, 4, 8)).events == []


def test_a_place_and_a_day_opening_the_story_are_its_dateline() -> None:
    text = "LYON, April 8 — The regional fair will take place on 15 June 2030 in the old market hall."
    article = Article(source="x", title="Fair", body=text, published=dt.date(2030, 4, 8))
    result = parsers.extract_articles([article], reference=dt.date(2030, 4, 8))
    assert [e.start for e in result.events] == [dt.date(2030, 6, 15)]


def _starts(body: str, published: dt.date) -> list[dt.date]:
    article = Article(source="x", title="News", body=body, published=published)
    return [e.start for e in parsers.extract_articles([article], reference=published).events]  # type: ignore[misc]


def test_a_year_named_in_the_paragraph_gives_its_dates_their_year() -> None:
    body = ("The 2032 Harbour Regatta will be sailed off Kingston on July 27-August 7. "
            "The youth races are due in Montego Bay on August 11-21.")
    assert _starts(body, dt.date(2030, 4, 8)) == [dt.date(2032, 7, 27), dt.date(2032, 8, 11)]


def test_a_german_name_with_its_year_gives_the_next_sentence_its_year() -> None:
    body = ("Die Vorbereitung der Aktionswoche 2031 findet am 11. und 12. Februar online statt. "
            "Die eigentliche Aktionswoche wird vom 25. September bis 2. Oktober in vielen Städten durchgeführt.")
    assert _starts(body, dt.date(2031, 2, 4))[-1:] == [dt.date(2031, 9, 25)]


def test_a_year_a_plan_covers_gives_no_year() -> None:
    body = "The committee read the Work Programme for 2032 and meets again on 19 and 20 December."
    assert _starts(body, dt.date(2030, 11, 13)) == [dt.date(2030, 12, 19)]


def test_next_year_after_a_date_is_the_year_after_publication() -> None:
    body = "The games were moved and will now take place on July 23-August 8 next year."
    assert _starts(body, dt.date(2030, 4, 8)) == [dt.date(2031, 7, 23)]


def test_a_date_after_after_is_the_start_of_a_state_not_an_event() -> None:
    body = ("After March 3, 2031, the archive will stay open to readers. "
            "You can follow the mayor after March 3, 2031 at the accounts below.")
    assert _starts(body, dt.date(2031, 2, 1)) == []


@pytest.mark.parametrize("body", ["Washington, DC – Today Dr. Jane Roe (D-Springfield) introduced her first bill.",
                                  "Today, the Council adopted its position on the harbour law.",
                                  "The Assembly's caucus today chose the Speaker and the Premier.",
                                  "Today the Governor swore in the new Cabinet at Government House."])
def test_today_before_a_named_subject_and_a_past_verb_is_when_it_was_done(body: str) -> None:
    assert _starts(body, dt.date(2031, 4, 9)) == []


@pytest.mark.parametrize("body", ["The Forum chose the territory's Speaker today.",
                                  "The Governor swore in the new Cabinet today at Government House.",
                                  "The harbour council took its decision today."])
def test_an_irregular_past_and_its_object_before_today_is_what_was_done(body: str) -> None:
    assert _starts(body, dt.date(2031, 4, 9)) == []


def test_today_before_a_future_act_is_still_an_event() -> None:
    assert _starts("Today Minister Roe will open the harbour fair in Kingston.", dt.date(2031, 4, 9)) \
        == [dt.date(2031, 4, 9)]


@pytest.mark.parametrize("body", ["Our resolve is just as strong today as it was ten years ago.",
                                  "But today, the cost of a harbour licence is too high for too many owners.",
                                  "Two years of training should be as free as school is today.",
                                  "Today, more than ever, harbour towns must work together.",
                                  "Today, we face the hardest season the fleet has known.",
                                  # an occasion's day said for its message, no act on it
                                  "Today, on International Day of the Seafarer, we honour the crews at sea.",
                                  "Today, as the harbour turns fifty, we remember those who built it."])
def test_today_meaning_nowadays_is_no_event(body: str) -> None:
    assert _starts(body, dt.date(2031, 4, 9)) == []


def test_a_past_date_in_parentheses_after_a_title_cites_a_document() -> None:
    body = ("The plan builds on Executive Order: Preparing the Harbours for Storms (November 1, 2029), "
            "which agencies follow.")
    assert _starts(body, dt.date(2031, 4, 9)) == []


def test_a_future_date_in_parentheses_is_still_an_event() -> None:
    body = "The minister will open the harbour fair in Kingston (June 5, 2031)."
    assert _starts(body, dt.date(2031, 4, 9)) == [dt.date(2031, 6, 5)]


@pytest.mark.parametrize("body", [
    "In Deutschland ist der 3. Oktober seit 1990 zudem Feiertag für alle.",
    "October 3rd has been designated as a National Day of Service and Remembrance.",
    "The secretaries shared reflections on the anniversary of the October 3rd attacks.",
])
def test_a_day_kept_every_year_or_naming_history_is_no_event(body: str) -> None:
    assert _starts(body, dt.date(2031, 9, 30)) == []


def test_every_opening_word_fits_in_the_letters_read_of_a_word() -> None:
    """A word is read up to _OPENING_LENGTH letters: a longer opening word would never be tried."""
    from parsers import datescan as dates
    from parsers import lang

    assert max(map(len, dates._OPENING_WORDS)) <= dates._OPENING_LENGTH
    assert max(map(len, lang._OPENING_WORDS)) <= lang._OPENING_LENGTH


def test_a_zone_label_ending_a_paragraph_keeps_its_time() -> None:
    """The label's optional bracket may take spaces before it, never the line break after a bare label:
    that made the mention cross into the next block, and a mention across blocks is dropped."""
    text = ("Harbour board meets\n\nSource: Port of Springfield\n\n"
            "When: Thursday, October 4, 2018 from 10:00 AM to 11:00 AM CDT\n\nContact the clerk for the agenda.\n")
    [event] = parsers.extract(text, source="t", reference=dt.date(2018, 10, 1)).events
    assert event.start == dt.datetime(2018, 10, 4, 15, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("body", "day"), [
    ("The harbour master will brief the press. The briefing begins at 9:15 am tomorrow.", 10),
    ("A public hearing on the ferry fares is set for 4 p.m. tomorrow in the town hall.", 10),
    ("The governor will open the new ferry pier tomorrow at 11 a.m. in Kingston.", 10),
    ("The ferry union will hold a rally at noon tomorrow outside the terminal.", 10),  # a time without a digit
])
def test_tomorrow_after_its_time_is_the_day_after_the_item(body: str, day: int) -> None:
    # "tomorrow" holds no number or day-word: after the time nothing anchored it and the stamp's day was taken.
    assert [s.date() for s in _starts(body, dt.date(2031, 4, 9))] == [dt.date(2031, 4, day)]  # type: ignore[attr-defined]
