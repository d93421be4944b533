"""The record of a press conference held: a Japanese town's page, titled for the conference
("市長定例記者会見 ... の会見録", "6月定例記者会見"), that heads the mayor's words with the conference's "日時" (its day
and hours, "令和6年10月23日(水) 10時30分~11時29分") and then gives them speaker by speaker ("【司会】", "【市長】",
"(市長)"), as a transcript does. The "日時" field dates the record; nothing is announced. Pure.

(A notice of a conference to come names its day and hours under the same field, but gives no one's words; a page of
the mayor's diary may head its rows "【市長】", but is not titled for a conference.)
"""

from __future__ import annotations

import re

from parsers.blocks import Block
from parsers.findings import Finding

# A speaker's label opening a line of a transcript: the chair, the head of the town or prefecture, a reporter, a
# question or an answer, in lenticular or round brackets ("【司会】", "【市長】", "(市長)", "（記者）").
_SPEAKERS = r"司会|進行|市長|副市長|知事|副知事|区長|町長|村長|記者|質問|質疑|回答|幹事社"
_SPEAKER = re.compile(rf"^[ \t]*(?:【(?:{_SPEAKERS})】|[(（](?:{_SPEAKERS})[)）])", re.MULTILINE)
# A title naming a press conference ("記者会見", "定例会見", "会見録")
_CONFERENCE_TITLE = re.compile(r"会見")
# The field that gives a meeting's day and hours ("日時", "日 時")
_WHEN_FIELD = re.compile(r"日[ \t\u3000]?時")


def drop_held_conference(title: str, blocks: list[Block], findings: list[Finding]) -> None:
    """Remove the "日時" field's findings of a page, titled for a press conference, that records it speaker by
    speaker."""
    if not findings or _CONFERENCE_TITLE.search(title) is None \
            or not any(_SPEAKER.search(block.text) for block in blocks):
        return
    findings[:] = [f for f in findings if not _WHEN_FIELD.search(f.text)]
