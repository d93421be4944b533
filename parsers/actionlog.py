"""The dated rows under a label that names them a file's history: a bill's or a case's steps, not events. Pure.

    MAJOR ACTIONS:                                           the label, alone on its line, a colon or not
    9/17/2009   Introduced in House                          then the steps, each under its day
    3/23/2010   Signed by President.
    Seguimiento: 14/10/2013 Decretado a... 15/10/2013 ...    or the label opening the block of the steps

A tracker's page tells what was done to a bill or a file, one day a step; a reader puts none of it in a calendar.
The rows run until the next heading or the next label of a field ("TITLE(S):", "Iniciativas Agrupadas:").
"""

from __future__ import annotations

import re

from parsers.blocks import HEADING, Block
from parsers.findings import Finding

# "Major actions", "All actions", "Actions taken", "Bill history", "Legislative history", "Status history",
# "Seguimiento", "Tramitación", "Historial de tramitación", "Beratungsverlauf", "Historique de la procédure",
# "Docket entries": the label, alone or before a colon
_LABEL = re.compile(
    # (a bare "Actions" only with its colon: "Actions" alone may head anything, a list of meetings too)
    r"^\W{0,3}(?i:(?:major|all|latest|last)\s+actions(?:\s+taken)?|actions\s+taken|actions(?=\s*:)"
    r"|(?:bill|legislative|status|procedural)\s+"
    r"history|docket\s+entries|seguimiento|tramitaci[oó]n|historial(?:\s+de\s+tramitaci[oó]n)?|beratungsverlauf"
    r"|verfahrensablauf|historique(?:\s+de\s+la\s+proc[ée]dure)?)\s*(?::|$)"
)
# The label of the next field, which ends the steps: a few words and a colon, no digit ("TITLE(S):", "COMMITTEE(S):")
_NEXT_FIELD = re.compile(r"^[^\d:\n]{2,40}:\s*$")
_DATE_OPENS = re.compile(r"^\W{0,3}\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")  # "9/17/2009", "14/10/2013": the step's day
_OPENING = 12  # characters of a step that index it: its day and a word
_FEW = 50  # steps few enough to look for a finding's text anywhere in them, and them in it


def _steps(blocks: list[Block]) -> list[str]:
    """The texts of the blocks under a history label: the label's own block when the steps follow it there."""
    texts: list[str] = []
    at = 0
    while at < len(blocks):
        label = _LABEL.match(blocks[at].text.strip())
        if label is None:
            at += 1
            continue
        rest = blocks[at].text.strip()[label.end() :].strip()
        if _DATE_OPENS.match(rest):
            texts.append(blocks[at].text)
        at += 1
        # (each step opens with its day, or stands under a day line of its own, "4/14/2031 1:20pm:"; the first block
        # that does neither, "Hearing on the bill is set for 4/2/2026 at 10 am", is no step)
        under_a_day_line = False  # the last day opened a line of its own, "4/14/2031 1:20pm:", its steps below
        while at < len(blocks) and blocks[at].kind != HEADING \
                and ((dated := _DATE_OPENS.match(blocks[at].text.strip())) or under_a_day_line) \
                and not _NEXT_FIELD.match(blocks[at].text.strip()) and not _LABEL.match(blocks[at].text.strip()):
            if dated:
                under_a_day_line = blocks[at].text.rstrip().endswith(":")
            texts.append(blocks[at].text)
            at += 1
    return [" ".join(t.split()) for t in texts if t.strip()]


def drop_action_log(blocks: list[Block], findings: list[Finding]) -> None:
    """Remove the findings made of a file's steps under a history label."""
    if not findings:
        return
    steps = _steps(blocks)
    if not steps:
        return
    # A finding's text is its step's, or begins with it (a row read with the sentences after it), or is a part of the
    # label's block: looked up by the step's opening words, not against every step (a long log has thousands).
    by_opening: dict[str, list[str]] = {}
    for step in steps:
        by_opening.setdefault(step[:_OPENING], []).append(step)
    whole = " ".join(steps)
    findings[:] = [f for f in findings
                   if not ((text := " ".join(f.text.split()))
                           and (any(text.startswith(s) or s.startswith(text)
                                    for s in by_opening.get(text[:_OPENING], ()))
                                or len(steps) <= _FEW and (text in whole or any(s in text for s in steps))))]
