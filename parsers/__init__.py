"""Text -> articles -> events. Pure: no I/O, no clock, no globals; the reference date is passed in.

`extract` is the parsers' one entry point: it reads a bundle of press
releases and returns the events found with the problems noticed. One article
that cannot be read is reported and skipped; the others still give events.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from model import Article, Event, ParseError, excerpt_of
from parsers.article import article_findings
from parsers.bundle import split_bundle
from parsers.findings import Finding, to_event
from parsers.resolve import is_inference

__all__ = ["Extraction", "extract", "extract_articles"]


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
    numeric_order: str = "",
) -> Extraction:
    """Events of a plain-text bundle. `reference` stands in for a publication date the text lacks."""
    return extract_articles(split_bundle(text, source), reference=reference, default_zone=default_zone,
                            numeric_order=numeric_order)


def extract_articles(
    articles: list[Article],
    *,
    reference: dt.date,
    default_zone: str = "Europe/Brussels",
    numeric_order: str = "",
) -> Extraction:
    """Events of already split articles; the same event twice (a repeated item) is kept once."""
    events: dict[str, Event] = {}
    problems: list[str] = []
    for article in articles:
        try:
            found = article_events(article, reference, default_zone, numeric_order)
        except ParseError as exc:
            problems.append(str(exc))
            continue
        for event in found:
            events.setdefault(event.uid, event)
            problems.extend(f"{article.source}, item {article.title!r}: {note}" for note in event.notes
                            if not is_inference(note))
    return Extraction(sorted(events.values(), key=lambda e: e.sort_key), list(dict.fromkeys(problems)),
                      len(articles))


def _distinct(findings: list[Finding]) -> list[Finding]:
    """One finding per event: an advisory often states a time twice (in prose and in its list).

    Two findings of one kind at one day and time are one event (the first kept). A
    day-long finding of a kind and place that the same day also has at a stated time
    is that timed event, said without its time.
    """
    timed = {(f.first, f.kind, f.place.name if f.place else "") for f in findings if f.time is not None}
    seen: set[tuple[object, ...]] = set()
    kept = []
    for finding in findings:
        place = finding.place.name if finding.place else ""
        if finding.time is None and finding.first == finding.last and (finding.first, finding.kind, place) in timed:
            continue
        key = (finding.first, finding.time, finding.kind) if finding.time is not None else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        kept.append(finding)
    return kept


def article_events(article: Article, reference: dt.date, default_zone: str, numeric_order: str = "") -> list[Event]:
    """Events of one article; a date the calendar cannot hold raises ParseError."""
    changed = dt.datetime.combine(article.published or reference, dt.time(), dt.UTC)
    slots: Counter[tuple[object, ...]] = Counter()
    events = []
    try:
        for finding in _distinct(article_findings(article, reference, numeric_order)):
            key = (finding.first, finding.kind, finding.place.name if finding.place else "")
            events.append(to_event(finding, article, default_zone, changed, slots[key]))
            slots[key] += 1
    except (ValueError, OverflowError) as exc:
        # A day the calendar cannot hold (year 9999 + 1, 29 February of a common year, ...).
        raise ParseError(f"cannot place a date: {exc}", source=article.source, item=article.title,
                         text=excerpt_of(article.body)) from exc
    return events
