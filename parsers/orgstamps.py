"""A post's stamp in a list of posts: a line of a date and the name of the organisation that publishes the item,
nothing else ("18.10.2018, Thüringer Staatskanzlei", "Thüringer Staatskanzlei 16.01.2018", "Press Office | 3 May
2019"), as a ministry's or a chancellery's news page heads each note. The date is the day the note was posted, not
an event: the note's own lines below tell its day ("am kommenden Mittwoch, 17. Oktober"). Pure."""

from __future__ import annotations

import re

from parsers.blocks import Block
from parsers.dates import Mention
from parsers.findings import Finding

_WORD = re.compile(r"[^\W\d_]+")
_NAME_WORDS = 2  # an organisation's name of two words at least ("Thüringer Staatskanzlei"): one word may be a venue


def org_stamp_rows(org: str, blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> list[int]:
    """The blocks that are only a day and the name `org` gives the publisher (its words before any bracket, or
    before the comma that adds whose office it is)."""
    names = [name for name in _publishers(org) if len(name) >= _NAME_WORDS]
    return [b.number for b in blocks if any(_stamp(b.text, mentions_of[b.number], name) for name in names)]


def without_org_stamps(findings: list[Finding], org: str, blocks: list[Block],
                       mentions_of: dict[int, list[Mention]]) -> list[Finding]:
    """The findings but the whole days read off the publisher's stamps, which name nothing but the publisher (the
    stamps still date the words below them)."""
    rows = set(org_stamp_rows(org, blocks, mentions_of))
    stamps = [b.text.strip() for b in blocks if b.number in rows]
    if not stamps:
        return findings
    name = {word for words in _publishers(org) for word in words}
    return [f for f in findings if f.time is not None or not set(_words(f.summary)) <= name
            or not any(stamp in f.text for stamp in stamps)]


def _stamp(text: str, mentions: list[Mention], name: list[str]) -> bool:
    """One day and, in the rest of the line, the publisher's name and no other word."""
    if len(mentions) != 1 or mentions[0].kind != "day":
        return False
    rest = text[: mentions[0].start] + " " + text[mentions[0].end :]
    return _words(rest) == name


def _publishers(org: str) -> list[list[str]]:
    """The publisher's name as a stamp may give it: whole ("Thüringer Staatskanzlei"), or, for "Office of the Premier,
    Northern Cape Provincial Government", its words before the comma ("30 March 2022, Office of the Premier", the
    sign-off of a provincial premier's statement)."""
    whole = re.split(r"\s*[(\[]", org, maxsplit=1)[0]
    names = [_words(whole)]
    if "," in whole:
        names.append(_words(whole.split(",", 1)[0]))
    return names


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]
