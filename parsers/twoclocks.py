"""One moment told on two places' clocks, each clock named after its time: "10:00 New York local time (19:30 Kabul
local time)", "8:00 a.m. in Central America / 10:00 a.m. in Dominican R.". Pure.

Releases for readers in two regions give each clock, the second in a bracket or after a slash. Both are the same
instant, so one is kept: the first when its place's clock is known ("New York time", "Central America time"), else
the second. Each place must be marked as a clock, by "in" before it or "(local) time" after it, so that a bracket
naming a speaker or a venue after a time ("10:00 (14:00 Ministry)") is never read as a clock.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers.mentions import Mention
from parsers.placeindex import lookup
from parsers.zonelabels import LABELS

# A place's name of up to three words; an abbreviation's stop ends it ("in Dominican R. The national anthem").
_NAME = r"[A-Z][\w'’-]*(?:\.|[ \t][A-Z][\w'’-]*(?:\.|[ \t][A-Z][\w'’-]*\.?)?)?"
_MARKED = (rf"(?:in[ \t]+(?P<inN>{_NAME})(?:[ \t]+(?:local[ \t]+)?time)?"
           rf"|(?P<namedN>{_NAME})[ \t]+(?:local[ \t]+)?time)")
_TWO_CLOCKS = re.compile(
    r"[ \t]+" + _MARKED.replace("N>", "1>")
    + r"[ \t]*(?P<joint>\(|/)[ \t]*"
    + r"(?P<hour>[01]?\d|2[0-3])(?:[:.h](?P<minute>[0-5]\d))?[ \t]*(?:(?P<half>[ap])\.?[ \t]?m\b\.?)?[ \t]*"
    + _MARKED.replace("N>", "2>") + r"[ \t]*\)?")


def two_clocks(text: str, mention: Mention) -> tuple[Mention, int] | None:
    """An unlabelled time followed by its place's clock and the same moment on another place's clock, as the time
    on the first clock known (its label "PLACE time"), with the end of the second clock; None for any other."""
    if mention.kind != "time" or mention.zone or mention.time is None or mention.until is not None:
        return None
    found = _TWO_CLOCKS.match(text, mention.end)
    if found is None:
        return None
    first = _place(found.group("in1") or found.group("named1"))
    second = _place(found.group("in2") or found.group("named2"))
    # (the mention takes in both clocks, so that a summary drops them with it)
    said = text[mention.start : found.end()]
    if first:
        return mention._replace(end=found.end(), text=said, zone=f"{first} time"), found.end()
    if not second:
        return None
    hour = int(found.group("hour")) % 12 + (12 if found.group("half") == "p" else 0) if found.group("half") \
        else int(found.group("hour"))
    return mention._replace(end=found.end(), text=said, time=dt.time(hour, int(found.group("minute") or 0)),
                            zone=f"{second} time"), found.end()


def _place(name: str) -> str:
    """The name as a clock zones.py knows ("Kabul", "Central America"), "" when it names none."""
    name = name.rstrip(".")
    if (name + "TIME").upper().replace(" ", "") in LABELS:
        return name
    place = lookup(name)
    return name if place is not None and place.zone and (place.kind == "city" or place.zone_certain) else ""
