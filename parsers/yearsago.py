"""The year an item is written in when one of its sentences counts the years since a dated act of the past:
"Policję Państwową utworzono 24 lipca 1919 r., dokładnie 105 lat temu" is written in 2024, "opened on 3 May 1990,
35 years ago" in 2025, "fondée en 1950, il y a 70 ans" in 2020. The act's date is history, not a day of the item. Pure.

Only a sentence that writes one year: with two ("built in 1900 and rebuilt in 1950, 70 years ago") the count's
base is not known. Not a count that would put the writing beyond next year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from parsers.officeholders import sentence_bounds, sentence_of

# "105 lat temu", "35 years ago", "70 anni fa", "25 jaar geleden", "100 лет назад"; "il y a 70 ans", "hace 50 años",
# "há 40 anos", "vor 60 Jahren" (the count after its word)
_AGO = re.compile(
    r"(?<![\d.,])(?P<count>[1-9]\d{0,2})\.?\s+(?:years?\s+ago|lat[a]?\s+temu|anni\s+fa|jaar\s+geleden"
    r"|(?:лет|года?)\s+назад)(?!\w)"
    r"|\b(?:il\s+y\s+a|hace|há|vor)\s+(?P<after>[1-9]\d{0,2})\s+(?:ans|años|anos|Jahren)(?!\w)",
    re.IGNORECASE,
)
# A count told as rough ("more than 30 years ago", "ponad 30 lat temu", "почти 100 лет назад"): no year to count to
_ROUGHLY = re.compile(r"\b(?:more\s+than|over|almost|nearly|about|around|some|roughly|ponad|prawie|niemal|około|blisko"
                      r"|oltre|quasi|circa|bijna|ruim|meer\s+dan|более|больше|почти|около|свыше)\s+$", re.IGNORECASE)
# What every match of _AGO holds: the count's last digit, then (with a stop, in either alternative) its unit, as
# _AGO spells it. Searched first: it opens with a digit, which the engine skips to, where _AGO's first alternative
# opens with a look-behind and its second with a \b, tried at every position of the item (7 times as long).
_COUNT_THEN_UNIT = re.compile(r"\d\.?\s+(?:years?\s+ago|lat[a]?\s+temu|anni\s+fa|jaar\s+geleden|(?:лет|года?)\s+назад"
                              r"|ans|años|anos|Jahren)", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d/.:-])(1[5-9]\d\d|20\d\d)(?![\d/:-]|\.\d)")


def written_year(text: str, reference: dt.date) -> tuple[int, int, str] | None:
    """(The year the item is written in, the year counted from, the reason), from the first sentence that counts
    years back from the one year it writes; None when no sentence does."""
    for found in _counts_back(text):
        years = set(_YEAR.findall(sentence_of(text, found.start(), found.end())))
        if len(years) != 1 or _ROUGHLY.search(text, max(0, found.start() - 12), found.start()):
            continue
        base, count = int(years.pop()), int(found.group("count") or found.group("after"))
        if base + count > reference.year + 1:
            continue
        return base + count, base, (f"the item counts {count} years since {base} (\"{found.group()}\"): written in "
                                    f"{base + count}")
    return None


def counting_sentences(text: str) -> list[tuple[int, int]]:
    """Where the sentences that count years back are in `text` (start, end): their one year's date is the act
    counted from, history however the sentence's verb tells it ("utworzono", "was opened")."""
    return [sentence_bounds(text, found.start(), found.end()) for found in _counts_back(text)]


def _counts_back(text: str) -> Iterator[re.Match[str]]:
    """_AGO's matches in `text`; none, unsearched, where no count stands before its unit."""
    return _AGO.finditer(text) if _COUNT_THEN_UNIT.search(text) is not None else iter(())
