"""What a reader knows of an item before its first block: the item's day, its year and why, its publication date,
its newest date, the area its places lie in; and which blocks are datelines, put aside. Pure.

parsers/article.py asks it once an item, then reads the blocks in this context.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools

from model import Article
from parsers import comingyear, itemyear, monthstamp, numericorder, resolve, yearclues
from parsers.area import area_of
from parsers.blocks import Block
from parsers.datelines import post_dates, read_datelines, updates_only, wire_dateline, wire_day
from parsers.dates import Mention, resolve_day
from parsers.reading import Reading
from parsers.tense import names_the_news_day
from parsers.title import title_mentions

_OWN_LOOKUP = 12  # full dates asked whether they are history, for the item's own date


def _anniversaries(explicit: list[dt.date], blocks: list[Block], mentions_of: dict[int, list[Mention]],
                   written: dt.date) -> frozenset[dt.date]:
    """The item's full dates of history, a year and more before it is written, whose day and month a year-less
    weekday date repeats in a year that weekday misses: what the item announces is their anniversary (a weekday
    that misses the year of a date still to come is a slip of the pen, and the date stands)."""
    old = [day for day in explicit if day.year < written.year - 1]
    repeated = resolve.anniversaries(old, yearclues.weekday_parts(m for ms in mentions_of.values() for m in ms)) \
        if old else frozenset()
    return repeated & frozenset(comingyear.history_days(blocks, mentions_of)) if repeated else frozenset()


def _weekdays_fit(mentions_of: dict[int, list[Mention]], year: int) -> bool:
    """Do the item's year-less weekday dates, one at least, all fit `year`?"""
    parts = yearclues.weekday_parts(m for ms in mentions_of.values() for m in ms)
    return bool(parts) and all(part.weekday_fits(year) for part in parts)


def _full(mention: Mention) -> bool:
    return mention.first is not None and mention.first.year is not None


