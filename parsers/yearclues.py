"""The clues to a year that an item's text holds: a month with its year, the years it names or writes out,
a season of two years, weekday headings, the days it gives without a year, and how it writes 03/04/2024. Pure.

They only read; choosing the year from them is resolve.py's job.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable

from parsers.dateforms import WEEKDAY_SLASHED_FORM
from parsers.dates import MONTHS, WEEKDAYS, DayPart, Mention
from parsers.datewords import WEEKDAY_NAMES
from parsers.digitscan import century_starts, matches_at
from parsers.fieldnames import alternatives

# Opens with the month's capital, not \b, so the regex engine skips straight to it; a letter
# before it is checked after.
_MONTH_YEAR = re.compile(
    r"(?P<month>" + "|".join(n.capitalize() for n in sorted(MONTHS, key=len, reverse=True) if len(n) > 3)
    + r")\s+(?P<year>(?:19|20)\d\d)\b"
)
_WORD_CHAR = re.compile(r"\w")
# "10/22 7:00 p.m.", "10/25 at 3:30 pm": a row's day and month before its clock time tells the order as well; so
# does one after a weekday ("Sunday, 10/25"), which makes it a date.
_SLASHED = re.compile(r"(?:(?<=day )|(?<=day, ))([0-3]?\d)/([0-3]?\d)\b(?![/.-]?\d)"
                      r"|\b([0-3]?\d)/([0-3]?\d)(?:/(?:19|20)\d\d\b"
                      r"|(?=,?[ \t]+(?:at[ \t]+)?\d\d?(?:[:.]\d\d|\s*[aApP]\.?[mM])))")
# "03.10.2026", "24-04-2019": a dotted or dashed date with its year (its groups: _SLASHED's first two).
DOTTED_FULL = re.compile(r"(?<![\w.-])([0-3]?\d)[.-]([0-3]?\d)[.-](?:19|20)\d\d(?![\w-]|\.\d)")
MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW"})  # countries that write 11/21/2023


def month_anchor(text: str) -> dt.date | None:
    """The first month named with its year ("November 2007", "Março de 2017", "März 2017"), as a day in context: its
    15th."""
    found = [anchor for anchor in (_first_english_month_year(text), _first_foreign_month_year(text)) if anchor]
    return min(found, key=lambda anchor: anchor[1])[0] if found else None


def _first_english_month_year(text: str) -> tuple[dt.date, int] | None:
    found = _MONTH_YEAR.search(text)
    while found is not None and found.start() > 0 and _WORD_CHAR.match(text, found.start() - 1):
        found = _MONTH_YEAR.search(text, found.start() + 1)  # a name inside a word is no month
    if found is None:
        return None
    return dt.date(int(found.group("year")), MONTHS[found.group("month").lower()], 15), found.start()


_YEAR = re.compile(r"(?:19|20)\d\d\b")
_MONTH_REACH = 30  # characters before a year where its month's name stands ("septiembre de ")


def _first_foreign_month_year(text: str) -> tuple[dt.date, int] | None:
    """The first month of another language named with its year: looked for just before each year, as years are few
    and the names many (a search for the names over the whole text took a tenth of an item's reading)."""
    pattern, months = _foreign_month_before_a_year()
    for year in _YEAR.finditer(text):
        found = pattern.search(text, max(0, year.start() - _MONTH_REACH), year.start())
        while found is not None and found.start() > 0 and _WORD_CHAR.match(text, found.start() - 1):
            found = pattern.search(text, found.start() + 1, year.start())  # a name inside a word is no month
        if found is not None:
            return dt.date(int(year.group()), months[found.group("month").lower()], 15), found.start()
    return None


@functools.cache
def month_numbers() -> dict[str, int]:
    """Every month name the date grammar reads, in any of its languages, lower case, with its number (the other
    languages' readers are imported at the first text that needs them, as dates.py does)."""
    from parsers.lang import MONTHS as GERMAN_FRENCH_DUTCH
    from parsers.lang_iberian import MONTHS as IBERIAN
    from parsers.lang_italian import MONTHS as ITALIAN

    return {**GERMAN_FRENCH_DUTCH, **IBERIAN, **ITALIAN, **MONTHS}


@functools.cache
def _foreign_month_before_a_year() -> tuple[re.Pattern[str], dict[str, int]]:
    """The other languages' months, each as it stands before its year."""
    others = {name: number for name, number in month_numbers().items() if len(name) > 3 and name not in MONTHS}
    # (a lower-case name too: "publicado em março de 2017"; "de" between them in Spanish and Portuguese; French
    # "mars" only so, as "Mars 2020" is a planet's mission)
    names = alternatives(name for name in others if name != "mars")
    return re.compile(rf"(?P<month>(?i:{names})|mars)\s+(?:de\s+)?$"), others


def prepare() -> None:
    """Build now the other languages' months' pattern, which the first article read would build
    (`parsers.prepare`, before workers fork)."""
    _foreign_month_before_a_year()


def weekday_parts(mentions: Iterable[Mention]) -> list[DayPart]:
    """The year-less days the item gives with a weekday, in order."""
    parts = []
    for mention in mentions:
        for part in (mention.first, mention.last):
            if part is not None and part.year is None and part.weekday is not None:
                parts.append(part)
    return parts


def numbered_weekday_parts(mentions: Iterable[Mention]) -> list[DayPart]:
    """"neste domingo (11)", "Sunday 8": weekdays given with their day of the month but no month, put in the one
    month the item's year-less dates all name ("de 16 a 18 de junho"), so that their weekdays tell the year."""
    mentions = list(mentions)
    months = {part.month for part in yearless_parts(mentions) if part.month}
    if len(months) != 1:
        return []
    month = months.pop()
    return [DayPart(m.offset, month, None, m.weekday) for m in mentions
            if m.kind == "weekday" and m.weekday is not None and 1 <= m.offset <= _MONTH_DAYS]


_MONTH_DAYS = 31


def yearless_parts(mentions: Iterable[Mention]) -> list[DayPart]:
    """The days the item gives without a year, in order."""
    return [p for m in mentions for p in (m.first, m.last) if p is not None and p.year is None]


# A year written out in the text ("the 2015 general election", "in 2019"), not a number's digits ("1,2015", "20152").
_ANY_YEAR = re.compile(r"(?:19|20)(?<![\w.,/:-]..)\d\d(?![\w/]|[.:]\d)")


# "as the Director-General leaves early in 2014", "will be finished by 2014": a year the text looks ahead to.
# (Each word's first letter is taken first, then checked to open a word, `\b` behind it: the engine skips to those
# letters instead of trying `\b` and the words at every position. The same matches.)
_AHEAD_YEAR = re.compile(r"(?:e(?<!\w.)arly\s+in|l(?<!\w.)ate\s+in|i(?<!\w.)n\s+(?:early|late)"
                         r"|b(?<!\w.)y(?:\s+(?:early|late|(?:the\s+)?end\s+of))?|b(?<!\w.)efore\s+the\s+end\s+of)"
                         r"\s+(?P<year>(?:19|20)\d\d)\b(?![/.-]?\d)")
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def years_ahead(text: str, reference: dt.date) -> list[int]:
    """Years before the reference's that a sentence told as to come looks ahead to ("will appoint a successor, as
    the Director-General leaves early in 2014"): the text was written before them, so its weekdays are of a year
    up to the first of them."""
    from parsers.tense import told_as_to_come  # tense.py imports dates.py, as this module does

    years: list[int] = []
    ends: list[int] | None = None  # where sentences end, found once and only where a year is looked ahead to
    for found in _AHEAD_YEAR.finditer(text):
        year = int(found.group("year"))
        if year >= reference.year:
            continue
        if ends is None:
            ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        before = bisect.bisect_right(ends, found.start())  # sentences ended before the year
        start = ends[before - 1] if before else 0
        stop = next((end for end in ends[before:] if end > found.end()), len(text))
        if told_as_to_come(text[start:stop]):
            years.append(year)
    return years


# "the celebrations for the city's 450th anniversary in 2015": the year a jubilee is kept is the time the item
# speaks of, though a preposition stands before it.
_CELEBRATED_IN = re.compile(r"\b(?:anniversary|centenary|centennial|bicentenary|bicentennial|jubilee|jubilee\s+year)"
                            r"\s+in\s+$", re.IGNORECASE)


def mentioned_years(text: str, reference: dt.date) -> list[int]:
    """The years the text writes out, none after next year (the weekdays of a year-less date are fitted to them);
    not one after a preposition ("since 2013", "by 2031", "in 1975"), which tells of another time."""
    years = [year for found in matches_at(_ANY_YEAR, text, century_starts(text))
             if (year := int(found.group())) <= reference.year + 1
             and (not _PREPOSITION.search(text, max(0, found.start() - 12), found.start())
                  or _CELEBRATED_IN.search(text, max(0, found.start() - 30), found.start()))]
    # "Front-page news 2019-2020", "the 2019/20 session": a span of two years running speaks of its second too.
    for found in matches_at(_SEASON, text, century_starts(text)) if "20" in text else ():
        one, two = int(found.group("one")), found.group("two")
        second = int(two) if len(two) == 4 else one // 100 * 100 + int(two)
        if second == one + 1 <= reference.year + 1 \
                and not _PREPOSITION.search(text, max(0, found.start() - 12), found.start()):
            years += [one, second]
    return years


def written_years(text: str, reference: dt.date) -> frozenset[int]:
    """Every year the text writes out, up to next year, whatever it is said of ("plans for 2021", "in 1980")."""
    return frozenset(year for found in matches_at(_ANY_YEAR, text, century_starts(text))
                     if (year := int(found.group())) <= reference.year + 1)


def numeric_order(text: str, country: str) -> str:
    """How the item writes 03/04/2024: as a date of it that reads one way only does, else as its country does."""
    told = one_way_date(text)
    if told is not None:
        return told[0]
    if not country:
        return ""
    return "mdy" if country in MONTH_FIRST else "dmy"


_DOTTED_BACK = (6, 5, 4)  # characters from a dotted date's start to its year's: "03.10.", "3.10.", "3.1."
_BEFORE_A_YEAR = (".20", "-20", ".19", "-19")  # a dotted or dashed date's last separator and its century


def dotted_dates(text: str) -> list[re.Match[str]]:
    """Every dotted or dashed date with its year in `text` ("03.10.2026", "3-10-2026"), in order. Looked for from
    where its last separator and century stand (str.find skips to them): a scan of the pattern at every position
    costs a hundred times more."""
    found = []
    for needle in _BEFORE_A_YEAR:
        at = text.find(needle)
        while at >= 0:
            year = at + 1
            for back in _DOTTED_BACK:
                match = DOTTED_FULL.match(text, year - back) if year >= back else None
                if match is not None and match.end() == year + 4:
                    found.append(match)
                    break
            at = text.find(needle, year)
    return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


def one_way_date(text: str) -> tuple[str, str] | None:
    """The order the first numeric date of the text that reads one way only tells ("19/07/2022": "dmy", "12.17.2026":
    "mdy"), and that date as written; None when there is none."""
    # A slashed date holds a slash: without one, a scan (at every position) is spared.
    found = [*(_SLASHED.finditer(text) if "/" in text else ()), *dotted_dates(text)]
    for match in sorted(found, key=lambda m: m.start()) if len(found) > 1 else found:
        a, b = int(match.group(1) or match.group(3)), int(match.group(2) or match.group(4))
        if a > 12 >= b:
            return "dmy", match.group().strip()
        if b > 12 >= a:
            return "mdy", match.group().strip()
    return None


# A line that is only a weekday ("Wednesday", "Thursday:"): a heading over that day's entries.
WEEKDAY_LINE = re.compile(r"^[ \t]*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \t]*:?[ \t]*$",
                          re.MULTILINE | re.IGNORECASE)


def heading_weekdays(body: str) -> list[int]:
    """The weekdays of the lines that are only a weekday, in order."""
    if "day" not in body and "DAY" not in body:
        return []
    return [WEEKDAY_NAMES.index(m.group(1).capitalize()) for m in WEEKDAY_LINE.finditer(body)]


# A year that names something ("World Cup 2019", "the 2010 Commencement", "the 2019 season", "© 2019"),
# not one after a preposition ("since 2013", "by 2031", "in 1975"), which tells of other times.
# (The look-behind follows the century, so the regex engine skips to the digits "19" and "20" and does not
# try the pattern at every position: the same matches, found at scan speed.)
_NAMING_YEAR = re.compile(r"(?:19|20)(?<![\w/.:-]..)\d\d(?![\w/]|[.:-]\d|\s*[–—-]\s*(?:19|20)\d\d)")
# (The first letter of every form is taken first, each form then checks it behind: the engine skips to those letters.)
_BEFORE_NAME = re.compile(r"[A-Z©(cfru](?:(?<=[A-Z])[\w'’.™-]*|(?<=©)|(?<=\()c\)|(?<=[Cc])opyright"
                          r"|(?<=[Ff])iscal [Yy]ear|(?<=F)Y|(?<=[Rr])eviewed|(?<=[Uu])pdated?)\s?:?\s?$")
_AFTER_NAME = re.compile(r"\s?(?:[A-Z]|season\b|edition\b|session\b)")
_NOT_A_NAME = frozenset({"In", "Since", "By", "From", "Until", "Till", "Before", "After", "Of", "To", "And",
                         "Between", "During", "For", "Through", "On", "At", "Around", "Circa", "Early", "Late",
                         "Mid"})
_STAMPED = frozenset({"reviewed", "updated"})  # "Last updated 2019": the page's year
_ARTICLES = frozenset({"The", "A", "An", "This", "That"})  # capitalised, but they name nothing
_PREPOSITION = re.compile(r"\b(?:in|since|by|from|until|till|before|after|of|to|and|between|during|for|through"
                          r"|on|at|around|circa|early|late|mid)\s$")


# "Annual Report 2018", "the 2018 annual results", "Financial Statements 2018": an account of a year gone by, given
# out in the year after it
# ("the 2018 population estimates": the count of a year, given out in the year after it, as an account is)
_ACCOUNT_AFTER = re.compile(r"\s(?:[Aa]nnual\s+)?(?:[Rr]esults|[Aa]ccounts|[Ff]inancial\s+[Ss]tatements)\b"
                            r"|\s[Aa]nnual\s+(?:[Rr]eport|[Rr]eview)\b|\s[Pp]opulation\s+[Ee]stimates\b")
_ACCOUNT_BEFORE = re.compile(r"\b(?:[Aa]nnual\s+(?:[Rr]eport|[Rr]eview|[Rr]esults|[Aa]ccounts)"
                             r"|[Ff]inancial\s+[Ss]tatements)(?:\s+(?:for|of))?\s$")


def account_year(text: str, start: int, end: int) -> bool:
    """Is the year at text[start:end] the year an account covers ("Annual Report 2018", "2018 annual results")?"""
    return bool(_ACCOUNT_BEFORE.search(text, max(0, start - 30), start) or _ACCOUNT_AFTER.match(text, end))


# "论坛2018年年会", "2019年峰会", "2024年會議": a Chinese year with its "年" before the gathering it names (the annual
# meeting, summit, forum, congress, fair or conference of that year); not one the item counts from or compares with,
# an earlier one ("自2019年峰会以来", since the 2019 summit; "与2019年年会相比", compared with it).
_CJK_NAMING_YEAR = re.compile(r"(?<![\d自从從与與比])(?P<year>(?:19|20)\d\d)\s*年\s*(?:度\s*)?"
                              r"(?=(?:年[会會]|峰[会會]|[论論][坛壇]|大[会會]|博[览覽][会會]|[会會][议議])(?!以[来來]))")


# "2022년 순회영사 다시 시작", "2024년 정기총회 개최": a Korean title's year with its "년", naming what the item is
# about as "Media guide 2018" does; not a date's year ("2022년 5월 12일"), nor one the title counts from, to or after
# ("2019년부터", since 2019; "2030년까지", by 2030; "2020년 이후", after 2020; "2019년 대비", compared with 2019).
# Nor the year an account or a budget is of ("2025년 결산 총회", "2025년도 사업보고", "2027년 예산안 심의"): as
# "Annual Report 2018", it is not the year of the meeting that hears it.
_KOREAN_TITLE_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)\s*년(?!\s*\d{1,2}\s*월)"
                                r"(?!\s*(?:부터|까지|이후|이래|이전|대비|보다|에\s*비해))"
                                r"(?!\s*도?\s*(?:결산|회계|예산|사업\s*(?:보고|실적|결과|계획)|실적|성과))")


