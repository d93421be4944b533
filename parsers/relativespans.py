"""A span whose first day is said in words relative to the item's day ("runs from tomorrow until 7 November",
"opens today and runs until 7 November", "entre hoy y el 5 de octubre"): one span, not a day and a last day. Pure."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from parsers import extent
from parsers.dates import DayPart, Mention

# "runs from tomorrow until 7 November", "opens today and runs until 7 November", "sits from today to 25 May": the
# day in context said in words, then the last day. Words before the relative day that open the span, and words between
# it and the last day that close it.
# ("between today and 5 October", and as Portuguese and Spanish say it: "entre hoje e 5 de outubro", "de hoje até 5
# de outubro", "desde hoy hasta el 5 de octubre", "entre hoy y el 5 de octubre")
_FROM_BEFORE = re.compile(r"\b(?:from|starting|beginning|opens?|begins?|starts?|between|entre|desde|de|a\s+partir\s+de)"
                          r"\s*$", re.IGNORECASE)
# ("desde hoy y hasta el próximo 22 de enero", "de hoje e até o próximo dia 5", "from today and until the coming 5
# May": the until-word may follow "and", and the last day be called the next one of its name)
_UNTIL_BETWEEN = re.compile(r"\s*,?\s*(?:and\s+(?:runs?|continues?|lasts?|sits?|stays?\s+open|is\s+open)\s+)?"
                            r"(?:(?:and|y|e)\s+(?=until|till|through|up\s+to|até|hasta))?"
                            r"(?:until|till|through|to|up\s+to|and|e|y|até|hasta)\s+(?:the\s+|el\s+|a\s+|ao\s+|o\s+)?"
                            r"(?:(?:próxim[oa]|coming|next)\s+(?:dia\s+)?)?$",
                            re.IGNORECASE)


def relative_start_spans(sentence: str, mentions: list[Mention],
                         day_of: Callable[[Mention], dt.date]) -> list[Mention]:
    """The mentions, with "from tomorrow until 7 November" joined into one span from the day `day_of` gives."""
    out: list[Mention] = []
    for mention in mentions:
        start = out[-1] if out else None
        if start is not None and start.kind == "published" and start.offset >= 0 and mention.kind == "day" \
                and mention.first is not None and _FROM_BEFORE.search(sentence, 0, start.start) \
                and _UNTIL_BETWEEN.fullmatch(sentence, start.end, mention.start):
            first = day_of(start)
            part = DayPart(first.day, first.month, first.year, first.weekday())
            if (apart := extent.days_apart(part, mention.first)) is not None and apart <= extent.LONGEST:
                out[-1] = Mention("span", start.start, mention.end, sentence[start.start : mention.end], part,
                                  mention.first)
                continue
        out.append(mention)
    return out
