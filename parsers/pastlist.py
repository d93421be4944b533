"""The rows of a list under a lead-in told in the past: a report's stops, not events. Pure.

    The tour opened in Canada and flew to six cities in six days:     the lead-in, told in the past, a colon
    May 7 – Gander, Newfoundland                                      rows of a day and what, no verb of their own
    May 8 – Islip, N.Y.

Under a publication date later than the rows' days, what the list tells was done (world-fortythird 12). A lead-in
that tells anything to come ("and will fly on to:") keeps its rows.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import tense
from parsers.blocks import ITEM, PARAGRAPH, Block, sentences
from parsers.findings import Finding

_LEADS_IN = re.compile(r":\s*$")
# The verbs of a journey or a round of visits told in the past, which tense's markers of the past leave out
# ("flew to six cities", "stopped in Orlando", "opened in Canada").
_JOURNEY_PAST = re.compile(r"\b(?:flew|travell?ed|toured|visited|stopped|landed|called\s+at|opened|went)\b")


def _told_as_done(lead_in: str) -> bool:
    last = [*sentences(lead_in)][-1] if lead_in.strip() else ""
    return tense.future_marker(last) is None \
        and (tense.told_as_history(last) or _JOURNEY_PAST.search(last) is not None)


def drop_past_rows(blocks: list[Block], findings: list[Finding], published: dt.date | None) -> None:
    """Remove the findings of the rows under a lead-in told in the past whose days come before `published`."""
    if published is None or not findings:
        return
    rows: list[str] = []
    for at, block in enumerate(blocks):
        if block.kind != PARAGRAPH or not _LEADS_IN.search(block.text) or not _told_as_done(block.text):
            continue
        for row in blocks[at + 1 :]:
            if row.kind != ITEM:
                break
            rows.append(" ".join(row.text.split()))
    if rows:
        findings[:] = [f for f in findings
                       if not (f.last < published and any(r and r in " ".join(f.text.split()) for r in rows))]
