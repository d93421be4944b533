"""A number of hours after a verb of lasting is how long something lasts, not when: "the tour lasts ca. 2 h", "will
last 3 h 30", "Dauer: ca. 2 h", "dauert 2 bis 3 h", "durée : environ 2 h". Pure."""

from __future__ import annotations

import re

from parsers.mentions import Mention

# The verb or the field of lasting, and a hedge after it, right before the figures
_LASTING_BEFORE = re.compile(
    r"(?:\b(?:lasts?|lasting|dauert|dauern|duurt|duren|dure|durent|durera|pendant|durant)|\b(?:Dauer|Duration|Durée"
    r"|Duur|Duración|Duração)\s*:)\s+(?:(?:ca\.|circa|etwa|ungefähr|rund|approx\.|approximately|about|around|some"
    r"|environ|ongeveer|up\s+to|bis\s+zu|jusqu'à|aproximadamente|cerca\s+de)\s*)?$", re.IGNORECASE)
_REACH = 40  # characters before a time in which its verb of lasting stands


def without_lengths(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the times that are a length after a verb of lasting."""
    return [m for m in mentions if m.kind != "time"
            or _LASTING_BEFORE.search(text, max(0, m.start - _REACH), m.start) is None]
