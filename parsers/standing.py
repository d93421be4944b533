"""Standing rules over everyone, not events: the hours of a curfew or a lockdown. Pure."""

from __future__ import annotations

import re

from parsers import kinds
from parsers.gate import Gated

_REACH = 100  # characters before a mention where the rule's name stands

# "the curfew that runs from 9 p.m. today through 5 a.m. on Thursday", "a lockdown in force until 3 May": the
# hours of a standing rule over everyone, not something that happens; not "Despite the curfew, the mayor will
# hold a press conference on Thursday", where a happening is named between.
_RULE = Gated(re.compile(r"\b(?:curfew|lockdown|stay-at-home\s+order|state\s+of\s+(?:emergency|disaster))s?\b"
                         r"(?P<between>[^;:]{0,100})$", re.IGNORECASE),
              "curfew", "lockdown", "stay-at-home", "state of")
_RUNS = re.compile(r"\b(?:runs?|running|lasts?|applies|in\s+(?:force|effect|place)|extended|imposed|lifted|begins?"
                   r"|starts?|ends?)\b", re.IGNORECASE)


def hours_of_a_rule(sentence: str, start: int) -> bool:
    """A day or time the hours of a curfew or lockdown give (`start`: where the mention's words begin)."""
    found = _RULE.search(sentence, max(0, start - _REACH), start)
    if found is None:
        return False
    between = found.group("between")
    return _RUNS.search(between) is not None and kinds.classify(between, generic=False) == kinds.EVENT
