"""What a list entry's words say: its content without asides and marks, and whether its first clause is a
practicality (registration, accreditation, doors open) rather than what happens. Pure."""

from __future__ import annotations

import re

from parsers import kinds
from parsers.logistics import LOGISTICS
from parsers.reading import NOTHING


def content(what: str) -> str:
    """What a list line says happens, without '(tbc)' and punctuation: '' if it says nothing."""
    bare = NOTHING.sub("", what).strip(" .*[]–—-:,;")
    return "" if bare.startswith("(") and bare.endswith(")") and bare.count("(") == 1 else bare.strip("()")


def practicality(clause: str) -> bool:
    """Does the entry's first clause tell a practicality (registration, accreditation, doors open)? Not when the
    clause names a gathering before a colon and the practicality is in the list of what it holds: "The Women
    Leaders' Forum is launched: a film, grants and sign-up for the network" is the forum's programme."""
    found = LOGISTICS.search(clause.lower())
    if found is None:
        return False
    if _press_note(clause, found):
        return False  # "Opening Plenary (pool registration required)": how the press attends, noted after the entry
    if _doors_aside(clause, found):
        return False  # "Regional Cabinet Meeting (doors open at 9:15 AM)": when the room opens, noted after the entry
    head = clause.split(": ", 1)[0]
    return len(head) == len(clause) or found.start() < len(head) \
        or kinds.classify(head, generic=False) == kinds.EVENT


# A note set apart after an entry's name, by a bracket or a spaced dash: "Doorstep (TBC) - pool sign-up needed".
_NOTE_MARK = re.compile(r"\s[-–—]\s|\(")
# What such a note asks of the press: to register or sign up, to be accredited, to carry a pass (not "doors open to
# graduates only", the entry's own arrival, nor a registration desk named after a bracket has closed).
_PRESS_NOTE = re.compile(r"regist|sign|accredit|rsvp|pass|card", re.IGNORECASE)


def _press_note(clause: str, found: re.Match[str]) -> bool:
    """Is the clause's practicality (`found`) a note on how the press attends, set apart after the entry's name?"""
    if not _PRESS_NOTE.search(found.group()):
        return False
    note = max(_NOTE_MARK.finditer(clause, 0, found.start()), key=lambda m: m.start(), default=None)
    if note is None or not content(clause[:note.start()]) or LOGISTICS.search(clause[:note.start()].lower()):
        return False
    closing = clause.find(")", note.end()) if note.group() == "(" else -1
    return closing < 0 or found.end() <= closing


_DOORS = re.compile(r"(?:doors?|gates?)\s+open", re.IGNORECASE)
_AT_AN_HOUR = re.compile(r"\s*(?:at|from)?\s*\d")  # "doors open at 9:15 AM", "doors open 6pm"


def _doors_aside(clause: str, found: re.Match[str]) -> bool:
    """Is the clause's practicality the doors' opening, in brackets after the entry's name ("Town hall meeting (doors
    open at 6:30 PM)")? The entry is what happens at the row's time; the doors only open before it."""
    if not _DOORS.match(found.group()) or not _AT_AN_HOUR.match(clause, found.end()):
        return False  # ("doors open to graduates only": who may enter, the row's own arrival)
    bracket = clause.rfind("(", 0, found.start())
    if bracket < 0 or not content(clause[:bracket]) or LOGISTICS.search(clause[:bracket].lower()):
        return False
    closing = clause.find(")", bracket)
    return closing < 0 or found.end() <= closing
