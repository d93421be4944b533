"""A practicality told after the event, in a clause of its own ("On May 25th, at 4pm CEST, she gives a colloquium,
held online, for which registration is open"): the sentence's dates and times are the event's. Pure."""

from __future__ import annotations

import re

from parsers.logistics import LOGISTICS
from parsers.mentions import Mention

# The invitation to attend, as a practicality says it: "registration is open", "booking is required", "register
# online", "asking people to register through the link". (Not "one counter handles spot registration", hours of a
# service, nor "no later than 45 minutes before", a duty.)
_INVITATION = re.compile(r"\b(?:(?:registration|booking|sign[- ]?up|rsvp)\s+(?:is\s+|are\s+)?(?:now\s+)?"
                         r"(?:open|required|free|essential|needed|recommended)"
                         r"|register\s+(?:here|online|now|at|via|through|in\s+advance))\b")

# What dates or times the sentence: a practicality after all of them speaks of the event already dated.
_DATING = frozenset(("day", "span", "time", "weekday", "relative", "published"))
# A clause's seam between the event and the practicality: a comma, a semicolon, "and", "which", "where".
_SEAM = re.compile(r"[,;]|\b(?:and|which|where|whom)\b")
# A duty of the press or the guests ("media must ...", "guests are asked to ...") makes the whole sentence theirs.
_DUTY = re.compile(r"\b(?:must|should|required|requested|asked|need\s+to|needs\s+to|have\s+to|has\s+to)\b")


def after_the_event(lowered: str, mentions: list[Mention]) -> bool:
    """Is the sentence's first practicality (in `lowered`, the whole sentence in lower case) an invitation to attend
    that comes after its last date or time, past a clause's seam, with no duty before it?"""
    ends = [m.end for m in mentions if m.kind in _DATING]
    if not ends:
        return False
    last = max(ends)
    found = LOGISTICS.search(lowered)
    return found is not None and found.start() > last and _SEAM.search(lowered, last, found.start()) is not None \
        and _INVITATION.match(lowered, found.start()) is not None and _DUTY.search(lowered, 0, found.start()) is None
