"""Lists of dated links, newest first: a press review or an archive of other pages, not events. Pure.

"<li><b>12 March 2031 :</b> <a href=...>Radio Nord - the fund explained</a></li>", item after item
with older and older days, is a list of what was published about something, each item a link to the
piece and the day it came out. An agenda lists what is to come soonest first; a list whose days run
back in time, and whose items are nothing but a day and a link, dates other pages.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from parsers.dates import find_mentions
from parsers.documents import PAPERS
from parsers.mainpart import tag_of

_MIN_ITEMS = 3  # items that make a list; two are a "from ... to"
_SPACE = re.compile(r"\s+")
# What may stand in an item besides its day and its links: separators and the kind of piece linked
# ("(video)", "•", "Article"); two items in three at least are nothing else.
_LEFTOVER = 12  # characters
_OPENING = 3  # characters before the day: a bullet or a bracket
_LINE_BLOCKS = frozenset({"p", "div"})  # blocks set one under another, or lines broken by <br> inside one


def cut_dated_link_lists(container: Any) -> None:
    """Remove every list inside `container` whose items each open with a full day and name only links, the
    days running back in time: a <ul> or <ol> of such items, a run of such paragraphs, or a paragraph of
    such lines broken by <br>."""
    for listing in list(container.iter("ul", "ol")):
        items = [child for child in listing if isinstance(child.tag, str)]
        if listing.getparent() is not None and all(tag_of(i) == "li" for i in items) \
                and _newest_first([_entry(item) for item in items]):
            listing.drop_tree()
    for block in list(container.iter()):
        if block.getparent() is None or not isinstance(block.tag, str):
            continue
        for run in _paragraph_runs(block):
            if _newest_first([_entry(p) for p in run]):
                for paragraph in run:
                    paragraph.drop_tree()
        if tag_of(block) in _LINE_BLOCKS and sum(1 for _ in block.iter("br")) >= _MIN_ITEMS - 1 \
                and _newest_first(_lines(block)):
            block.drop_tree()


def _paragraph_runs(block: Any) -> list[list[Any]]:
    """The runs of consecutive paragraphs among `block`'s children, each opening with a day."""
    runs: list[list[Any]] = [[]]
    for child in block:
        if not isinstance(child.tag, str):
            continue
        if tag_of(child) in _LINE_BLOCKS and _opens_with_day(_SPACE.sub(" ", child.text_content()).strip()):
            runs[-1].append(child)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if len(run) >= _MIN_ITEMS]


def _lines(block: Any) -> list[tuple[str, int]]:
    """The lines of a paragraph broken by <br>: each line's text and the characters of its links."""
    lines: list[tuple[str, int]] = [("", 0)]

    def add(text: str | None, linked: int = 0) -> None:
        line, had = lines[-1]
        lines[-1] = (line + (text or ""), had + linked)

    add(block.text)
    for child in block:
        if tag_of(child) == "br":
            lines.append(("", 0))
        elif isinstance(child.tag, str):
            inner = child.text_content()
            add(inner, _link_chars(child))
        add(child.tail)
    return [(text, linked) for text, linked in lines if text.strip()]


def _link_chars(element: Any) -> int:
    links = [element] if tag_of(element) == "a" else list(element.iter("a"))
    return sum(len(_SPACE.sub("", a.text_content())) for a in links)


def _entry(element: Any) -> tuple[str, int]:
    return element.text_content(), _link_chars(element)


def _opens_with_day(text: str) -> bool:
    mentions = find_mentions(text[:60])
    return bool(mentions) and mentions[0].start <= _OPENING and mentions[0].kind == "day"


def _newest_first(entries: list[tuple[str, int]]) -> bool:
    """Do the entries (text, characters of links) each open with a full day, two in three at least name only
    links besides it, and do their days run back in time? Not when two in three link only to a meeting's
    agenda and papers: a list of meetings, newest first."""
    if len(entries) < _MIN_ITEMS or 3 * sum(_meeting_papers(text) for text, _ in entries) >= 2 * len(entries):
        return False
    read = [_opening_day(text, linked) for text, linked in entries]
    days = [day for day, _ in read if day is not None]
    if len(days) < len(entries) or 3 * sum(only for _, only in read) < 2 * len(entries):
        return False
    return all(a >= b for a, b in zip(days, days[1:], strict=False)) and days[0] > days[-1]


# "Thursday, January 16, 2020 - Agenda", "March 5, 2026 | Agenda | Minutes": after the day, only the links to the
# meeting's agenda and its other papers; the day is the meeting's, not a piece's publication
_PAPERS = re.compile(rf"\W*(?:{PAPERS}\b\W*)+", re.IGNORECASE)


def _meeting_papers(raw: str) -> bool:
    text = _SPACE.sub(" ", raw).strip()
    mentions = find_mentions(text[:60])
    if not mentions or mentions[0].kind != "day":
        return False
    rest = text[mentions[0].end :]
    return bool(_PAPERS.fullmatch(rest)) and "agenda" in rest.lower()


def _opening_day(raw: str, linked: int) -> tuple[dt.date | None, bool]:
    """The full day (with its year) opening an entry, or None; and whether the rest of it is its links (a word
    or two besides, such as the kind of piece, may stand outside them)."""
    text = _SPACE.sub(" ", raw).strip()
    mentions = find_mentions(text)
    if not mentions or mentions[0].start > _OPENING or mentions[0].kind != "day":
        return None, False
    first = mentions[0].first
    if first is None or first.year is None:
        return None, False
    rest = len(_SPACE.sub("", text[mentions[0].end :]))
    try:
        return dt.date(first.year, first.month, first.day), linked > 0 and rest - linked <= _LEFTOVER
    except ValueError:
        return None, False
