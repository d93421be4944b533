"""The year an item's dates take when none of them gives one: the clues a careful reader weighs. Pure.

Its weekdays (with a date, or beside one in its paragraph), the weekdays of its headings, a month and
year it names, a year that names something ("World Cup 2019"); whether its few full dates are all
history; and, failing everything, the reference date, said to be a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from model import Article
from parsers import (
    comingyear,
    documents,
    donedays,
    foundings,
    namedsummits,
    numberedsessions,
    officeholders,
    pandemicyears,
    presidencies,
    releaseyear,
    resolve,
    yearclues,
    yearsago,
)
from parsers.blocks import HEADING, PARAGRAPH, Block
from parsers.datematch import months_of_weekdays
from parsers.dates import DayPart, Mention
from parsers.places import best_place, find_places
from parsers.reading import Reading
from parsers.tense import told_in_the_past
from parsers.yearwindow import Window, intersect

# A year standing alone in a short line: "2023 Board Meetings", "Meeting Archive 2022", not "2023/24" or a date.
# A year alone, not part of a numeric date ("2024 Meeting Dates", "on these dates in 2031:").
BARE_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?![\d/.-])")
_YEAR_HEADING_WORDS = 8
_COPYRIGHT = re.compile(r"(?i:©|\(c\)|copyright)")  # "© 2019 City of Riverton": the page's year, over no list


def year_clue(article: Article, mentions: list[Mention], reference: dt.date, paired: list[DayPart],
              named: list[int]) -> tuple[dt.date, str, bool]:
    """The day in context of an item without a full date: from its weekdays (given with a date, else beside one
    in its paragraph), else a month and year it names. `named`: the item's naming years, which break a tie."""
    text = f"{article.title}\n{article.body}"
    parts = yearclues.weekday_parts(mentions) or paired or yearclues.numbered_weekday_parts(mentions)
    # (the year of the page's copyright line breaks a tie too: "Thu, 19 Sep" on a page of "© 2013" is of 2013)
    ties = [*named, article.page_year] if article.page_year else named
    # ("Tokyo 2020", held in 2021: the year of a gathering's name, not of its time)
    apart = namedsummits.written_apart(text)
    ties = [year for year in ties if year not in apart]
    # (the office-holders it names as in office prefer a year of their terms: "NATO Secretary General Stoltenberg")
    guess = resolve.year_of_weekdays(parts, ties, reference,
                                     yearclues.mentioned_years(text, reference), yearclues.years_ahead(text, reference),
                                     lambda: _known_bounds(text, reference))
    if guess is None:
        # "23-24 March" over the lines "Wednesday" and "Thursday": the headings' weekdays settle the year.
        span = next((m for m in mentions if m.kind == "span" and m.first and m.first.year is None), None)
        guess = resolve.year_of_headings(span, yearclues.heading_weekdays(article.body), reference)
    if guess is not None:
        return guess[0], guess[1], True
    # "Terça-feira (26), 10h" and "Sábado (30), 9h" in an item whose one year is a fair's ("Expocanaã 2025"): the
    # month of that year their weekdays fit.
    guess = _month_of_weekdays(mentions, named, text, reference)
    if guess is not None:
        return guess[0], guess[1], True
    # "Press release 045/2019", "last year's 2018 forum": the year the item says it is of.
    said = releaseyear.item_year(text, reference)
    if said is not None:
        return _first_in(yearclues.yearless_parts(mentions), said[0]), f"the date gives none; {said[1]}", True
    dated = releaseyear.url_day(text, reference)  # ".../news/2017/06/board-meeting" alone on a line
    if dated is not None:
        return dated[0], f"the date gives none; {dated[1]}", True
    anchor = yearclues.month_anchor(text)
    # "made Einstein famous in November 1919" in "Astronomy talks, 2017": a month and year told long before every
    # other year the item names is history, not the time of its days.
    others = [year for year in named if anchor is not None and year != anchor.year]
    # (nor is one ages before the reference: "the Treaty of Versailles, signed on 28 June 1919")
    if anchor is not None and not (others and all(year > anchor.year + 1 for year in others)) \
            and not comingyear.ages_before(anchor.year, reference):
        return anchor, f"{MONTH_NAMED}{anchor:%B %Y}", True
    # "March 28" under "Fiscal Year 2023 Budget" of a US office: the year before, when that fiscal year begins.
    guess = resolve.fiscal_year_before(article.title, article.body, yearclues.yearless_parts(mentions)) \
        if _fiscal_year_begins_before(article) else None
    if guess is not None:
        return guess[0], guess[1], True
    # "28 June" under "World Cup 2019: schedule": the year the item names.
    guess = resolve.year_of_names(article.title, article.body, yearclues.yearless_parts(mentions), reference)
    if guess is not None and guess[0].year not in apart:
        return guess[0], guess[1], True
    # "Prime Minister Sunak opens the fair on 14 March": the latest such day in the terms of those it names in office.
    guess = _in_office(text, yearclues.yearless_parts(mentions), reference)
    if guess is not None:
        return guess[0], guess[1], True
    # (The first year-less day is put in the careful default year, `resolve.default_day`; the others near it.)
    return reference, (f"the text gives none; the year of the item's days, guessed from the reference date"
                       f" {reference:%d %B %Y}, is taken"), False


