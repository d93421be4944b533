"""A card of a day and a place and no time ("Date: Friday 12 June 2026" / "Venue: Town Hall, Leeds"): an event of
that whole day, there, whatever the title's words. Pure.

The day must stand in a field of its own name ("Date:", "When:"), not a deadline's or a stamp's ("Closing date:",
"Published:"), with a place field on the line beside it or the next but one; a stamp gives no place. The day comes
after the item's publication date, and an item without one does not open with the field (a release's header).
"""

from __future__ import annotations

import re

from model import Article
from parsers import kinds, resolve
from parsers.dates import DayPart, Mention
from parsers.places import best_place, find_places
from parsers.reading import Reading, add

# "Date: Friday 12 June 2026", "When – 12 June", "Dates: 8-10 June": a field whose value is only the day(s).
DAY_FIELD = re.compile(r"[ \t]*(?i:dates?|when|day|(?:event|start)\s+date|datum|wann|quand|fecha)"
                       r"[ \t]*(?::|[–—-](?=[ \t]))")
_FIELD_REACH = 2  # lines between the day's field and the place's: a "Cost:" line may stand between them


def field_venue(context: Reading) -> str:
    """The place field beside the day's field ("Date: ..." / "Location: Town Hall, Leeds"), or ""."""
    field, venue_at = context.day_field, context.venue_at
    return context.venue if field is not None and venue_at is not None and abs(venue_at - field) <= _FIELD_REACH \
        else ""


def day_card(article: Article, context: Reading) -> None:
    """The whole-day event of a card whose fields give a day and a place and no time, in an item with no event."""
    field = context.day_field
    if not field_venue(context):
        return
    days = sorted(set(context.card_days))
    if not days or any((b - a).days != 1 for a, b in zip(days, days[1:], strict=False)):
        return
    if context.published is not None and days[0] <= context.published:
        return  # "Date: 20 May 2026" / "Location: Geneva" atop a release of that day: its stamp
    if context.published is None and context.blocks and field == context.blocks[0].number:
        return
    whole = Mention("span", 0, 0, "", first=DayPart(days[0].day, days[0].month, days[0].year),
                    last=DayPart(days[-1].day, days[-1].month, days[-1].year))
    kind = kinds.classify(article.title)
    said = [context.dated_mention] if context.dated_mention is not None else []
    card = add(context, article.title, whole, None, kind, kinds.sentence_summary(kind, article.title),
               best_place(find_places(context.venue)), said, location=context.venue)
    if said and said[0].first is not None and said[0].first.year is None:
        # ("Date: 22 January": the card's year was inferred when its line was read; the event says so.)
        card.year_inferred = True
        card.notes = (*card.notes, resolve.year_note(days[0], context.year_reason))
