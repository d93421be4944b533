"""The year an item says it is of, without a date: its release number ("Press release 045/2019",
"No. 2019/045", "Nr. 45/2019", "SPEECH/13/145") or a year it counts from ("last year's 2018 forum":
this one is of 2019). Pure.

A release number on a line of its own is the item's own; one cited in a sentence ("the Bank's Press
Release: 2020-2021/1323 of March 31, 2021") is another item's, and is not read here.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.gate import Gated, LinePattern, folded_case

# A line that is only a release's number with its year ("PR/2018/07" with a series before it): a word that
# says it is a release or its number first.
_LABEL = (r"(?:(?:press|news|media)\s+release|release|statement|notice|pressemitteilung|presseinformation"
          r"|pressemeldung|medienmitteilung|communiqu[ée](?:\s+de\s+presse)?|comunicado(?:\s+de\s+prensa)?"
          r"|nota\s+(?:de\s+prensa|informativa)|PR|(?:our\s+)?ref(?:erence)?\.?)")
_NUMBER_WORD = r"(?:no\.?|nr\.?|n[°º]|n\.|num\.?|number|#)"
_RELEASE_LINE = re.compile(
    rf"^[ \t]*(?i:{_LABEL}(?:[ \t]+{_NUMBER_WORD})?|{_NUMBER_WORD})[ \t]*:?[ \t]*"
    r"(?:[A-Z]{1,8}[/-])?(?:(?P<first>(?:19|20)\d\d)[/-]\d{1,5}|\d{1,5}[/-](?P<last>(?:19|20)\d\d))"
    r"(?:[ \t]+(?i:of|du|del|de|vom|von)[ \t]+[^\n]{1,30}?)?[ \t]*$",  # "n°45/2019 du 14 mars": the day it was issued
    re.MULTILINE,
)
# The European Commission's "IP/13/145", "SPEECH/13/145", "MEMO/19/1234", "STATEMENT/21/5", alone on a line.
_RAPID_LINE = re.compile(r"^[ \t]*(?:IP|MEMO|SPEECH|STATEMENT|QANDA|AC|ANEX)/(?P<short>\d\d)/\d{1,5}[ \t]*$",
                         re.MULTILINE)
# Searched only where a line starts (gate.LinePattern).
_RELEASE = LinePattern(_RELEASE_LINE)
_RAPID = LinePattern(_RAPID_LINE)
# "last year's 2018 forum", "this year's 2019 edition", "next year's 2021 summit": the year counted from.
_COUNTED = re.compile(r"\b(?P<which>last|this|next)\s+year['’]s\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_OFFSET = {"last": 1, "this": 0, "next": -1}
# Every match of _COUNTED holds one of these in the lower-cased text, but where "ſ" stands for an "s" (the one
# letter (?i) reads as one of theirs that lower() keeps apart): the engine tries _COUNTED's `\b` and three
# (?i) words at every position, so it is searched only in a text that holds one.
_COUNTED_WORDS = ("year's", "year’s")
_ODD_S = "ſ"


def item_year(text: str, reference: dt.date) -> tuple[int, str] | None:
    """The year the item says it is of, and why; None when it says none (or one after next year)."""
    found: tuple[int, str] | None = None
    if "/" in text or "-" in text:
        line = _RELEASE.search(text)
        rapid = _RAPID.search(text) if line is None else None
        if line is not None:
            year = int(line.group("first") or line.group("last"))
            found = year, f"the item's release number {line.group().strip()} is of {year}"
        elif rapid is not None:
            year = 2000 + int(rapid.group("short"))
            found = year, f"the item's release number {rapid.group().strip()} is of {year}"
    if found is None and _may_count(text):
        counted = _COUNTED.search(text)
        if counted is not None:
            year = int(counted.group("year")) + _OFFSET[counted.group("which").lower()]
            said = counted.group()[:-5].lower()
            found = year, f"the item speaks of {said} {counted.group('year')}, so it is of {year}"
    if found is None and (ordinal := _FIRST_OF_YEAR_GATED.search(text)) is not None:
        year = int(ordinal.group("year"))
        found = year, f"the item speaks of {ordinal.group().strip()}, a gathering of {year}"
    if found is None or found[0] > reference.year + 1:
        return None
    return found


# "A primeira reunião de 2018 do Comité", "la primera sesión de 2019", "the first meeting of 2020": a body's first (or
# next) sitting of a year, which the item moves or announces: its year-less days are of that year. (Not the last: "The
# last meeting of 2030 was held on December 15 ... will next meet on January 20" looks back on a year whose end has
# come, its next days in the year after.)
_FIRST_OF_YEAR = re.compile(
    r"\b(?i:the\s+(?:first|second|third|next)|(?:a|o|la|el)\s+(?:primeira|primera|segunda"
    r"|pr[óo]xima|primer|próximo))"
    r"\s+(?i:meeting|session|sitting|reunião|reunion|reunión|sessão|sesión|assembleia|asamblea|junta)"
    r"\s+(?i:of|in|de|em|en|del\s+año|do\s+ano)\s+(?P<year>(?:19|20)\d\d)\b")
# Searched only in a text that holds one of the gatherings' words: the pattern opens with `\b` and words under (?i), so
# the engine tried it at every position of the whole item, and it found nothing on nearly every item (1% of reading a
# copy of the sample).
_FIRST_OF_YEAR_GATED = Gated(_FIRST_OF_YEAR, "meeting", "sitting", "reuni", "sess", "sesi", "assembleia", "asamblea",
                             "junta")


def _may_count(text: str) -> bool:
    """Can _COUNTED match in `text`? (False only where it cannot.)"""
    if _ODD_S in text:
        return True
    # Both words hold "year": a text without it (as gate.folded_case finds it) is not lowered, which costs several
    # times as much as folding where a text goes beyond ASCII (a copy of the sample lowered its whole text here).
    if "year" not in folded_case(text):
        return False
    lowered = text.lower()
    return any(word in lowered for word in _COUNTED_WORDS)


# A line that is only the item's address, its path dated as news sites date theirs: ".../news/2017/06/board-meeting",
# ".../2017/06/22/board"; after "URL:", "Link:" or "Permalink:" at most. (A link inside a sentence may be another
# item's; so may one that follows words.)
_DATED_URL = re.compile(
    r"^[ \t]*(?:(?i:(?:source\s+)?url|link|permalink|web)[ \t]*:[ \t]*)?<?https?://[^\s/]+(?:/[^\s/]+)*?"
    r"/(?P<year>(?:19|20)\d\d)/(?P<month>0?[1-9]|1[0-2])/(?:(?P<day>0?[1-9]|[12]\d|3[01])/)?[^\s]*?>?[ \t]*$",
    re.MULTILINE,
)


def url_day(text: str, reference: dt.date) -> tuple[dt.date, str] | None:
    """The day in context an item's own dated address gives (its day, else the 15th of its month), and why."""
    found = _DATED_URL.search(text) if "://" in text else None
    if found is None or int(found.group("year")) > reference.year + 1:
        return None
    year, month = int(found.group("year")), int(found.group("month"))
    day = int(found.group("day") or 15)
    try:
        return dt.date(year, month, day), f"the item's address is dated {year}/{month:02d}"
    except ValueError:
        return None
