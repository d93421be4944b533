"""Rows of a programme that give their name first and their date last, one row a line. Pure.

    Park Up: Spring Series 1/3 – Friday 10 October 2025          the name, a dash, the full date, nothing after
    Harbour Rovers v Millbank United — 12 April 2031
    Health (9 March)                                             or the date in brackets at the line's end
    The programme includes:                                      or, in a list under a line ending with a colon,
    - Harbour Lights Festival, 12-14 April 2024;                 after a comma, a semicolon or a stop closing the row

Such a row is turned round ("Friday 10 October 2025 – Park Up: Spring Series 1/3"), so that it is read as the rows
of a list that open with their day. Only runs of two or more such lines are rows: one line alone may be a deadline's
label ("Closing date for entries – Friday 14 March 2031") and stays as it was.
"""

from __future__ import annotations

import re

from parsers import deadlines
from parsers.blocks import HEADING, ITEM, PARAGRAPH, Block
from parsers.dates import Mention
from parsers.findings import Finding
from parsers.logistics import LOGISTICS
from parsers.places import COUNTRY, find_places

# the dash between the name and the date that ends the line, or a leader of dots as a printed calendar runs its rows
# to the date ("Results 2023 ........ 28 February 2024")
_DASH_BEFORE = re.compile(r"\s+[–—-]\s*$|\s*(?:\.[ \t]?){4,}\s*$|\s*…+\s*$")
# The comma between them, in a list's row under a line ending with a colon; the earlier days of the same month may
# stand between, which the date's mention does not hold ("Ramadan Night Run, 16 dan 23 Maret 2024")
_COMMA_BEFORE = re.compile(r",\s*(?:\d{1,2}(?:\s*,\s*|\s+[^\W\d_]{1,3}\s+))*$")
_ROW_CLOSE = ";."  # what closes a list's row after its date ("Ramadan Jazz Festival, 29-30 March 2024;")
# "Council adopts budget", "The library reopened", "Storytime returns": a subject and a news verb told in the present
# or the past, a headline of a list of news, not an event's name ("Park Up: Spring Series", "Meet the Author")
_NEWS_VERBS = ("adopt|approve|open|reopen|return|announce|launch|welcome|win|won|celebrate|mark|name|appoint|award|call"
               "|urge|say|said|report|release|publish|sign|receive|unveil|complete|close|confirm|join|reach|raise|honour"
               "|honor|recognise|recognize|thank|support|invest|fund|warn|issue|update|extend|expand|elect|pass|reject")
_HEADLINE = re.compile(rf"^(?:[\w'’-]+\s+){{1,3}}(?:(?:{_NEWS_VERBS})(?:s|es|ed|d)|won|said)\b", re.IGNORECASE)
# A member of a legislature named by the codes of a roll: "Rep Becerra, Xavier [CA-31]", "Sen. Ann Roe (D-NY)",
# "Del. Lee [GU]". Rows of such names with a date are a roll (cosponsors and the day each joined, signers), not a
# programme: the date is when that member did something, no event of its own.
# (a member's name and codes alone, "Rep Okafor, Dana [OH-9]", "Hana Ito [CA-12]"; not "Town hall with Sen. Ann Roe
# (D-NY)", an event with its guest)
_CODES = r"(?:[\[(][A-Z]{2}(?:-(?:\d{1,2}|AL))?[\])]|[\[(][DRI]-[A-Z][A-Za-z.]{1,5}(?:-(?:\d{1,2}|AL))?[\])])"
_MEMBER = re.compile(rf"^(?:(?:Rep|Sen|Del|Res\.?\s+Comm)\.?\s+\S.*|(?:[A-Z][\w'’.-]*,?\s+){{1,3}}){_CODES}$")
_ROW_LENGTH = 120  # characters: a row names an event, it is no sentence
_TOWN_WORDS = 4  # words of a town named after the comma ("Frankfurt am Main")
_TOWN_SHARE = 0.6  # of the words after the comma, the share a place name fills
_LEAST = 2  # rows in a run


def _held_in_a_town(head: str) -> bool:
    """Does the row's name end with the town it is held in, after a comma ("Logistikforum, Hamburg (")?"""
    name, comma, town = head.rstrip(" (").rpartition(",")
    town = town.strip()
    if not comma or not name.strip() or not town or len(town.split()) > _TOWN_WORDS:
        return False
    return any(m.place.kind != COUNTRY and m.end - m.start >= _TOWN_SHARE * len(town) for m in find_places(town))


