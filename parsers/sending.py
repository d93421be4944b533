"""When a notice, letter or mail was or will be sent: not an event. Pure.

    "This notice was sent today to all members", "Ballot papers were sent on 3 March", "the agenda will be
    emailed on Friday 14 March", "Sent: Tuesday, 4 March 2025 09:12" (a mail's header)

Sending a text is no meeting, visit or ceremony; the day it leaves says nothing of when anything happens.
"""

from __future__ import annotations

import re

from parsers.gate import Gated

# A verb of sending right before the day, with nothing but a few words of whom to between ("sent on",
# "were sent to all members on", "was emailed today"); not across a clause ("sent, and the meeting is on").
_SENT_BEFORE = Gated(re.compile(
    r"\b(?P<verb>sent|e-?mailed|mailed|posted\s+out|circulated|dispatched|distributed)(?:\s+out)?"
    r"(?:\s+(?!and\b|but\b|while\b|then\b|which\b)[\w'’-]+){0,6}?\s*(?:on\s*)?$", re.IGNORECASE),
    "sent", "mailed", "posted", "circulated", "dispatched", "distributed")
# What is mailed: a verb of sending that is not one of mail ("sent", "distributed") counts only beside one.
_MAILED_THING = re.compile(
    r"\b(?:notices?|letters?|invitations?|invites?|e-?mails?|messages?|newsletters?|ballots?|ballot\s+papers"
    r"|agendas?|reminders?|circulars?|minutes|papers|packs?|forms?|questionnaires?|cards?|bulletins?"
    r"|notifications?|documents?|materials?|links?|confirmations?|tickets?|copies|copy|parcels?|packages?)\b",
    re.IGNORECASE)
_MAIL_VERBS = ("emailed", "e-mailed", "mailed", "circulated")
# "Sent: Tuesday, 4 March 2025 09:12", "Date sent: 3 March": a mail's header gives when it left.
_SENT_LABEL = re.compile(r"(?:^|[\s|(])(?:date\s+)?sent(?:\s+on)?\s*:\s*$", re.IGNORECASE)
_REACH = 60  # characters before a mention where its verb of sending stands


def sent_then(sentence: str, start: int) -> bool:
    """Does the day or time at `start` say when a text was or will be sent?"""
    before = sentence[max(0, start - _REACH) : start]
    if _SENT_LABEL.search(before):
        return True
    found = _SENT_BEFORE.search(before)
    if found is None:
        return False
    verb = " ".join(found.group("verb").lower().split())
    return verb in _MAIL_VERBS or _MAILED_THING.search(sentence) is not None
