"""A number of hours after a verb of lasting is how long something lasts, not when: "the tour lasts ca. 2 h", "will
last 3 h 30", "Dauer: ca. 2 h", "dauert 2 bis 3 h", "durée : environ 2 h". So is one beside a noun of length: "com
duração de 1h30min", "com 2h de duração", "con una duración de 1h30", "d'une durée de 2h", "with a duration of 1h30".
Pure."""

from __future__ import annotations

import re

from parsers.mentions import Mention

# The verb or the field of lasting, and a hedge after it, right before the figures
_LASTING_BEFORE = re.compile(
    r"(?:\b(?:lasts?|lasting|dauert|dauern|duurt|duren|dure|durent|durera|pendant|durant)|\b(?:Dauer|Duration|Durée"
    r"|Duur|Duración|Duração)\s*:)\s+(?:(?:ca\.|circa|etwa|ungefähr|rund|approx\.|approximately|about|around|some"
    r"|environ|ongeveer|up\s+to|bis\s+zu|jusqu'à|aproximadamente|cerca\s+de)\s*)?$", re.IGNORECASE)
# The noun of length and its "of" before the figures: "com duração de", "con una duración de", "d'une durée de"
_LENGTH_OF = re.compile(
    r"\b(?:duração|duracao|duración|duracion|durée|duree|durata|duration|Dauer|duur)\s+(?:de|di|of|von|van)\s+"
    r"(?:(?:cerca\s+de|aproximadamente|environ|circa|about|around|approximately|ca\.|etwa)\s+)?$", re.IGNORECASE)
# ... or after them: "com 2h de duração", "2h de durée", "2 h di durata"
_OF_LENGTH = re.compile(r"\s*(?:de|di)\s+(?:duração|duracao|duración|duracion|durée|duree|durata)\b", re.IGNORECASE)
_REACH = 40  # characters before a time in which its verb of lasting stands


def without_lengths(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the times that are a length after a verb of lasting."""
    return [m for m in mentions if m.kind != "time" or not _is_length(text, m)]


def _is_length(text: str, mention: Mention) -> bool:
    before = max(0, mention.start - _REACH)
    return (_LASTING_BEFORE.search(text, before, mention.start) is not None
            or _LENGTH_OF.search(text, before, mention.start) is not None
            or _OF_LENGTH.match(text, mention.end) is not None)