def _in_office(text: str, parts: list[DayPart], reference: dt.date) -> tuple[dt.date, str] | None:
    """The item's first year-less day in the latest year, up to some weeks after the reference date, that the terms
    of the office-holders it names as in office hold; None when they name none or hold the reference date."""
    if not parts:
        return None
    window = _known_bounds(text, reference)
    if window is None:
        return None
    first = parts[0]
    limit = reference + resolve.DEFAULT_AHEAD
    for year in range(limit.year, limit.year - 60, -1):
        if first.in_year(year) is None or (day := dt.date(year, first.month, first.day)) > limit:
            continue
        if window.holds(day):
            return day, (f"the date gives none; the item names {window.names}: {day:%d %B} is taken in {year},"
                         f" the latest such day in that time")
    return None


def _known_bounds(text: str, reference: dt.date) -> Window | None:
    """The time the office-holders an item names bound, else the numbered session it names ("WHA76"), else the
    rotating presidency it names as current ("the Swedish Presidency of the Council"), else the summit, Games or
    Expo it names by its host ("the Vilnius Summit"), else the COVID-19 crisis it names as present ("Door de
    coronacrisis vergaderen de commissies digitaal")."""
    named = officeholders.holders_named(text)
    found = officeholders.window_of(named, reference) or numberedsessions.window(text, reference)
    if found is not None:
        return found
    other = presidencies.window(text, reference) or namedsummits.window(text, reference) \
        or pandemicyears.window(text, reference)
    if other is None or not named:
        return other
    # (office-holders named in office whose terms hold the reference date give no window of their own, but they
    # bound the presidency's or the gathering's: "The Italian Presidency said President Mattarella will receive ..."
    # is not of Italy's 2014 presidency, before his term)
    spans = list(other.spans)
    for terms in named:
        spans = intersect(spans, officeholders.spans_of(terms))
    return Window(tuple(sorted(set(spans))), other.names, after=other.after) if spans else None


# The reason year_clue gives when the item's only clue is a month with its year ("JM, abril de 2024").
MONTH_NAMED = "the date gives none; the item names "
# ... and when its weekdays with their days fit one month alone of the year it names ("Sábado (30)" by "FAX 2025").
MONTH_OF_WEEKDAYS = "the date gives none; the month is inferred from the weekdays with their days, which of the year" \
                    " the item names fit only "
_PAIRS = 2  # weekdays with their days that must agree on a month: one alone fits a month or two of any year


def month_named(reason: str, day: dt.date) -> dt.date | None:
    """The first day of the month the item names, when that month and year are all it says of its own time (or that
    its weekdays with their days fit alone in the year it names)."""
    # (exactly the month: "the item names Jens Stoltenberg, NATO Secretary General ..." names a person, no month)
    month = f"{day:%B %Y}"
    return day.replace(day=1) if reason in (f"{MONTH_NAMED}{month}", f"{MONTH_OF_WEEKDAYS}{month}") else None


