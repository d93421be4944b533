"""A time restated on a named land's clock in dashes or a bracket right after it. Pure.

"a las 9 hora local -10 de la Argentina-", "A las 9.20 -10.20 de la Argentina-", "at 9:00 (10:00 in Buenos Aires)":
the first time names no clock of its own ("hora local" is the host's, whoever that is), the second names a town or
a land of one clock. The second settles the moment whatever the item's place: the mention becomes the second time
on that clock ("Argentina time"). The dashes are no range: a range's second time names no town after it.
"""

from __future__ import annotations

import re

from parsers.mentions import Mention
from parsers.placeindex import CITY, lookup

# The first time's clock digits (the mention may open with "a las"), "hora local" perhaps, then the second clock
# between dashes or in a bracket, its town after "de la", "de", "del", "en" or "in", the closing dash or bracket.
_TOWN = r"[A-ZÁÉÍÓÚ][\w'’]+(?:[ \t][A-Z][\w'’]+){0,2}"
_RESTATED = re.compile(
    r"(?P<first>(?:[01]?\d|2[0-3])(?:[:.h][0-5]\d)?)(?:[ \t]*(?:horas|hs|h)\b)?"
    r"(?:[ \t]+(?i:hora[ \t]+local|local[ \t]+time))?"
    r"[ \t]+(?:(?P<dash>[-–—])|\()[ \t]?(?P<h>[01]?\d|2[0-3])(?:[:.h](?P<m>[0-5]\d))?(?:[ \t]*(?:horas|hs|h)\b)?"
    rf"[ \t]+(?:(?:de[ \t]+la|del|de|en|in)[ \t]+)(?P<town>{_TOWN})"
    r"[ \t]*(?(dash)[-–—]|\))"
)


def with_dashed_clocks(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each time mention whose clock is restated on a named town's or land's clock right after it, as that second
    time on that clock (its zone the English label zones.py reads, "Argentina time"); every other mention as is."""
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue  # a part of the restating clock just read ("10.20" of "-10.20 de la Argentina-")
        if mention.kind == "time" and (not mention.zone or mention.zone.lower() in ("local time", "hora local")):
            digits = re.search(r"\d", text[mention.start : mention.end])
            found = None if digits is None else _RESTATED.match(text, mention.start + digits.start())
            place = None if found is None else lookup(found.group("town"))
            if found is not None and place is not None and place.zone and (place.kind == CITY or place.zone_certain):
                hour, minute = int(found.group("h")), int(found.group("m") or 0)
                mention = mention._replace(
                    end=found.end(), text=text[mention.start : found.end()], until=None,
                    time=mention.time.replace(hour=hour, minute=minute) if mention.time else None,
                    zone=f"{found.group('town')} time")
        out.append(mention)
    return out
