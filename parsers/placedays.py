"""An item whose body opens with a line of only a place and a run of days ("Riyadh – 27-28 July 2016", "Geneva,
Switzerland, 3–5 June 2024"), under a title that names what happens: that event, there, over those days. Pure.

A dateline gives one day, the day the story was filed, and the story goes on after it; a line of a place and a run of
days, alone, is the event's own card, as regional offices head the pages of their workshops and meetings. It dates
an item that gave no event of its own.
"""

from __future__ import annotations

import re

from model import Article
from parsers import kinds
from parsers.dates import find_mentions
from parsers.places import best_place, find_places
from parsers.reading import Reading, add

# What stands before the days: the place's words, then a dash or a comma
_BEFORE = re.compile(r"\W*(?P<place>\w[^\d]{1,60}?)\s*[–—,-]\s*$")
_AFTER = re.compile(r"[\s.]*$")
_WORD = re.compile(r"[^\W\d_]+")
_LONGEST = 100  # characters of such a line (and of each undated line above it)
_HEADS = 3  # undated lines above it: the heads of a table's columns, a caption


def place_and_days(article: Article, context: Reading) -> None:
    """The event of the title over the days of the body's first dated line, if that line holds only a place and
    them. Short undated lines may stand above it: a table's column heads pasted one a line ("PRESS RELEASE / OUTREACH
    ANNOUNCEMENT" over "Bakersfield, CA, 18-19 October 2024"), a label ("Upcoming missions")."""
    # (a line too long, above the first dated line or that line itself, leaves the item unread: the lines are
    # measured before their mentions are looked for, which a paragraph opening the body costs most of all)
    first = None
    for block in context.blocks[: _HEADS + 1]:
        if len(block.text) > _LONGEST:
            return
        if find_mentions(block.text):
            first = block
            break
    if first is None or "\n" in first.text.strip():
        return
    text = first.text.strip()
    mentions = find_mentions(text)
    if len(mentions) != 1 or mentions[0].kind != "span" or mentions[0].last is None \
            or mentions[0].last.year is None or not _AFTER.fullmatch(text, mentions[0].end):
        return
    span = mentions[0]
    before = _BEFORE.fullmatch(text[: span.start])
    if before is None:
        return
    name = before.group("place")
    places = find_places(name)
    covered = "".join(" " if any(p.start <= at < p.end for p in places) else ch for at, ch in enumerate(name))
    if not places or _WORD.search(covered.replace(",", " ")):
        return  # words other than the place's: "Workshop – 27-28 July 2016" is a heading, not where
    kind = kinds.classify(article.title)
    add(context, f"{article.title}\n{text}", span, None, kind, kinds.sentence_summary(kind, article.title),
        best_place(places), [span])
