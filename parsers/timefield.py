"""A "Time:" field above its "Date:" field. Pure.

    Time: 10:00 (Beijing time)        read first, on the day in context (the release's own)
    Date: 20 January 2026             the day of that time: one event, at 10:00 on 20 January

A field list may give the time before the day. The time's line was read as an entry on the day in context; the
date line right under it, with a day and nothing else, gives that entry its day.
"""

from __future__ import annotations

import re

from parsers.blocks import PARAGRAPH, Block
from parsers.dates import find_mentions
from parsers.fieldnames import TIME, WHEN, alternatives
from parsers.findings import Finding
from parsers.mentions import Mention
from parsers.reading import Reading, resolve_part

_TIME_FIELD = re.compile(rf"^\W*(?:{alternatives(TIME)})\s*:", re.IGNORECASE)
_DATE_FIELD = re.compile(rf"^\W*(?:{alternatives(WHEN)})\s*:", re.IGNORECASE)


def is_time_field(text: str) -> bool:
    """Is the line a "Time:" field ("Hora: 12:00", "Zeit: 10 Uhr")?"""
    return _TIME_FIELD.match(text) is not None


def time_then_date(above: Block | None, block: Block, mentions: list[Mention]) -> bool:
    """Is `block` a "Date:" line of one day right under a "Time:" line?"""
    return above is not None and above.number == block.number - 1 and len(mentions) == 1 \
        and mentions[0].kind == "day" and mentions[0].first is not None and _DATE_FIELD.match(block.text) is not None \
        and (_TIME_FIELD.match(above.text) is not None or _times_only_field(above.text))


def _times_only_field(text: str) -> bool:
    """"When: 6:00 p.m. to 8:00 p.m." over "Date: ...": a field of when that gives only the times, as "Time:" does."""
    if _DATE_FIELD.match(text) is None:
        return False
    said = find_mentions(text)
    return bool(said) and all(m.kind == "time" for m in said)


def date_field_under(block: Block, mentions: list[Mention], below: Block | None, below_mentions: list[Mention],
                     context: Reading, numeric_order: str) -> tuple[Block, list[Mention]] | None:
    """A "Time:" line over its "Date:" line in an item nothing has dated yet: the two lines read as one, the day
    first ("Date: 14 February 2023 Time: 10:00-12:00"). (Once a day is in context, the time is read on it and the
    date line below moves it: `day_of_the_time_above`.)"""
    if context.anchored or below is None or not mentions or any(m.kind != "time" for m in mentions) \
            or below.chunk != block.chunk or not time_then_date(block, below, below_mentions):
        return None
    return day_first(block, below, numeric_order)


# "Días:", "Dates:", "Fechas:", "Tage:": a field of several days (the plural names WHEN does not hold)
_DAYS_FIELD = re.compile(rf"^\W*(?:{alternatives(WHEN)}|dates|days|d[ií]as|fechas|datas|tage|termine|jours|giorni)"
                         r"\s*:", re.IGNORECASE)


# "Friday 31 October and Saturday 1 November": two days of a list, read as one mention (not a run "8-10 June")
_PAIR = re.compile(r"\s(?:and|y|e|et|und|en|och|og|i|и)\s", re.IGNORECASE)


def days_over_hours(block: Block, mentions: list[Mention], below: Block | None,
                    below_mentions: list[Mention], numeric_order: str) -> tuple[Block, list[Mention]] | None:
    """A when-field listing two or more single days ("Días: viernes 31 de octubre y sábado 1 de noviembre de 2025")
    over a line of only their hours ("Horario: 8:00 a.m.–1:00 p.m."): the two lines read as one, the days first, so
    that each listed day takes the hours, as the same words in one sentence do. (Read apart, the hours fell on the
    day in context alone, the first or the last of the list.)"""
    if below is None or below.number != block.number + 1 or not mentions \
            or not all(m.first is not None and (m.kind == "day" or _PAIR.search(m.text)) for m in mentions) \
            or len(mentions) < 2 and mentions[0].kind == "day" or _DAYS_FIELD.match(block.text) is None:
        return None
    if not below_mentions or any(m.kind != "time" for m in below_mentions) \
            or not (_TIME_FIELD.match(below.text) or _times_only_field(below.text)):
        return None
    # (read as a sentence, not a list line: a card's entry, as "Fechas:" or "When:" opening an item line makes it,
    # takes only the first of the days listed)
    joined = Block(PARAGRAPH, f"{block.text.strip()} {below.text.strip()}", block.number, block.chunk)
    return joined, find_mentions(joined.text, numeric_order)


def day_first(time_line: Block, day_line: Block, numeric_order: str) -> tuple[Block, list[Mention]]:
    """A time's line and the day's line under it read as one line, in the time line's place, the day first: the
    date grammar reads a day before its time ("14 February 2023 10:00-12:00")."""
    joined = Block(time_line.kind, f"{day_line.text.strip()} {time_line.text.strip()}", time_line.number,
                   time_line.chunk)
    return joined, find_mentions(joined.text, numeric_order)


def day_of_the_time_above(above: Block | None, block: Block, mentions: list[Mention], context: Reading) -> bool:
    """Give the entry of a "Time:" line right above this "Date:" line the day it names. Returns whether it did."""
    if not time_then_date(above, block, mentions) or above is None or mentions[0].first is None \
            or not context.findings:
        return False
    entry = context.findings[-1]
    if not _of_the_line(entry, above):
        return False
    day, year_inferred, note = resolve_part(mentions[0].first, context)
    entry.first = entry.last = day
    entry.date_inferred = False
    entry.year_inferred = year_inferred
    entry.notes = (*entry.notes, note)
    entry.as_published = f"{entry.as_published}; {mentions[0].text}"
    context.day, context.anchored = day, True
    return True


def _of_the_line(entry: Finding, line: Block) -> bool:
    """Was `entry` found on `line` alone, a time on the day in context?"""
    return entry.date_inferred and entry.time is not None and entry.first == entry.last \
        and entry.text.strip().startswith(line.text.strip())
