"""What the prose reader keeps while it walks a paragraph: the paragraph's state and a dated sentence's. Pure.

prose.py walks the sentences; sentenceevents.py turns a dated sentence into events. Both read these records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.blocks import Block
from parsers.dates import Mention
from parsers.findings import Finding


@dataclass
class ParagraphWalk:
    """What a reader keeps from one sentence of a paragraph to the next."""

    block: Block
    mentions: list[Mention]  # the block's mentions are in order, like its sentences: walk both once
    lead: str  # the caption that names the paragraph's event ("- Lock-Up"), or ""
    at: int = 0
    current: Finding | None = None
    carried: int | None = None  # a year named in the paragraph, for its dates after it
    standing: bool = False  # the paragraph states a rule that holds from a day on: its times are the rule's
    said_days: list[Mention] = field(default_factory=list)  # the days the sentence before named, events or not
    named_days: list[Mention] = field(default_factory=list)  # the same, deadlines' and rules' days too
    timed_alone: Finding | None = None  # the event of a time alone on the day in context, for a day said next


@dataclass
class DatedSentence:
    """A dated sentence of a paragraph, what dates it, and what the reader makes of it step by step."""

    sentence: str
    start: int
    previous: str  # the sentence before it
    mentions: list[Mention]
    said: int  # where the event's own words end, before the practicalities
    days: list[Mention]
    relative: Mention | None
    times: list[Mention]
    timed_only: Mention | None
    previous_days: list[Mention] = field(default_factory=list)  # the days the sentence before named, in its paragraph
    # (any it named: "Registration closes on Friday 23 January" names a day, though no event is on it)
    used: Mention | None = None  # the time of its first event
    later: list[tuple[int, Mention, str]] = field(default_factory=list)  # later clauses with times of their own
    onward: list[tuple[int, Mention, str]] = field(default_factory=list)  # later clauses with weekdays of their own
    weekday_time: Mention | None = None  # a time told beside a later weekday: that weekday's clause's, not the first's
    clause: str = ""  # the words of its first event, without the dates
    what: str = ""  # the words that say what the event is
    text: str = ""  # the text the event is found in
    kind: str = ""

    def timing(self) -> list[Mention]:
        """Its mentions without the times of a day gone by ("toured the coast on 28 May at 10:00 and will open the
        gallery on 9 June": not the gallery's time), which the dating put out of its times, nor a later weekday's
        time."""
        kept = {id(m) for m in self.times if m is not self.weekday_time}
        return [m for m in self.mentions if m.kind != "time" or id(m) in kept]
