"""Two dotted days sharing the year the second one writes ("23.1. ja 24.1.2026", "perjantaina 23.1. ja lauantaina
24.1.2026", "am 3.5. und 10.5.2026"), as Finnish, German, Czech, Polish and the Nordic languages
write a pair of days: both days are of that year (and of the second one's month where the first gives
none). Pure.

Alone, "23.1." is no date the grammar reads (a day and month with no year, which a clock or a numbered clause may
look like too); beside the dated day it is joined to, it is that day's partner. Days that follow each other are a
span from the first to the last; two days apart joined by "and" are two days. (A dashed run, "23.–24.1.2026", is
the grammar's.)
"""

from __future__ import annotations

import re

from parsers.digitscan import matches_at
from parsers.mentions import DayPart, Mention

# "and" in the languages that write days so: Finnish "ja", German "und", Czech "a", Polish "i", Swedish "och", Danish
# and Norwegian "og", Dutch "en", Estonian "ja"; a weekday word may stand before the second day ("ja lauantaina").
# (A dashed run, "23.–24.1.2026", "30.8.-2.9.2031", the grammar reads whole already: only pairs joined by "and" here.)
_PAIR = re.compile(r"(?<![\d.:,/])(?P<d1>[0-3]?\d)\.(?:(?P<m1>1[0-2]|0?[1-9])\.)?,?"
                   r"\s+(?:ja|und|a|i|och|og|en)\s+(?:[^\W\d_]{3,},?\s+)?"
                   r"(?P<d2>[0-3]?\d)\.(?P<m2>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\d.]\d)")
_LONGEST_RUN = 31  # days apart two days joined by "and" may be


def dotted_pairs(text: str) -> list[Mention]:
    """The pairs of dotted days in `text` whose second day writes the year, each as a span (days that follow each
    other) or as its two days."""
    if "." not in text:
        return []
    out: list[Mention] = []
    for pair in matches_at(_PAIR, text, None):
        year, m2, d2 = int(pair["y"]), int(pair["m2"]), int(pair["d2"])
        m1 = int(pair["m1"]) if pair["m1"] else m2
        first, last = DayPart(int(pair["d1"]), m1, year), DayPart(d2, m2, year)
        start, end = first.in_year(year), last.in_year(year)
        if start is None or end is None or not 0 < (end - start).days <= _LONGEST_RUN:
            continue  # ("31.1. ja 30.1.2026": no pair read forward; "5. a 6.1.2026" with no such first day)
        if (end - start).days == 1:
            out.append(Mention("span", pair.start(), pair.end(), pair.group(), first=first, last=last))
            continue
        stop = (pair.end("m1") if pair["m1"] else pair.end("d1")) + 1  # after the first day's closing stop
        out.append(Mention("day", pair.start(), stop, text[pair.start() : stop], first=first))
        out.append(Mention("day", pair.start("d2"), pair.end(), text[pair.start("d2") : pair.end()], first=last))
    return out