# "港島防災應急準備日2024", "東京消防庁出初式2024": a Chinese or Japanese title's name with its year written straight
# after it, no "年" between (the name's word is a letter, so the name's year above does not read it); not the first
# of a run of years ("2024-2025"), nor a number that goes on ("2024年", "20245"), nor a year inside a name that goes on
# ("東京2020大会", the Games called Tokyo 2020, held in 2021: Han or katakana after it; a particle, "2024の", ends it).
_CJK_GLUED_TITLE_YEAR = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])(?P<year>(?:19|20)\d\d)"
                                   r"(?![\d年月日/.:\u30a0-\u30ff\u3400-\u9fff]|\s*[-–—~～]\s*\d)")


# "حصيلة النصف الأول من سنة 2009" (the first half of the year 2009), "برنامج عام 2024": an Arabic year after its word
# for year ("سنة", "عام", "العام", "لعام"), the year the item speaks of; not one counted from, to or before ("منذ عام
# 2009", since; "حتى عام 2030", until; "قبل", "بعد", "بحلول"), nor the first of a run of years ("من عام 2009 إلى 2012").
_ARABIC_YEAR_WORD = re.compile(r"(?<!\w)(?:(?:منذ|حتى|قبل|بعد|بحلول|لغاية)\s+)?(?:ال|لل|ل|ب|و)?(?:سنة|عام)\s*$")
_ARABIC_BOUND = re.compile(r"(?:منذ|حتى|قبل|بعد|بحلول|لغاية)\s")
_ARABIC_RUN_AFTER = re.compile(r"\s*(?:م\s*)?(?:[-–—]|إلى|الى|حتى)")


