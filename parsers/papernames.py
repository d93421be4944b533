"""Weekdays that are part of a name, not a day: a Sunday paper. Pure.

"after yesterday's story in The Mail on Sunday", "an interview with The Independent on Sunday": a newspaper's
Sunday edition is named "The <Name> on Sunday", its capital "The" inside a sentence. "the President on Sunday"
and a sentence that opens "The Council on Sunday adopted ..." are prose about that day.
"""

from __future__ import annotations

import re

from parsers.dates import Mention

# "in The Mail on Sunday": one capitalised word after a capital "The" inside a sentence.
_PAPER_BEFORE = re.compile(r"(?<=[\w,;:'’] )The [A-Z][a-z]+ $")


def sunday_paper(sentence: str, mention: Mention) -> bool:
    """Is the weekday `mention` ("on Sunday") the end of a Sunday paper's name?"""
    return mention.kind == "weekday" and mention.weekday == 6 and mention.text.lower() == "on sunday" \
        and _PAPER_BEFORE.search(sentence, max(0, mention.start - 24), mention.start) is not None
