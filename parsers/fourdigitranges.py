"""A range of 24-hour times in four figures inside a sentence: "from 0930 to 1130", "between 0900 and 1100",
"from 1400 to 1600 hrs", "from 1400 to 1600 GMT". Pure.

Four figures are as often a year or a count ("from 1400 to 1600 bags", "from 1990 to 2010"): the range is a clock's
only when its start has a leading zero, which no year or count is written with, or when "hrs" or a zone label
follows it ("at 1440" alone is read by the grammar; a programme's "0900-1000" row by `fourdigitrows`).
"""

from __future__ import annotations

import re

from parsers.datewords import ZONE_LABELS
from parsers.fourdigitrows import CLOCK, HOURS_WORD, clock_of
from parsers.mentions import Mention

# ("[FfBb](?<!\w.)": the first letter, which the engine skips to, then the word's start behind it: the same matches as
# "\b(?:from|From|between|Between)", which the engine tried at every position of an article; `from` is a group only
# for the test of which word opened the range)
_RANGE = re.compile(
    rf"[FfBb](?<!\w.)(?:(?<=[Ff])(?P<from>rom)|(?<=[Bb])etween)\s+(?P<start>{CLOCK})(?:{HOURS_WORD})?\s*"
    rf"(?(from)(?:to|until|till|-|–|—)|and)\s*(?P<end>{CLOCK})(?P<hours>{HOURS_WORD})?"
    rf"(?:[ \t]*\(?(?P<zone>{ZONE_LABELS})\)?)?(?![\d,:/%]|\.\d)"
)


def four_digit_ranges(text: str) -> list[Mention]:
    """The ranges of `text` given in four figures that can only be clock times."""
    found: list[Mention] = []
    for match in _RANGE.finditer(text):
        start, end = match.group("start"), match.group("end")
        if not (start.startswith("0") or match.group("hours") or match.group("zone")) or end <= start:
            continue
        begin = match.start("start")
        found.append(Mention("time", begin, match.end(), text[begin : match.end()].rstrip(), time=clock_of(start),
                             until=clock_of(end), zone=match.group("zone") or ""))
    return found