def _month_of_weekdays(mentions: list[Mention], named: list[int], text: str,
                       reference: dt.date) -> tuple[dt.date, str] | None:
    """The first of the weekdays with their days and no month ("Terça-feira (26)", "Sábado (30)") in the one month
    of the item's one year ("Expocanaã 2025", written nowhere else as another year) where each falls on its day;
    None for fewer than two such days, for an item that names a month, or where several months fit."""
    pairs = {(m.weekday, m.offset) for m in mentions
             if m.kind == "weekday" and m.weekday is not None and 1 <= m.offset <= _MONTH_DAYS}
    years = set(named)
    if len(pairs) < _PAIRS or len(years) != 1 or yearclues.yearless_parts(mentions) \
            or set(yearclues.mentioned_years(text, reference)) - years:
        return None
    year = years.pop()
    months = months_of_weekdays(pairs, [(year, month) for month in range(1, 13)])
    if len(months) != 1:
        return None
    first = dt.date(year, months[0][1], min(day for _, day in pairs))
    return first, f"{MONTH_OF_WEEKDAYS}{first:%B %Y}"


_MONTH_DAYS = 31
_FEW_DATES = 4  # full dates an item may tell as history and still be dated by them only
_DOCUMENT_REACH = 40  # characters before a full date where the paper it dates is named ("the act of")


