"""Text -> articles -> events. Pure: no I/O, no clock, no globals; the reference date is passed in.

`extract` is the parsers' one entry point: it reads a bundle of press
releases and returns the events found with the problems noticed. One article
that cannot be read is reported and skipped; the others still give events.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from model import Article, Event, ParseError, excerpt_of
from parsers.acrossitems import across_items
from parsers.article import article_findings
from parsers.bundle import split_bundle
from parsers.clean import clean_article
from parsers.codelegend import spell_out_codes
from parsers.daily import each_day
from parsers.dashlike import article_with_plain_dashes
from parsers.defaultday import lend_default_day
from parsers.dottedzones import article_with_plain_zone_labels
from parsers.findings import labelled_clock, to_event
from parsers.gluedrows import article_with_rows_unglued
from parsers.iconfields import article_with_icon_fields
from parsers.legend import lend_legend_hours
from parsers.merge import distinct, headlines
from parsers.misprint import without_misprints
from parsers.newbadges import article_without_new_badges
from parsers.nextdayline import date_today_by_the_next_day
from parsers.openinghours import days_with_their_hours
from parsers.papertimes import papers_of_timed_rows
from parsers.resolve import is_inference
from parsers.restated import one_per_instant
from parsers.usagecountry import place_by_usage
from parsers.wiremonths import article_with_wire_months

__all__ = ["ArticleMap", "Extraction", "extract", "extract_articles", "prepare", "read_article"]

ArticleResult = list[Event] | str  # an article's events, or the sentence saying why it could not be read
# How the articles are read: the builtin `map` in order, or a pool's ordered map (see parallel.py); each
# article is read alone, so any map that keeps the order gives the same events.
ArticleMap = Callable[[Callable[[Article], ArticleResult], list[Article]], Iterable[ArticleResult]]


@dataclass(frozen=True, slots=True)
class Extraction:
    events: list[Event]
    problems: list[str]  # sentences for people: where, what, and the text at fault
    articles: int = 0  # how many items were read


def extract(
    text: str,
    *,
    source: str,
    reference: dt.date,
    default_zone: str = "Europe/Brussels",
    zone_given: bool = False,
    numeric_order: str = "",
    map_articles: ArticleMap = map,
) -> Extraction:
    """Events of a plain-text bundle. `reference` stands in for a publication date the text lacks."""
    return extract_articles(split_bundle(text, source), reference=reference, default_zone=default_zone,
                            zone_given=zone_given, numeric_order=numeric_order, map_articles=map_articles)


def extract_articles(
    articles: list[Article],
    *,
    reference: dt.date,
    default_zone: str = "Europe/Brussels",
    zone_given: bool = False,
    numeric_order: str = "",
    map_articles: ArticleMap = map,
) -> Extraction:
    """Events of already split articles; the same event twice (a repeated item) is kept once. `default_zone` is the
    clock of times that name no zone and no place; `zone_given` says it was chosen for these texts (`--timezone`, a
    source's zone), so that the way a text writes its dates says nothing of its clock (usagecountry.py)."""
    events: dict[str, Event] = {}
    org_of: dict[str, str] = {}
    problems: list[str] = []
    read = functools.partial(read_article, reference=reference, default_zone=default_zone, numeric_order=numeric_order,
                             zone_given=zone_given)
    for article, found in zip(articles, map_articles(read, articles), strict=True):
        if isinstance(found, str):
            problems.append(found)
            continue
        for event in found:
            events.setdefault(event.uid, event)
            org_of.setdefault(event.uid, article.org)
            problems.extend(f"{article.source}, item {article.title!r}: {note}" for note in event.notes
                            if not is_inference(note))
    kept = sorted(across_items(list(events.values()), org_of), key=lambda e: e.sort_key)
    return Extraction(kept, list(dict.fromkeys(problems)), len(articles))



def read_article(article: Article, reference: dt.date, default_zone: str, numeric_order: str,
                 zone_given: bool = False) -> ArticleResult:
    """One article's events, or the sentence saying why it could not be read (a string crosses processes)."""
    try:
        unbadged = article_without_new_badges(clean_article(article))
        dashed = article_with_icon_fields(article_with_plain_dashes(article_with_wire_months(unbadged)))
        plain = article_with_rows_unglued(article_with_plain_zone_labels(dashed))
        lent = date_today_by_the_next_day(lend_default_day(lend_legend_hours(spell_out_codes(plain))))
        return article_events(lent, reference, default_zone, numeric_order, zone_given)
    except ParseError as exc:
        return str(exc)


def article_events(article: Article, reference: dt.date, default_zone: str, numeric_order: str = "",
                   zone_given: bool = False) -> list[Event]:
    """Events of one article; a date the calendar cannot hold raises ParseError."""
    changed = dt.datetime.combine(article.published or reference, dt.time(), dt.UTC)
    slots: Counter[tuple[object, ...]] = Counter()
    events = []
    try:
        found = distinct(article_findings(article, reference, numeric_order, zone_given), headlines(article))
        if not zone_given:
            place_by_usage(found, article)  # "March 4, 2025, at 11:00 a.m." and no place: Washington's clock
        clock = labelled_clock(found, default_zone)
        # (a span of days with hours that recur each day is a span of days, before each_day repeats a clock)
        found = [days_with_their_hours(finding) for finding in found]
        for finding in each_day(found, article, numeric_order):
            key = (finding.first, finding.kind, finding.place.name if finding.place else "")
            events.append(to_event(finding, article, default_zone, changed, slots[key], clock))
            slots[key] += 1
    except (ValueError, OverflowError) as exc:
        # A day the calendar cannot hold (year 9999 + 1, 29 February of a common year, ...).
        raise ParseError(f"cannot place a date: {exc}", source=article.source, item=article.title,
                         text=excerpt_of(article.body)) from exc
    return papers_of_timed_rows(one_per_instant(without_misprints(events), article.body))


def prepare() -> None:
    """Build now the tables the first article read builds: the gazetteer's index and first words, and pytz's
    set of zones (its first look-up of a zone checks every zone's file); the readers of other languages, the towns'
    namesakes, the nationalities' and the other languages' months' patterns (nearly every item of the corpora asks
    for them) and the known foundings' (its pattern is the longest built at run time). Workers forked after this find
    them built, instead of each building its own (parallel.py); `python -m patterncache` runs this, so that the
    patterns built here are in its table and come compiled to every process (12 ms of compiling, where each was
    compiled at the first item that asked)."""
    import pytz

    from parsers import dates, foundings, orghome, resolve, yearclues
    from parsers.placeindex import first_words, namesakes

    first_words()
    _ = "UTC" in pytz.all_timezones_set
    for build in (dates.prepare, namesakes, orghome.prepare, yearclues.prepare, resolve.prepare, foundings.prepare):
        build()
