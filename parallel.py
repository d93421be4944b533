"""Extraction of large inputs on every core: the articles of a bundle are independent.

The parsers stay pure and single-threaded; this module only splits the
articles into one contiguous run per worker process, runs
`parsers.extract_articles` on each, and joins the results in order, so the
events (and the problems reported) are exactly those of a single run.
Small inputs are parsed in-process: starting workers costs more than it saves.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from model import Article, Event
from parsers import Extraction, extract_articles
from parsers.bundle import split_bundle

PARALLEL_FROM_BYTES = 1_000_000  # below this, one process is faster


def extract_text(
    text: str,
    *,
    source: str,
    reference: dt.date,
    default_zone: str = "Europe/Brussels",
    numeric_order: str = "",
    workers: int | None = None,
) -> Extraction:
    """Like `parsers.extract`, on several processes when the text is large."""
    articles = split_bundle(text, source)
    count = min(workers or os.cpu_count() or 1, len(articles))
    options = {"reference": reference, "default_zone": default_zone, "numeric_order": numeric_order}
    if count < 2 or len(text) < PARALLEL_FROM_BYTES or "fork" not in multiprocessing.get_all_start_methods():
        return extract_articles(articles, **options)  # type: ignore[arg-type]
    size = -(-len(articles) // count)
    runs = [articles[at : at + size] for at in range(0, len(articles), size)]
    context = multiprocessing.get_context("fork")  # workers inherit the loaded modules: no second start-up
    with ProcessPoolExecutor(max_workers=len(runs), mp_context=context) as pool:
        parts = list(pool.map(_extract_run, runs, [options] * len(runs)))
    events: dict[str, Event] = {}
    problems: list[str] = []
    for part in parts:
        for event in part.events:
            events.setdefault(event.uid, event)
        problems.extend(part.problems)
    ordered = sorted(events.values(), key=lambda e: e.sort_key)
    return Extraction(ordered, list(dict.fromkeys(problems)), len(articles))


def _extract_run(articles: list[Article], options: dict[str, object]) -> Extraction:
    return extract_articles(articles, **options)  # type: ignore[arg-type]
