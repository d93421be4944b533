"""A range of 24-hour times in four figures inside a sentence: "from 0930 to 1130", "between 0900 and 1100",
"from 1400 to 1600 hrs", "from 1400 to 1600 GMT". Pure.

Four figures are as often a year or a count ("from 1400 to 1600 bags", "from 1990 to 2010"): the range is a clock's
only when its start has a leading zero, which no year or count is written with, or when "hrs" or a zone label
follows it, or the day it is on ("between 1015 and 1030 on 26 January", "from 1400 to 1600 on Friday": years and
counts are not "on" a day) ("at 1440" alone is read by the grammar; a programme's "0900-1000" row by
`fourdigitrows`).
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


# "... and 1030 on 26 January 2023", "... to 1600 on Friday": the day the range is on follows it.
_ON_A_DAY = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2}"
                       r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                       r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d)")


# "The toll rises from 1200 to 1500 on 1 June": a quantity that grows or shrinks from one number to another, whatever
# day it does so on (a time is moved, not raised: "moved from 1400 to 1600 on Friday" stays a range of hours).
_CHANGE_OF_AMOUNT = re.compile(r"\b(?:ris(?:e[sn]?|ing)|rose|increas(?:e[sd]?|ing)|(?:go|goes|went|gone|going)\s+up"
                               r"|grow(?:s|n|ing)?|grew|climb(?:s|ed|ing)?|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?"
                               r"|declin(?:e[sd]?|ing)|rais(?:e[sd]?|ing)|cut|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?"
                               r"|jump(?:s|ed|ing)?|(?:go|goes|went|gone|going)\s+down)[ \t]+$", re.IGNORECASE)


def four_digit_ranges(text: str) -> list[Mention]:
    """The ranges of `text` given in four figures that can only be clock times."""
    found: list[Mention] = []
    for match in _RANGE.finditer(text):
        start, end = match.group("start"), match.group("end")
        if not (start.startswith("0") or match.group("hours") or match.group("zone")
                or _ON_A_DAY.match(text, match.end()) and not _CHANGE_OF_AMOUNT.search(text, max(0, match.start() - 20),
                                                                         match.start())) or end <= start:
            continue
        begin = match.start("start")
        found.append(Mention("time", begin, match.end(), text[begin : match.end()].rstrip(), time=clock_of(start),
                             until=clock_of(end), zone=match.group("zone") or ""))
    return found