def item_context(article: Article, blocks: list[Block], mentions_of: dict[int, list[Mention]], reference: dt.date,
                 numeric_order: str, marked: tuple[int, int, str] | None) -> tuple[Reading, set[int]]:
    """What a reader knows before the first block: the item's day, its year and why, its publication date;
    and the blocks that are datelines, put aside."""
    # As found, before the datelines are put aside: "Kuala Lumpur, Nov 9 (wire): ... said on Tuesday" gives the
    # year. (read_datelines replaces a block's list, never changes one: a copy of the dict keeps them.)
    found = dict(mentions_of)
    wire = wire_day(blocks, mentions_of) if article.published is None else None
    published, datelines = read_datelines(blocks, mentions_of, article.published, numeric_order,
                                          numericorder.short_dates_year_first(article))
    posts = post_dates(blocks, found)  # "Thursday, January 15, 2026" over a post's title, on a page of posts
    for number in posts:
        mentions_of[number] = []
    dated = [m.first for ms in mentions_of.values() for m in ms if m.first and m.first.year]
    explicit = [dt.date(p.year, p.month, p.day) for p in dated if p.year]
    if published is not None and article.published is None and explicit and max(explicit) < published \
            and updates_only(blocks, datelines):
        # "will visit Maiduguri on 23 and 24 October 2019" over "Last updated on September 11th, 2021": the page
        # changed after its story; the story's own dates are its time, and no history of the update's
        published = None
    # "The committee, set up on 4 April 2019, will meet on 15 March": a date told as history is older than the item;
    # its first date of its own time dates it, else the newest history it was written after.
    # (Asked of the first few full dates only: each question reads the block, and a block may be long.)
    # "Dicembre 2024" alone at the head: the item's month, when nothing gives its day; older full dates are history.
    stamp = monthstamp.month_stamp(blocks) if published is None else None
    full = ((b, m) for b in blocks for m in mentions_of[b.number] if m.first is not None and m.first.year)
    own = next((day for b, m in itertools.islice(full, _OWN_LOOKUP)
                if m.first is not None and m.first.year and not comingyear.is_history(b.text, m)
                and not monthstamp.before_the_stamp(day := dt.date(m.first.year, m.first.month, m.first.day), stamp)),
               None)
    recent = [day for day in explicit if not monthstamp.before_the_stamp(day, stamp)]
    # "the Treaty of Versailles, signed on 28 June 1919" the only full date: history ages before the reference dates
    # no item; its days are read as an undated item's (history still bounds their weekdays), unless its year-less
    # weekdays fit that year ("opened in Copenhagen on 6 March 1995 ... Tuesday, 7 March": an archive's item)
    ancient = own is None and published is None and stamp is None and bool(recent) \
        and all(comingyear.ages_before(day.year, reference) for day in recent) \
        and not _weekdays_fit(mentions_of, max(recent).year)
    if ancient:
        recent = []
    start = own or (max(recent) if recent else (published or stamp or reference))
    evidence, reason = bool(explicit and not ancient or published or stamp), ""
    named = itemyear.named_years(article, reference)
    month_of_stamp = None  # "Abril de 2024" alone at the head: the month the item's days of the month alone are in
    if evidence and stamp is not None and own is None and not recent:
        reason = f"{monthstamp.STAMP_REASON}{stamp:%B %Y}"
        month_of_stamp = stamp.replace(day=1)
    elif evidence:
        reason = f"the date gives none; the item's date {published or start:%d %B %Y} sets it"
    elif marked is not None and published is None:
        start, reason, evidence = itemyear.in_year(mentions_of, marked[0]), f"the date gives none; {marked[2]}", True
    else:
        paired = resolve.paired_weekdays([(b.text, found[b.number], wire is not None and wire_dateline(
            b.text, found[b.number])) for b in blocks], names_the_news_day)
        in_body = [m for ms in mentions_of.values() for m in ms]
        mentions = [*title_mentions(article.title, numeric_order), *(m for m in in_body if not ancient or not _full(m))]
        # ("Acme, Thursday board on the accounts" over "on 24 February": the title's weekday names the body's day)
        paired = paired or resolve.title_weekday(article.title, in_body)
        start, reason, evidence = itemyear.year_clue(article, mentions, reference, paired, named)
    guessed = published is None and wire is not None
    if guessed and wire is not None:
        # "Kuala Lumpur, Nov 9 (IANS):": the story's day, in the year its other days give, else the careful default.
        published = resolve_day(wire, start)[0] if evidence else resolve.default_day(wire, reference)[0]
        reason = f"the wire's dateline {published:%d %B} is put in {published.year}: {reason}"
    # The publication date is the newest day of the item's own time too: a dated document older than a year
    # before it ("the Communique of 30 June 2012" in a note of 2014) is history.
    newest = max([*explicit, *([published] if published else []), *([stamp] if stamp else [])], default=None)
    context = Reading(day=published or start, year_evidence=evidence,
                       newest=newest, published=published,
                       month_named=None if published else month_of_stamp or itemyear.month_named(reason, start),
                       month_stamped=month_of_stamp is not None,
                       opening=explicit[0] if explicit else None,
                       anchored=published is not None, title=article.title, year_reason=reason,
                       reference=reference, named_years=named,
                       published_inferred=guessed, year_guessed=not explicit and published is None and stamp is None,
                       anniversaries=_anniversaries(explicit, blocks, mentions_of, published or reference),
                       item_years=frozenset([*(d.year for d in explicit), *([published.year] if published else [])]),
                       written_years=functools.cache(lambda: yearclues.written_years(f"{article.title}\n{article.body}",
                                                                                    reference)),
                       paired=resolve.weekdays_said_of_dates(blocks, found) if explicit or published else {},
                       history_dated=functools.cache(lambda: published is None
                                                     and itemyear.dated_by_history(blocks, mentions_of)),
                       written_after=functools.cache(lambda: None if published
                                                     else comingyear.written_after(blocks, mentions_of)))
    context.post_days = posts
    context.area_of = lambda: area_of(article, context)
    context.agreed_year = resolve.agreed_year(yearclues.weekday_parts(m for ms in mentions_of.values() for m in ms),
                                              context.day)
    return context, datelines
