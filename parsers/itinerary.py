"""Itineraries and programmes told in prose: which short dated sentences are events, and which times of a
sentence are the same event again. Pure; prose.py asks.
"""

from __future__ import annotations

import re

from parsers.dates import Mention

# Lower-case words of a sentence ("flies back to"), which a date line ("THE HAGUE, 22 January 2015.") lacks.
_RUNNING_WORDS = re.compile(r"(?<![\w-])[a-z]{2,}\b")
_STATEMENT_WORDS = 3
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|took|made|came|went|left|met|held|gave|saw|\w{3,}ed)\b")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:at\s+)?", re.IGNORECASE)
_MAX_LISTED = 8  # a sentence lists a few showings, not hundreds


def statement(sentence: str, clause: str) -> bool:
    """"On Friday, 9 May, the envoy flies home." is a short sentence, not a date line: it ends with a full stop
    and, the date aside, says something in words of the running text (a heading names places and people, in
    capitals); said in the present or the future, as history is not an event."""
    return (sentence.rstrip().endswith(".") and len(_RUNNING_WORDS.findall(clause)) >= _STATEMENT_WORDS
            and not _PAST_VERB.search(clause))


def listed_times(sentence: str, times: list[Mention], used: Mention | None,
                 later: list[tuple[int, Mention, str]]) -> list[Mention]:
    """The times listed after the event's own, nothing between them but a comma, "and" or "at" ("at 10:00,
    11:00 and 12:00"): each a time the event happens again. Only later times in the same zone: "15:00 CET,
    14:00 GMT" says one time twice."""
    if used is None or used not in times:
        return []
    claimed = {id(mention) for _, mention, _ in later}
    listed: list[Mention] = []
    before = used
    for mention in times[times.index(used) + 1 :][:_MAX_LISTED]:
        if not _LIST_JOINT.fullmatch(sentence, before.end, mention.start) or mention.zone != used.zone \
                or mention.time is None or before.time is None or mention.time <= before.time \
                or mention.until is not None:
            break
        if id(mention) not in claimed:
            listed.append(mention)
        before = mention
    return listed