def naming_years(text: str, reference: dt.date, title: bool = False) -> list[int]:
    """Years the text names as part of a name or a season, not as a time of their own; none after next year.
    A title's year names what the item is about ("Media guide 2018") unless a preposition says otherwise; the
    account of a year ("Annual Report 2018") names the year after it, when it is given out."""
    years = [int(found.group("year")) for found in _CJK_NAMING_YEAR.finditer(text)
             if int(found.group("year")) <= reference.year + 1] if "年" in text else []
    if title:
        years += [int(found.group("year")) for found in _CJK_GLUED_TITLE_YEAR.finditer(text)
                  if int(found.group("year")) <= reference.year + 1]
    if title and "년" in text:
        years += [int(found.group("year")) for found in _KOREAN_TITLE_YEAR.finditer(text)
                  if int(found.group("year")) <= reference.year + 1]
    for found in matches_at(_NAMING_YEAR, text, century_starts(text)):
        if account_year(text, found.start(), found.end()):
            if int(found.group()) <= reference.year:
                years.append(int(found.group()) + 1)
            continue
        before = text[max(0, found.start() - 30) : found.start()]
        if (said := _ARABIC_YEAR_WORD.search(before)) is not None:
            if not _ARABIC_BOUND.match(said.group()) and not _ARABIC_RUN_AFTER.match(text, found.end()) \
                    and int(found.group()) <= reference.year + 1:
                years.append(int(found.group()))  # "من سنة 2009": the year of the year's word
            continue
        word = before.split()[-1] if before.split() else ""
        participle = word.endswith("ed") and word.lower() not in _STAMPED  # "Founded 1990": a time of its own
        # ("Council meeting calendar for 2027", "Schedule for 2027": a title's year after "for" is what it is about)
        about = title and word.lower() == "for"
        if _PREPOSITION.search(before) and not about or word.rstrip(",") in _NOT_A_NAME or participle:
            continue
        named_before = word not in _ARTICLES and _BEFORE_NAME.search(before)
        if (title or named_before or _AFTER_NAME.match(text, found.end())) and int(found.group()) <= reference.year + 1:
            years.append(int(found.group()))
    return years


