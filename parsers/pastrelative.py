"""A day counted back ("The day before", "the previous day") in a sentence that tells, in the past, what someone
said or announced: when it was said, not an event. Pure.

"The day before, the chief announced a restructuring of the department" under a release of 22 July: what was said
on the 21st. ("Yesterday ..." and a weekday told so are read elsewhere; a past meeting on such a day is left.)
"""

from __future__ import annotations

import re

from parsers.mentions import Mention
from parsers.tense import tells_what_is_to_come
from parsers.verbs import SAYING

_SAID = re.compile(r"\b(?:" + "|".join(SAYING) + r"|named|appointed|unveiled|released|published)\b")


def said_then(sentence: str, mention: Mention) -> bool:
    """A day before the day in context, in a sentence whose act is one of saying, told in the past."""
    return mention.kind == "relative" and mention.offset < 0 and _SAID.search(sentence) is not None \
        and not tells_what_is_to_come(sentence)