def dated_by_history(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> bool:
    """Are the item's full dates, a few at most, all told in the past ("On 26 December 2004, a tsunami took"), days
    something was done on ("The committee, set up on 4 April 2025, will ...") or the days of papers named by them
    ("set up by the act of 14 June 2018")?"""
    dated = [(b.text, m) for b in blocks for m in mentions_of[b.number] if m.first is not None and m.first.year]
    return 0 < len(dated) <= _FEW_DATES and all(
        told_in_the_past(text, m) or donedays.done_on(text, m)
        or documents.named(text, text[max(0, m.start - _DOCUMENT_REACH) : m.start], m.end)
        for text, m in dated)


def mend_slips(mentions_of: dict[int, list[Mention]]) -> dict[int, list[Mention]]:
    """Dates whose weekday their year contradicts, where the item gives the same day in a year the weekday fits
    ("When: Thursday 21 May 2014", a Wednesday, beside "Thursday 21 May 2015"): the year is the slip."""
    every = [m for ms in mentions_of.values() for m in ms]
    mended = {}
    for number, mentions in mentions_of.items():
        mended[number] = [m._replace(first=agreeing) if m.kind == "day" and m.first is not None
                          and (agreeing := resolve.agreeing_date(m.first, every)) is not None else m
                          for m in mentions]
    return mended


def named_years(article: Article, reference: dt.date) -> list[int]:
    """Years that name something ("Maple Fest 2017"), not a time of their own ("since 2013"): they break a tie."""
    title_years = yearclues.naming_years(article.title, reference, title=True)
    said = releaseyear.item_year(f"{article.title}\n{article.body}", reference)
    return title_years + yearclues.naming_years(article.body, reference) + ([said[0]] if said else [])


# "the 72nd anniversary of the victory of 8 May 1945", "le 75e anniversaire de la libération (1944)", "zum 30.
# Jahrestag des Mauerfalls 1989": an anniversary counted from a year is held in that year plus the count. The
# date of the founding event is history, and the count dates the item.
_ANNIVERSARY = re.compile(
    r"(?<![\d.])(?P<count>[1-9]\d{0,2})(?:st|nd|rd|th|e|ème|eme|er|\.|º|°)?\s+(?:[Aa]nniversary|[Aa]nniversaire"
    r"|Jahrestag|[Aa]niversario|[Aa]nniversario|[Vv]erjaardag)\b(?P<between>\s+(?:of|de|du|des|d'|d’|der|von|vom|del"
    r"|della|di|van)\b[^.\n]{0,80}?)(?<!\d)(?P<year>(?:1[5-9]|20)\d\d)(?!\d)"
)
# "the 75th anniversary of the founding in 1949", "du 60e anniversaire de la signature du traité en 1963": the year
# after "in" is the year of the act counted from (a founding, a signing), not the anniversary's own
_ORIGIN_IN = re.compile(r"\b(?:founding|foundation|creation|establishment|signing|opening|inauguration|adoption|birth"
                        r"|fondation|création|signature|ouverture|naissance|fundación|creación|firma|inauguración"
                        r"|nacimiento|Gründung|Unterzeichnung|Eröffnung|Geburt|fondazione|creazione|firma|nascita"
                        r"|oprichting|ondertekening)\b[^.\n]{0,50}?\s(?:in|en|im|nel)\s+$")
_ANNIVERSARY_WORDS = ("nniversa", "Jahrestag", "niversario", "erjaardag")  # a cheap check before the regex
_COUNTED_WORDS = (*_ANNIVERSARY_WORDS, "ndependen", "ndépendance", "National Day", "statehood", "diplomati")
# "to mark the 51st Independence Anniversary", "celebrates its 51st anniversary", "le 30e anniversaire de nos
# relations": the count alone, its year in another sentence ("became independent on 24 October 1964").
# "the 51st Independence Day", "51 years of independence", "30 years of diplomatic relations", "50 ans
# d'indépendance": the years a state or a tie has lasted, counted the same way.
# (Between the count and its word, at most two words of a name: "51st Independence Anniversary"; a German ordinal's
# stop only before "Jahrestag", for "Room 4. Anniversary messages" ends a sentence.)
_COUNTED = re.compile(
    r"(?<![\d.])(?P<count>[1-9]\d{0,2})(?:(?:st|nd|rd|th|e|ème|eme|er|º|°)\s+(?:[A-Z][\w'’-]*\s+){0,2}?"
    r"(?:[Aa]nniversary|[Aa]nniversaire|Jahrestag|[Aa]niversario|[Aa]nniversario|[Vv]erjaardag"
    r"|Independence\s+Day|National\s+Day)|\.\s+Jahrestag"
    r"|\s+(?:years?\s+(?:of|since)|ans\s+d['’]|años\s+de|anos\s+de)\s*(?:the\s+|our\s+|its\s+|their\s+|la\s+|las\s+)?"
    r"(?:[Ii]ndependence|[Ii]ndépendance|[Ii]ndependencia|[Ii]ndependência|statehood|diplomatic\s+relations"
    r"|relations\s+diplomatiques|relaciones\s+diplomáticas))\b")


def anniversary(article: Article, reference: dt.date,
                history_years: Callable[[], frozenset[int]]) -> tuple[int, int, str] | None:
    """The year an item's "Nth anniversary of (a day of) YEAR" is held: (that year, YEAR, the reason); None when
    the item names no such anniversary or the count puts it beyond next year. `history_years`: the years of the
    item's full dates told as history, one of which an anniversary counted with no year beside it counts from."""
    text = f"{article.title}\n{article.body}"
    if ("周年" in text or "週年" in text) and (cjk := _cjk_anniversary(text, reference)) is not None:
        return cjk
    lowered = text.lower()
    if any(word in lowered for word in _NAMED_COUNT_STEMS) and (named := _named_count(text, reference)):
        return named
    if (ago := yearsago.written_year(text, reference)) is not None:
        return ago  # "utworzono 24 lipca 1919 r., dokładnie 105 lat temu": written 105 years after 1919
    if not any(word in text for word in _COUNTED_WORDS):
        return None
    found = _ANNIVERSARY.search(text) if any(word in text for word in _ANNIVERSARY_WORDS) else None
    if found is None:
        # "the 75th anniversary of NATO": a founding the reader knows; "Founded in 1961, ... its 60th anniversary"
        return foundings.known_anniversary(text, reference) or foundings.founded_anniversary(text, reference) \
            or _counted_anniversary(text, reference, history_years)
    between = found.group("between")
    if between.endswith((" in ", " en ", " im ", " nel ")) and not _ORIGIN_IN.search(between):
        return None  # "the 5th anniversary of the centre in 2019": the anniversary's own year, told elsewhere
    base, count = int(found.group("year")), int(found.group("count"))
    held = base + count
    if held > reference.year + 1:
        return None
    return held, base, f"the item marks an anniversary {count} years after {base}, held in {held}"


# "平成9(1997)年8月に開設されてから20周年", "1997年成立 ... 20周年": Japanese and Chinese write the year counted
# from before the count; the anniversary is held that many years later (within one sentence).
# (not a year a particle makes the anniversary's own time: "2026年は開館1周年の年です", "2026年に10周年を迎える")
_CJK_ANNIVERSARY = re.compile(r"(?<!\d)(?P<year>(?:1[5-9]|20)\d\d)\)?\s*年(?![はにでも])[^。！？\n]{0,60}?(?<!\d)"
                              r"(?P<count>[1-9]\d{0,2})\s*[周週]年")


# "celebrará su cincuentenario ... el organismo, fundado en Lima en 1964", "the centenary of the society, founded in
# 1924": an anniversary named by one word that says its count, held that many years after the year the same sentence
# says its subject was founded in.
_NAMED_COUNTS = {"sesquicentenari": 150, "bicentenari": 200, "tricentenari": 300, "cincuentenari": 50,
                 "cinquentenári": 50, "cinquentenari": 50, "cinquantenaire": 50, "centenari": 100, "centenári": 100,
                 "centenaire": 100, "centenary": 100, "centennial": 100, "bicentenaire": 200, "bicentenary": 200,
                 "bicentennial": 200, "sesquicentennial": 150, "semicentennial": 50}
# (the longest first: "bicentenari" before "centenari")
_NAMED_COUNT_STEMS = tuple(sorted(_NAMED_COUNTS, key=len, reverse=True))
_NAMED_COUNT = re.compile(r"\b(?:" + "|".join(_NAMED_COUNT_STEMS) + r")\w*", re.IGNORECASE)

# A name right after the word: the word is its adjective ("el centenario Club", "Centennial Park"), no anniversary.
# (Spanish, Portuguese and Italian say the same in the feminine: "la centenaria institución", "centenária")
_NAME_AFTER = re.compile(r"[ \t]+[A-ZÁÉÍÓÚ]")


def _named_count(text: str, reference: dt.date) -> tuple[int, int, str] | None:
    """The year an anniversary named by its count's word ("cincuentenario", "centenary") is held: the year its
    sentence says the subject was founded in, plus the count; None when no such sentence or beyond next year."""
    for found in _NAMED_COUNT.finditer(text):
        first = max(text.rfind(". ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        ends = [at for mark in (". ", "\n") if (at := text.find(mark, found.end())) >= 0]
        founded = foundings.FOUNDED_IN.search(text, first, min(ends, default=len(text)))
        word = found.group().lower()
        if founded is None or word.endswith(("a", "as")) or _NAME_AFTER.match(text, found.end()):
            continue  # ("la centenaria Universidad", "el centenario Club": a century old, no anniversary held)
        stem = next(key for key in _NAMED_COUNT_STEMS if word.startswith(key))
        base, count = int(founded.group("year")), _NAMED_COUNTS[stem]
        if base + count > reference.year + 1:
            continue  # (a count beyond next year: another anniversary of the text may be the item's)
        return base + count, base, (f"the item marks its subject's {found.group().lower()}, {count} years after its "
                                    f"founding in {base}: held in {base + count}")
    return None


def _cjk_anniversary(text: str, reference: dt.date) -> tuple[int, int, str] | None:
    """The year a Japanese or Chinese "YEAR年 ... N周年" is held: (YEAR + N, YEAR, the reason); None when there is no
    such phrase or the count puts it beyond next year."""
    found = _CJK_ANNIVERSARY.search(text)
    if found is None:
        return None
    base, count = int(found.group("year")), int(found.group("count"))
    held = base + count
    if held > reference.year + 1:
        return None
    return held, base, f"the item marks an anniversary {count} years after {base}, held in {held}"


def _counted_anniversary(text: str, reference: dt.date,
                         history_years: Callable[[], frozenset[int]]) -> tuple[int, int, str] | None:
    """An anniversary counted with no year beside it: held in the one year of the item's full dates of history that
    the count can be counted from, no later than next year (preferring one whose anniversary year the item also
    writes). A date to come ("The 3rd National Day Parade rehearsal ... on Saturday 22 July 2023") is no base."""
    found = _COUNTED.search(text)
    if found is None:
        return None
    count = int(found.group("count"))
    years = yearclues.written_years(text, reference)
    bases = [year for year in history_years() if year + count <= reference.year + 1]
    if len(bases) > 1:
        bases = [year for year in bases if year + count in years]
    if len(bases) != 1:
        return None
    base = bases[0]
    return base + count, base, f"the item marks an anniversary {count} years after {base}, held in {base + count}"


def in_year(mentions_of: dict[int, list[Mention]], year: int) -> dt.date:
    """The item's first year-less day put in `year` (its 1 July when it has none that year holds)."""
    return _first_in(yearclues.yearless_parts(m for ms in mentions_of.values() for m in ms), year)


def _first_in(parts: list[DayPart], year: int) -> dt.date:
    """The first of the year-less days put in `year` that it holds (1 July when none)."""
    for part in parts:
        try:
            return dt.date(year, part.month, part.day)
        except ValueError:
            continue
    return dt.date(year, 7, 1)


def without_anniversary(text: str, mentions: list[Mention], base: int) -> list[Mention]:
    """The mentions of a block but the dates an anniversary counts from ("of the victory of 8 May 1945", "became
    independent on 24 October 1964" in an item of the 51st anniversary, told as history): no day of the item's."""
    spans = [(m.start("between"), m.end("year")) for m in _ANNIVERSARY.finditer(text)] if any(
        word in text for word in _ANNIVERSARY_WORDS) else []
    counting = yearsago.counting_sentences(text)  # "utworzono 24 lipca 1919 r., dokładnie 105 lat temu"
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)
            and not (m.first is not None and m.first.year == base and (comingyear.is_history(text, m)
                                                                       or any(a <= m.start < b for a, b in counting)))]


_FISCAL_BEFORE = frozenset({"US"})  # countries whose fiscal year N begins in the calendar year N-1


def _fiscal_year_begins_before(article: Article) -> bool:
    """Is the item's organisation in a country whose fiscal year N begins in year N-1?"""
    if "Y" not in article.title and "Y" not in article.body:
        return False
    home = best_place(find_places(article.org)) or best_place(find_places(article.title))
    return home is not None and home.country in _FISCAL_BEFORE


def year_of_heading(text: str) -> int | None:
    """The year a short heading names for the list below it ("2024 Meeting Dates"), else None."""
    if len(text.split()) > _YEAR_HEADING_WORDS or _COPYRIGHT.search(text):
        return None
    year = BARE_YEAR.search(text)
    return int(year.group()) if year else None


def _names_its_card(block: Block, year: int, context: Reading) -> bool:
    """A line right under a card's days (or under the card's category below them) that names the year of those days
    ("Du 18 Oct. 2031 au 19 Oct. 2031" / "Culture" / "Salon du champignon – édition 2031"): the card's name, its
    edition's year in it, not a heading over a list."""
    dated = context.dated_mention
    if dated is None or dated.first is None or dated.first.year is None \
            or block.number - 1 not in (context.dated_line, context.row_at):
        return False
    # ("12 March 2024" / "Preliminary results, financial year 2023", "Results 2023, with the Annual Report": a
    # financial calendar's row names the year it reports on, the one before its day's; not a bare "2023" heading)
    return dated.first.year == year or dated.first.year - 1 == year and BARE_YEAR.fullmatch(block.text.strip()) is None


def year_heading(block: Block, mentions: list[Mention], context: Reading, *, stamp: bool = False) -> bool:
    """A heading naming a year and no day ("2023 Library Board Meeting Schedule") gives the list below it its
    year; the next heading ends that list. True when the block is such a heading. A `stamp` ("Posted 3 October
    2023", its day set aside as the item's date) is passed over the same way but gives no list its year: what it
    dates is when the item was written, and the dates below fall near it, not in it."""
    if block.kind == PARAGRAPH:
        return False
    year = BARE_YEAR.search(block.text) if len(block.text.split()) <= _YEAR_HEADING_WORDS \
        and not any(m.kind in ("day", "span", "time") for m in mentions) and not _COPYRIGHT.search(block.text) \
        else None
    if year is None:
        context.heading_year = None if block.kind == HEADING else context.heading_year
        return False
    if block.kind != HEADING and _names_its_card(block, int(year.group()), context):
        return False
    if not stamp:
        context.heading_year = int(year.group())
        context.list_heading = (block.number, block.text)
    return True
