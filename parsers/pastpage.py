"""A page that says in its title it lists past sittings or events ("Vergangene Plenarsitzungen: Plenarwoche Oktober
2025", "Past meetings of the Board", "Séances précédentes", "Sesiones anteriores"): an archive, whose days are
history; only a sentence that tells what is to come keeps its event. Pure."""

from __future__ import annotations

import re

from parsers.findings import Finding
from parsers.tense import tells_what_is_to_come

_GATHERINGS = (r"(?:\w*sitzung(?:en)?|sitzungswochen?|plenarwochen?|veranstaltungen|termine|sessions?|sittings?"
               r"|meetings?|events?|hearings?|séances|réunions|événements|sesiones|reuniones|eventos|audiencias)")
_PAST_TITLE = re.compile(
    rf"^\W*(?:past|previous|earlier|vergangene|frühere|bisherige|vorherige|zurückliegende)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_GATHERINGS}\b"
    rf"|^\W*(?:[\w-]+\s+){{0,2}}?{_GATHERINGS}\s+(?:passé(?:e)?s|précédentes|antérieures|anteriores|pasad[oa]s)\b",
    re.IGNORECASE)


def archive(title: str) -> bool:
    """Does the title say the page lists past sittings or events?"""
    return _PAST_TITLE.search(title) is not None


def keep_what_is_to_come(findings: list[Finding]) -> None:
    """Drop, in place, the findings of sentences that do not tell what is to come: on an archive page, the past."""
    findings[:] = [f for f in findings if tells_what_is_to_come(f.text)]
