"""A year-less date told as to come that would fall well before the item's own date: it is next year's. Pure.

"Published: 2 July 2019 ... The President will pay a state visit to Japan from 12 to 15 April": the nearest
April to July is the one just gone, but a visit that "will" happen is not history, so it is April 2020. A date
only a little before the item's date is left alone: a release is often dated a few days after it was written.
"""

from __future__ import annotations

import datetime as dt
import re

from parsers import documents, donedays
from parsers.blocks import Block, sentence_around
from parsers.dates import DayPart, Mention
from parsers.tense import told_as_to_come, told_in_the_past, told_in_the_present

AGES = 30  # years: a full date older than this before the reference dates no item of today's press
_BEHIND = dt.timedelta(days=30)  # further before the item's date than this, a date told as to come is next year's
_AHEAD = dt.timedelta(days=335)  # ... as long as next year's day is no further ahead of it than this
_DOCUMENT_REACH = 40  # characters before a full date where the paper it dates is named ("our letter of")
# A heading over what is to come: "Upcoming events", "Forthcoming meetings of the Commission:", "Next sessions",
# "Save the date", "Prochains rendez-vous", "Próximos eventos", "Kommende Termine".
_COMING_HEADING = re.compile(
    r"\b(?:upcoming|forthcoming|coming\s+up|next\s+(?:meetings?|events?|sessions?|dates?|sittings?)"
    r"|future\s+(?:meetings?|events?|dates?|sessions?)|save\s+the\s+dates?|(?:à|a)\s+venir|prochain(?:e?s)?"
    r"|próxim[oa]s|proxim[oa]s|kommende[nr]?|demnächst)\b", re.IGNORECASE)


def ages_before(year: int, reference: dt.date) -> bool:
    """Is `year` ages before the reference date's, too old to be within a year of any item's own date?"""
    return year < reference.year - AGES


def written_after(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> dt.date | None:
    """For an item with no date of its own: the newest of its full dates that are history; the item was written
    after it."""
    return max(history_days(blocks, mentions_of), default=None)


def history_days(blocks: list[Block], mentions_of: dict[int, list[Mention]]) -> list[dt.date]:
    """The item's full dates that are history (`is_history`)."""
    return [dt.date(m.first.year, m.first.month, m.first.day) for b in blocks for m in mentions_of[b.number]
            if m.first is not None and m.first.year and m.kind == "day"
            and is_history(b.text, m)]


def is_history(text: str, mention: Mention) -> bool:
    """Is the full date `mention` of `text` history: a document it names by its date, a day told in the past or one a
    deed was done on ("The Commission, founded on 14 May 1965,", "gained independence on 24 October 1964")?"""
    return documents.named(text, text[max(0, mention.start - _DOCUMENT_REACH) : mention.start], mention.end) \
        or told_in_the_past(text, mention) or donedays.done_on(text, mention)


def heads_what_is_to_come(heading: str) -> bool:
    """Does a heading say that the list under it is to come ("Upcoming events")? Its rows' days then are."""
    return _COMING_HEADING.search(heading) is not None


def reason(day: dt.date, bound: dt.date, told: str = "it is told as to come", of: str = "date") -> str:
    """Why a year-less `day` was put a year after the nearest one: the note its event carries."""
    return f"the date gives none; {told}, and {day:%d %B} had passed by the item's {of} {bound:%d %B %Y}"


def next_year_day(day: dt.date, published: dt.date | None, text: str, mention: Mention, *,
                  announced: bool = False) -> dt.date | None:
    """`day` a year later, when the mention's sentence tells it as to come and it falls well before `published`
    (the item's date, or the reference date of an item that dates nothing); None otherwise. `day`'s year was inferred;
    a weekday with it has already chosen the year, and is not asked. An `announced` day (an advisory's "Date: 20
    January" field, a row under "Upcoming events") is to come unless its sentence tells it in the past.
    The present of a schedule is told as to come as the future is: "The forum opens on 4 April", "The university
    hosts a conference on 14 May" and "The forum will be held on 4 April" all tell a plan (a day gone by is told in
    the past, "opened", "hosted"); a span told in the present may be running on the date instead."""
    if published is None or mention.first is None or mention.first.weekday is not None \
            or day >= published - _BEHIND:
        return None
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return None
    if later - published > _AHEAD:
        return None
    at = text.find(mention.text)
    start, end = sentence_around(text, at)
    sentence = text[start:end]
    # (Told in the present, a span may be on now: "runs from 6 October to 30 March" in an item of 28 February.)
    planned = announced or told_as_to_come(sentence) or told_in_the_present(
        sentence, at - start) and not (mention.last is not None and _still_running(day, mention.last, published))
    if not planned or told_in_the_past(sentence, mention):
        return None
    return later


def _still_running(first: dt.date, last: DayPart, published: dt.date) -> bool:
    """Does a span from `first` to the year-less `last` (in that year, or the next where it comes before) end on or
    after the item's date?"""
    year = first.year if (last.month, last.day) >= (first.month, first.day) else first.year + 1
    try:
        return dt.date(year, last.month, last.day) >= published
    except ValueError:  # 29 February
        return False
