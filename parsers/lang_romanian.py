"""Romanian dates and times, read into the same mentions as the English grammar. Pure.

    days     22 octombrie · miercuri, 22 octombrie · pe 17 octombrie 2025 · 1 decembrie
    spans    între 10 și 12 noiembrie · 10-12 noiembrie · din 3 până în 5 mai 2026
    times    la ora 10:00 · ora 18 · orele 9.30 · începând cu ora 10:00 · între orele 10:00 și 14:00
    relative astăzi · azi · mâine · ieri

dates.find_mentions lays them over the mentions the other grammars found in the same text, the longer
reading of the same words winning ("la ora 10:00" is one time, where the English grammar sees a bare "10:00").
"""

from __future__ import annotations

import functools
import re

from parsers.fieldnames import alternatives
from parsers.langgrammar import (
    compile_forms,
    day_clock,
    mentions_with_spans_apart,
    named_day,
    one_day,
    parts,
    today_word,
)
from parsers.mentions import DAY_NUMBER, HOUR_NUMBER, YEAR_NUMBER, Mention

MONTHS = {
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6, "iulie": 7, "august": 8,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
}  # fmt: skip
# Both spellings of ș and ț: the comma below and the older cedilla ("marți", "marţi").
WEEKDAYS = {
    "luni": 0, "marți": 1, "marţi": 1, "marti": 1, "miercuri": 2, "joi": 3, "vineri": 4, "sâmbătă": 5,
    "sîmbătă": 5, "sambata": 5, "duminică": 6, "duminica": 6,
}  # fmt: skip
PUBLISHED = {"astăzi": 0, "azi": 0, "mâine": 1, "ieri": -1}

_MONTH = rf"(?i:{alternatives(MONTHS)})"
_WEEKDAY = rf"(?i:{alternatives(WEEKDAYS)})"
_DAY = DAY_NUMBER
_YEAR = YEAR_NUMBER
_FORMS = {
    # "între 10 și 12 noiembrie", "din 3 până în 5 mai 2026", "10-12 noiembrie": a span (found before its days)
    "s": (rf"(?:(?i:între|intre)\s+(?P<s1d>{_DAY})(?:\s+(?P<s1m>{_MONTH}))?\s+(?i:și|şi|si)\s+"
          rf"|(?i:din|de\s+la)\s+(?P<s3d>{_DAY})(?:\s+(?P<s3m>{_MONTH}))?\s+(?i:până|pana)\s+(?i:în|in|la)\s+"
          rf"|(?P<s4d>{_DAY})\s*[-–]\s*)"
          rf"(?P<s2d>{_DAY})\s+(?P<s2m>{_MONTH})\b(?:\s+(?P<s2y>{_YEAR})\b)?"),
    # "miercuri, 22 octombrie", "pe 17 octombrie 2025": a day (a month name always after its day's number)
    # ("pe" and "în data de" before it are part of the date, as "on" is left out of a summary)
    "d": (rf"(?:(?i:pe|în\s+data\s+de|in\s+data\s+de)\s+)?(?:(?P<dw>{_WEEKDAY}),?\s+)?"
          rf"(?P<dd>{_DAY})\s+(?P<dm>{_MONTH})\b(?:\s+(?P<dy>{_YEAR})\b)?"),
    # "la ora 10:00", "ora 18", "orele 9.30", "între orele 10:00 și 14:00": a clock after the word that says it is one
    # ("la" and "începând cu" before it are part of the time)
    "t": (rf"(?:(?i:la|începând\s+cu|incepand\s+cu)\s+)?(?P<lead>(?i:ora|orele))\s+"
          rf"(?P<th>{HOUR_NUMBER})(?:[.:](?P<tm>[0-5]\d))?"
          rf"(?:\s*(?:[-–]|(?i:și|şi|si|la|până\s+la)\s+(?:(?i:ora|orele)\s+)?)\s*(?P<uh>{HOUR_NUMBER})(?:[.:](?P<um>[0-5]\d))?)?"
          r"(?![\d.,:]?\d)(?!\s*%)"),
    # "astăzi", "mâine", "ieri": a day counted from the publication date
    "p": rf"(?P<pub>(?i:{alternatives(PUBLISHED)}))(?!\w)",
}
GRAMMAR = compile_forms(_FORMS)
# Only a text with one of these words is read: most texts are not Romanian and pay a few substring searches.
_HINT_WORDS = ("ianuarie", "februarie", "martie", "aprilie", "iunie", "iulie", "septembrie", "octombrie",
               "noiembrie", "decembrie", " ora ", " orele ", " mai")
# Words that say the text is Romanian ("mai" and "august" are English or German words too, so " mai" alone only asks).
_ROMANIAN = re.compile(r"(?<!\w)(?i:și|şi|în|să|către|după|această|acest|fost|ședința|ședință|şedinţa|va\s+avea)(?!\w)")


def romanian_mentions(text: str) -> list[Mention]:
    """The Romanian date and time mentions of `text`, in order."""
    return mentions_with_spans_apart(text, _HINT_WORDS, _ROMANIAN, GRAMMAR, _day, _mention)



def _mention(match: re.Match[str]) -> Mention | None:
    form, groups, span = parts(match)
    if form == "d":
        return one_day(_day, groups, span)
    if form == "p":
        # (a capital after a comma is a name too)
        return today_word(match, groups["pub"].lower(), PUBLISHED, span, ".!?:\n")
    return day_clock(groups, span)



_day = functools.partial(named_day, MONTHS, WEEKDAYS)  # a day of this language's words