# "the 2017-18 season", "Media Guide 2017 – 2018", "fiscal year 2019/20": a season of two years running.
_SEASON = re.compile(r"(?P<one>(?:19|20)(?<![\w/.:-]..)\d\d)\s?[-–—/]\s?(?P<two>(?:19|20)?\d\d)(?![\w/:]|[.-]\d)")
# "the academic year 2021/22", "financial year 2019-20", "the winter timetable 2019/20": the year of a school, a
# budget, a league or a timetable before it.
_SEASON_BEFORE = re.compile(r"(?i:(?:academic|school|financial|fiscal|budget|tax|sporting)\s+year|season|saison"
                            r"|temporada|schuljahr|spielzeit|année\s+scolaire|curso|timetable|fahrplan|horaire|semester|semestre)\s*:?\s$")
_SEASON_AFTER = re.compile(r"\s*(?:season|campaign|term|academic year|school year|financial year|fiscal year|[A-Z])")


def season_of(text: str, reference: dt.date, title: bool = False) -> tuple[int, int] | None:
    """The first season the text names: two years running ("2017-18", "2017 – 2018") by a name or "season"."""
    for found in matches_at(_SEASON, text, century_starts(text)):
        one, two = int(found.group("one")), found.group("two")
        if (int(two) if len(two) == 4 else one // 100 * 100 + int(two)) != one + 1 or one > reference.year:
            continue
        word = text[max(0, found.start() - 30) : found.start()].split()[-1:] or [""]
        if _PREPOSITION.search(word[0] + " ") or word[0] in _NOT_A_NAME:
            continue
        if title or _SEASON_AFTER.match(text, found.end()) or _BEFORE_NAME.search(word[0] + " ") \
                or _SEASON_BEFORE.search(text, max(0, found.start() - 20), found.start()):
            return one, one + 1
    return None


# Words of the languages that write a numeric date day first (French, German, Spanish, Italian, Portuguese,
# Dutch), and English ones: an item of the former writes "02/05/2016" as 2 May, wherever it comes from.
_DAY_FIRST_WORDS = frozenset({"le", "la", "les", "des", "du", "au", "aux", "et", "à", "une", "est", "pour", "dans",
                              "der", "die", "das", "und", "ist", "den", "dem", "um", "im", "mit", "von", "zur", "el",
                              "los", "las", "del", "y", "en", "con", "por", "para", "il", "della", "che", "het",
                              "een", "não", "com", "pelo"})
_ENGLISH_WORDS = frozenset({"the", "and", "of", "to", "is", "on", "at", "for", "with", "will", "by"})
_WORD = re.compile(r"[^\W\d_]+")
_LANGUAGE_WORDS = 3  # function words an item must show to tell its language


def writes_day_first(text: str) -> bool:
    """Is the text written in a language that puts the day before the month in "02/05/2016" (not English)?"""
    words = [w.lower() for w in _WORD.findall(text)]
    other = sum(w in _DAY_FIRST_WORDS for w in words)
    return other >= _LANGUAGE_WORDS and other > 2 * sum(w in _ENGLISH_WORDS for w in words)


# "In 2019, the summit was held on 14 March": a sentence that opens with its year tells of that year.
_FRAMED_YEAR = re.compile(r"\s*In\s+(?P<year>(?:19|20)\d\d)\s*,")


def with_framed_year(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` of a sentence that opens with its year, before any of its dates, with that year given to the
    days that give none: they are that year's as if written with it (history, if it is long gone)."""
    framed = _FRAMED_YEAR.match(sentence)
    if framed is None or (mentions and mentions[0].start < framed.end()):
        return mentions
    year = int(framed.group("year"))

    def dated(part: DayPart | None) -> DayPart | None:
        return part if part is None or part.year is not None else dataclasses.replace(part, year=year)

    return [m._replace(first=dated(m.first), last=dated(m.last)) if m.kind in ("day", "span") else m
            for m in mentions]


# "2 February 2026", "February 2, 2026": a date with its month in words, which reads one way only.
_SPELLED_DAY = re.compile(
    r"\b(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]{2,8})\.?,?\s+|(?P<m2>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+)(?P<y>(?:19|20)\d\d)\b")
_SLASHED_FULL = re.compile(r"\b([01]?\d)/([01]?\d)/((?:19|20)\d\d)\b")
_NEAR_DAYS = 120  # a numeric date this near the item's own day is read the way that puts it there
_WEEKDAY_SLASHED = re.compile(WEEKDAY_SLASHED_FORM)  # (the grammar's own form: the days it reads are the ones weighed)


def order_near_its_day(text: str, day: dt.date | None) -> str:
    """How the item writes 10/02/2026 when both readings are dates: the reading that puts every such date near the
    item's own day (its publication date, else its first date with the month in words), if only one does."""
    if day is None:
        spelled = next((d for m in _SPELLED_DAY.finditer(text) if (d := _spelled(m)) is not None), None)
        day = spelled
    if day is None:
        return ""
    near = {"dmy": True, "mdy": True}
    seen = False
    for match in _SLASHED_FULL.finditer(text):
        a, b, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        for order, (month, number) in (("dmy", (b, a)), ("mdy", (a, b))):
            near[order] = near[order] and _within(year, month, number, day)
        seen = True
    # "Wednesday 11/5" (no year): the reading that falls on its weekday in the item's year or the next.
    for match in _WEEKDAY_SLASHED.finditer(text) if "/" in text else ():
        week = WEEKDAYS[match["wslw"].lower().rstrip(".")]
        a, b = int(match["wsla"]), int(match["wslb"])
        for order, (month, number) in (("dmy", (b, a)), ("mdy", (a, b))):
            near[order] = near[order] and _falls_on(week, month, number, day.year)
        seen = True
    if not seen or near["dmy"] == near["mdy"]:
        return ""
    return "dmy" if near["dmy"] else "mdy"


def _spelled(match: re.Match[str]) -> dt.date | None:
    month = MONTHS.get((match.group("m1") or match.group("m2")).lower())
    number = int(match.group("d1") or match.group("d2"))
    if month is None:
        return None
    try:
        return dt.date(int(match.group("y")), month, number)
    except ValueError:
        return None


def _falls_on(week: int, month: int, number: int, year: int) -> bool:
    try:
        return any(dt.date(one, month, number).weekday() == week for one in (year, year + 1))
    except ValueError:
        return False


def _within(year: int, month: int, number: int, day: dt.date) -> bool:
    try:
        return abs((dt.date(year, month, number) - day).days) <= _NEAR_DAYS
    except ValueError:
        return False
