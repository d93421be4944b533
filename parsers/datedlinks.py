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
from parsers.mainpart import tag_of

_MIN_ITEMS = 3  # items that make a list; two are a "from ... to"
_SPACE = re.compile(r"\s+")
# What may stand in an item besides its day and its links: separators and the kind of piece linked
# ("(video)", "•", "Article"); two items in three at least are nothing else.
_LEFTOVER = 12  # characters
_OPENING = 3  # characters before the day: a bullet or a bracket


def cut_dated_link_lists(container: Any) -> None:
    """Remove every list inside `container` whose items each open with a full day and name only links, the
    days running back in time."""
    for listing in list(container.iter("ul", "ol")):
        if listing.getparent() is not None and _dated_links(listing):
            listing.drop_tree()


def _dated_links(listing: Any) -> bool:
    items = [child for child in listing if tag_of(child) == "li"]
    if len(items) < _MIN_ITEMS or len(items) != len([c for c in listing if isinstance(c.tag, str)]):
        return False
    read = [_opening_day(item) for item in items]
    days = [day for day, _ in read if day is not None]
    if len(days) < len(items) or 3 * sum(linked for _, linked in read) < 2 * len(items):
        return False
    return all(a >= b for a, b in zip(days, days[1:], strict=False)) and days[0] > days[-1]


def _opening_day(item: Any) -> tuple[dt.date | None, bool]:
    """The full day (with its year) opening `item`, or None; and whether the rest of the item is its links (a
    word or two besides, such as the kind of piece, may stand outside them)."""
    text = _SPACE.sub(" ", item.text_content()).strip()
    mentions = find_mentions(text)
    if not mentions or mentions[0].start > _OPENING or mentions[0].kind != "day":
        return None, False
    first = mentions[0].first
    if first is None or first.year is None:
        return None, False
    linked = sum(len(_SPACE.sub("", a.text_content())) for a in item.iter("a"))
    rest = len(_SPACE.sub("", text[mentions[0].end :]))
    try:
        return dt.date(first.year, first.month, first.day), linked > 0 and rest - linked <= _LEFTOVER
    except ValueError:
        return None, False