def _turned(block: Block, mentions: list[Mention]) -> tuple[Block, list[Mention], bool] | None:
    """The row with its date first, and its one mention moved there, and whether a comma set the name apart (a row
    only under a line ending with a colon); None when the line is no such row."""
    text = block.text.rstrip()
    if block.kind == ITEM and mentions and text.endswith(tuple(_ROW_CLOSE)) \
            and mentions[-1].end == len(text) - 1:
        text = text[:-1].rstrip()  # ("..., 29-30 March 2024;": the row's closing mark stands after its date)
    if block.kind == HEADING or "\n" in text or len(text) > _ROW_LENGTH or not mentions:
        return None
    date = mentions[-1]
    if any(m.kind != "weekday" for m in mentions[:-1]):
        return None  # (a weekday in the name, "Super Cycle Sunday", is a name's word: the row's day is its date)
    # ("Gabon (17 Feb)": the day in brackets that close the line stands where the dash and the date would; not a
    # full date so, "Resolution on the situation (31.01.2019)", a paper's or a link's date)
    # ("Hafentage Nord, Bremen (12.05.2031)": a full date all the same where the town it is held in stands after the
    # name, a comma between; a paper is not held anywhere)
    comma = False
    start = date.start
    bracketed = date.end >= len(text) - 1 and text.endswith(")") and text[: date.start].rstrip().endswith("(") \
        and date.first is not None and (date.first.year is None or _held_in_a_town(text[: date.start]))
    if date.kind not in ("day", "span") or date.first is None or date.end != len(text) and not bracketed:
        return None
    if bracketed:
        name = text[: date.start].rstrip()[:-1].rstrip()
    else:
        dash = _DASH_BEFORE.search(text, 0, date.start)
        if dash is None and block.kind == ITEM:
            dash = _COMMA_BEFORE.search(text, 0, date.start)
            comma = dash is not None
        name = text[: dash.start()] if dash is not None else ""
        if comma and dash is not None:
            start = dash.end()  # ("Night Run, 16 and 23 March 2031": the earlier days are the row's date too)
    if not name[:1].isupper() or name.rstrip().endswith((".", ":", "!", "?")) or _HEADLINE.match(name) \
            or deadlines.window_row(name) or LOGISTICS.search(name.lower()) or _MEMBER.search(name.rstrip()):
        return None  # (a news headline, a deadline, a step made known or a member of a roll: no programme's row)
    day = text[start : len(text) - 1 if bracketed else len(text)].rstrip(") ")
    turned = f"{day} – {name}"
    # (a run of such rows set as paragraphs, one a line, is a list all the same: its rows are read as a list's)
    kind = ITEM if bracketed and block.kind == PARAGRAPH else block.kind
    return Block(kind, turned, block.number, block.chunk), [date._replace(start=0, end=len(day), text=day)], comma


_Mentions = dict[int, list[Mention]]


def date_first(blocks: list[Block], mentions_of: _Mentions) -> tuple[list[Block], _Mentions]:
    """The blocks, with each run of two or more name-first rows turned date first (and their mentions with them)."""
    turned = [_turned(b, mentions_of[b.number]) for b in blocks]
    out_blocks, out_mentions = list(blocks), dict(mentions_of)
    at = 0
    while at < len(blocks):
        end = at
        while end < len(blocks) and turned[end] is not None:
            end += 1
        # (rows set apart by a comma only under a line ending with a colon: "The programme includes:")
        led = at > 0 and blocks[at - 1].text.rstrip().endswith(":")
        if end - at >= _LEAST and (led or not any(t[2] for t in turned[at:end])):  # type: ignore[index]
            for k in range(at, end):
                block, mentions, _ = turned[k]  # type: ignore[misc]
                out_blocks[k], out_mentions[block.number] = block, mentions
        at = end + 1 if end == at else end
    return out_blocks, out_mentions


def as_written(findings: list[Finding], turned: list[Block], blocks: list[Block]) -> None:
    """The findings of turned rows keep the row as the page wrote it, name first, as the sentence they came from."""
    written = {new.text: old.text for new, old in zip(turned, blocks, strict=True) if new.text != old.text}
    for finding in findings if written else ():
        for new, old in written.items():
            if new in finding.text:
                finding.text = finding.text.replace(new, old)
