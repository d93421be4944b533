"""Clock times written in ways every reader knows but a rule of deadlines would drop. Pure.

"The ministry will hold its briefing ... by 12noon", "the governor will arrive at the harbour by 11am on Friday":
in much of the English-speaking world "by" before the clock of an announced event says when it happens, as "at"
does. A task to be done by then ("submit by 11am", "must register by noon") stays a deadline.
"""

from __future__ import annotations

import re

from parsers.dates import Mention

_BY = re.compile(r"\bby\s*$", re.IGNORECASE)
# The sentence announces something that happens: a future or scheduled verb of an event before the "by".
_HAPPENS = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:set|scheduled|due|billed|slated)\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:hold|host|meet|brief|address|open|launch|begin|start|commence|convene|arrive|gather|flag\s+off|take\s+place"
    r"|be\s+held|sit|kick\s+off|unveil|inaugurate|visit|tour|receive|lead|chair|speak|attend)\b"
    r"|\b(?:holds|takes\s+place|is\s+scheduled|are\s+scheduled)\b",
    re.IGNORECASE,
)
# What a reader must do by then: a deadline, whatever else the sentence says.
_TASK = re.compile(
    r"\b(?:must|should|needs?\s+to|have\s+to|has\s+to|asked|required|requested|invited\s+to\s+(?:submit|register|send)"
    r"|submit\w*|submissions?|regist\w+|appl(?:y|ies|ications?)|lodge\w*|fil(?:e|ed|ing)|repl(?:y|ies)|rsvp"
    r"|confirm\w*|deadline|accredit\w*|deliver\w*|complete\w*|pay|paid|payment|closes?|closing|sent|send)\b",
    re.IGNORECASE,
)
_JOINED = re.compile(r"^\s*,?\s*(?:on|of)?\s*,?\s*$", re.IGNORECASE)  # "11am on Friday": one moment


def clock_by(sentence: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Is `mention` the clock of an announced event written after "by" ("will hold ... by 12noon"), or the day
    joined to such a clock ("by 11am on Friday 7 March")?"""
    time = mention
    if mention.kind != "time":
        time = next((m for m in reversed(mentions) if m.kind == "time" and m.end <= mention.start
                     and _JOINED.match(sentence[m.end : mention.start])), mention)
    if time.kind != "time" or not _BY.search(sentence, max(0, time.start - 6), time.start):
        return False
    before = sentence[: time.start]
    return _HAPPENS.search(before) is not None and _TASK.search(sentence) is None
