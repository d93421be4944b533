"""A sentence that tells in short what the lines below it tell in full. Pure.

    Six community meetings take place from October 8 to 16, and the Board     days of the sessions, and a
    holds a public hearing on October 23; the details follow.                 pointer to the rows below
    10/8, 6:00-7:30pm ...                                                     each session with its hour

The sentence's days are those of the timed rows below it: its day-long events give way to them.
"""

from __future__ import annotations

import re

from parsers.findings import Finding
from parsers.gate import Gated

# "the details follow", "(see details below)", "listed below", "as follows": the rows below tell it in full
_POINTER = Gated(re.compile(
    r"(?i:\b(?:details|times|dates|venues)\s+(?:follow|are\s+(?:given|listed|set\s+out)\s+below|below)\b"
    r"|\bsee\s+(?:the\s+)?(?:details|list|schedule|times|table)\s+below\b"
    r"|\b(?:listed|set\s+out|shown|given)\s+below\b|\bas\s+follows\b)"),
    "follow", "below")


def drop_told_below(findings: list[Finding]) -> None:
    """Remove the day-long findings of a sentence pointing to the lines below it when each of their first and last
    days is the day of a timed finding found after them."""
    for at in range(len(findings) - 1, -1, -1):
        found = findings[at]
        if found.time is not None or _POINTER.search(found.text) is None:
            continue
        timed = {f.first for f in findings[at + 1 :] if f.time is not None}
        if found.first in timed and found.last in timed:
            del findings[at]
