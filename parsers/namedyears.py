"""Years a sentence names as part of a name, not in a date ("the 2022 Commonwealth Games", "Interkulturelle Woche
2022", "in 2032, on 4-6 May"): the year of the paragraph's year-less dates (reading.py weighs it). Pure."""

from __future__ import annotations

import re

from parsers import lang, yearclues
from parsers.dates import Mention
from parsers.datewords import MONTHS

# (The digit first, its look-behind after it: the engine then skips to the 1s and 2s instead of trying each position.)
_BARE_YEAR = re.compile(r"[12](?<![\d./:-].)(?:(?<=1)9|(?<=2)0)\d\d(?![\d./:-])")
_NAME_BEFORE = re.compile(r"\b[A-ZÄÖÜ][\w-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-ZÄÖÜ]")
# "2 December 2022" that is no mention any more: a dateline or stamp put aside, the item's own date, not a name's year
_DAY_AND_MONTH_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|\.)?\s+([A-ZÄÖÜ]\w*)\.?\s$")
_MONTH_WORDS = frozenset((*MONTHS, *lang.MONTHS))
# "the 2007 EFA Global Monitoring Report", "2023 World Drug Report": a year opening a report's name names the report,
# which may be given out the year before it or the year after, not the time of the paragraph's dates
_REPORT_AFTER = re.compile(r"\s(?:[A-Z][\w-]*\s+){0,5}(?:Report|Review|Outlook|Yearbook|Survey|Monitor|Atlas)\b")
_YEAR_THEN_DATE = re.compile(r"\s*,?\s*(?:(?:on|from|von|vom|am|le|du)\s*)?", re.IGNORECASE)  # what may come between


def years_named(sentence: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Years a sentence names as part of a name, not in a date ("the 2022 Commonwealth Games",
    "Interkulturelle Woche 2022"): (where, year). A year a plan covers ("Work Programme for 2014",
    "fiscal year 1996 budget") says nothing of when its events are."""
    # ("presents its Annual Report 2018 on 14 March": an account of 2018, given out in 2019)
    return [(y.start(), int(y.group()) + yearclues.account_year(sentence, y.start(), y.end()))
            for y in _BARE_YEAR.finditer(sentence)
            if not any(m.start <= y.start() < m.end for m in mentions) and not _closes_a_date(sentence, y.start())
            and not (_REPORT_AFTER.match(sentence, y.end())
                     and not yearclues.account_year(sentence, y.start(), y.end()))
            and (_NAME_BEFORE.search(sentence, 0, y.start()) or _NAME_AFTER.match(sentence, y.end())
                 or _dates_after(sentence, y.end(), mentions))]


def _closes_a_date(sentence: str, at: int) -> bool:
    before = _DAY_AND_MONTH_BEFORE.search(sentence, max(0, at - 20), at)
    return before is not None and before.group(1).lower() in _MONTH_WORDS


def _dates_after(sentence: str, end: int, mentions: list[Mention]) -> bool:
    """A year set right before a date that gives none: "und 2023 von 2. bis 5. März", "in 2032, on 4-6 May"."""
    after = next((m for m in mentions if m.start >= end), None)
    return after is not None and after.kind in ("day", "span") and _YEAR_THEN_DATE.fullmatch(
        sentence, end, after.start) is not None
