"""Whether two titles say the same thing, and one text with another's words added. Pure."""

from __future__ import annotations

import re

from parsers.whenlines import CALENDAR_WORDS

_WORD = re.compile(r"[^\W\d_]{3,}")
ALIKE = 0.5  # share of words two titles have in common when they say the same thing
_MAX_TEXT = 3000  # an event's text grows no further: a programme may tell one happening many times


def title_words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def alike(a: str, b: str) -> bool:
    first, second = title_words(a), title_words(b)
    if not first or not second:
        return True  # a title with no words of its own says nothing against the other
    return len(first & second) / min(len(first), len(second)) >= ALIKE


def joined(text: str, more: str) -> str:
    if more in text or len(text) >= _MAX_TEXT:
        return text
    return f"{text} {more}"


_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}")


def alike_topics(a: str, b: str) -> bool:
    """Do two titles speak of the same thing in their own words, past the kind before the colon ("Event: ") and
    the small words ("the", "and") that any two share?"""
    first, second = ({w.lower() for w in _TOPIC_WORD.findall(t.partition(": ")[2] or t)} for t in (a, b))
    return bool(first and second) and len(first & second) / min(len(first), len(second)) >= ALIKE


def named_apart(one: str, other: str) -> bool:
    """Do two headings, however alike in their words, end on two names after the same word ("Halloween bei der
    Feuerwehr Bernau", "Halloween-Feuer bei der Feuerwehr Wandlitz")? Then they head one kind of happening at two
    places or by two hosts: two entries, each its own. (Not "Sommerfest der Gemeinde: Programm", a part of the
    page, nor "Budget Statement: Order of Proceedings": the last word is no name set after the same word.)"""
    ends = [_NAME_END.search(heading.rstrip(" .:")) for heading in (one, other)]
    if ends[0] is None or ends[1] is None or ends[0].group("before").lower() != ends[1].group("before").lower():
        return False
    a, b = ends[0].group("name"), ends[1].group("name")
    return all(len(w) >= 3 and w[:1].isupper() and w.lower() not in CALENDAR_WORDS for w in (a, b)) \
        and a.lower() not in other.lower() and b.lower() not in one.lower()


# The last word of a heading, a name in capitals, right after the word before it (a space between, no colon)
_NAME_END = re.compile(r"(?P<before>[\w'’-]+) (?P<name>[^\W\d_][\w'’-]*)$")
