"""A where field and a when field glued on one line, "Ort: Innsbruck, Landhausplatz Datum: Sonntag, 4. Jänner 2026,
ab 11 Uhr": two lines, as the card set them before its text lost a line break. Pure.

A line opening with a where field's name ("Ort:", "Venue:", "Lugar:") that holds, after its place, a when field's
name written as a field's name is ("Datum:", "Date:", "Fecha:", capitalised, a colon after it) is cut before that
name, so that its date and time are read as a when field's and not as words of a place.
"""

from __future__ import annotations

import re

from parsers.fieldnames import WHEN, WHERE, alternatives

_WHEN_NAMES = "|".join(re.escape(name[:1].upper() + name[1:]).replace(r"\ ", r"\s+")
                       for name in sorted(WHEN, key=len, reverse=True))
_GLUED = re.compile(rf"^(?P<where>\W*(?i:{alternatives(WHERE)})\s*:\s*\S.*?\S)"
                    rf"\s+(?P<when>(?:{_WHEN_NAMES})\s*:\s*\S.*)$")


def fields_unglued(lines: list[str]) -> list[str]:
    """The lines, a where field's line holding a when field cut in two before the when field's name."""
    out: list[str] = []
    for line in lines:
        glued = _GLUED.match(line)
        out.extend((glued.group("where"), glued.group("when")) if glued else (line,))
    return out
