"""Counts, for each corpus, why required facts were missed and how many published events match no fact.

    .venv/bin/python bench/error_kinds.py [--show] [CORPUS_STEM ...]
    .venv/bin/python bench/error_kinds.py --pages PAGES_DIR ...

A missed fact is put down to the nearest event whose text holds one of the fact's terms:
- year: the same day and month in another year, or a day up to six off, as a weekday read in that year is;
- zone: the same day with the clock shifted by whole or half hours, as a wrong zone does;
- time: the same day, another time (or none, or a timed event for a day fact);
- day: the same year, another day;
- words: an event at the fact's instant or on its day, but none of its terms in the text;
- unread: nothing near it at all.
An extra event matches no fact and is worded like no missed fact: a date that is no event.
Only counts are printed, so it may be run on the held-out sets: it says where their errors lie without
showing a line of them; --show lists each missed fact, of the other sets only. --years adds, for each pool, how
the events that put a fact in the wrong year chose it (the reason their note gives) and whether that year is too
late or too early: the mechanism to mend, still without a line of text. --times does the same for the facts read at
the wrong time: whether no clock was read, a clock was read for a day, or how far off the clock or the span is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from corpus_scores import CORPORA, HELD_OUT, ROOT, SCORER
from item_scores import load_scorer

_WEEK_SHIFT = 6
KINDS = ("year", "zone", "time", "day", "words", "unread")
Record = dict[str, Any]


def fact_span(fact: Record) -> tuple[dt.date, dt.date]:
    if "start" in fact:
        day = dt.datetime.fromisoformat(fact["start"].replace("Z", "+00:00")).date()
        return day, day
    first = dt.date.fromisoformat(fact["date"])
    return first, dt.date.fromisoformat(fact.get("until") or fact["date"])


def event_span(event: Record) -> tuple[dt.date, dt.date]:
    if event["kind"] == "timed":
        return event["start"].date(), event["start"].date()
    return event["first"], event["last"]


# How an event's note says its year was chosen (resolve.py's and itemyear.py's reasons, folded as the scorer folds).
_YEAR_REASONS = (
    ("no note: the date gives it", r"^$"),
    ("reference date guessed", r"guessed from the reference date|the latest such (?:year|day) up to"),
    ("the item's date", r"the item's date |title is dated"),
    ("a weekday", r" is a \w+ in \d{4}|is a \w+day|weekday|headings"),
    ("a year the item names", r"names \d{4}|names the season|speaks of|fiscal year|names [a-z]+ \d{4}"),
    ("a number or address", r"release|number|address|link|url"),
    ("near another date", r"it is put near"),
)
_YEAR_NOTE = re.compile(r"year \d{4} inferred: ([^\n]*?)(?:\\n|\n|$)")


def year_reason(event: Record) -> str:
    found = _YEAR_NOTE.search(event["text"])
    reason = found.group(1) if found else ""
    return next((name for name, pattern in _YEAR_REASONS if re.search(pattern, reason)), "other")


def year_misses(fact: Record, events: list[Record], scorer: ModuleType) -> list[tuple[str, str]]:
    """(reason, too late or too early) of the worded events that put the fact's day in another year."""
    first, _ = fact_span(fact)
    found = []
    for event in events:
        start, _ = event_span(event)
        if scorer.has_any(event["text"], fact["terms"]) and start.year != first.year \
                and abs((start.replace(year=2000) - first.replace(year=2000)).days) <= _WEEK_SHIFT:
            found.append((year_reason(event), "too late" if start.year > first.year else "too early"))
    return found


def time_miss(fact: Record, events: list[Record], scorer: ModuleType) -> str:
    """How the nearest worded event on the fact's day differs from it: which clock or span it has instead."""
    first, _ = fact_span(fact)
    worded = [e for e in events if scorer.has_any(e["text"], fact["terms"])
              and (event_span(e)[0] <= first <= event_span(e)[1] or abs((event_span(e)[0] - first).days) <= 1)]
    if not worded:
        return "other"
    event = worded[0]
    if "start" in fact:
        if event["kind"] != "timed":
            return "no clock read"
        want = dt.datetime.fromisoformat(fact["start"].replace("Z", "+00:00"))
        hours = abs((event["start"] - want).total_seconds()) / 3600
        if hours == 12:
            return "a clock 12 h off"
        if hours < 1:
            return "a clock under an hour off"
        if hours == 24:
            return "the clock on the day before or after"
        want = want.astimezone(event["start"].tzinfo)  # the fact's wall clock in the event's zone
        said = re.search(rf"\b0?{want.hour}[:.h]{want.minute:02d}\b", event["text"]) or \
            re.search(rf"\b0?{(want.hour - 1) % 12 + 1}(?::{want.minute:02d})? ?[ap]\.?m", event["text"], re.I)
        if said:
            return "another of the text's clocks"
        return "a clock of other minutes" if event["start"].minute != want.minute else "a clock over 14 h off"
    if event["kind"] == "timed":
        return "a clock read for a day"
    start, last = event_span(event)
    _, until = fact_span(fact)
    if start != first:
        return "a span that starts on another day"
    return "a span that ends too late" if last > until else "a span that ends too early"


def kind_of_miss(fact: Record, events: list[Record], scorer: ModuleType) -> str:
    if year_misses(fact, events, scorer):
        # A year read wrong moves a weekday's date by up to six days as well ("Tuesday 17 January").
        return "year"
    first, _ = fact_span(fact)
    worded = [e for e in events if scorer.has_any(e["text"], fact["terms"])]
    if "start" in fact:
        want = dt.datetime.fromisoformat(fact["start"].replace("Z", "+00:00"))
        for event in worded:
            if event["kind"] == "timed" and event["start"] != want:
                shift = abs((event["start"] - want).total_seconds())
                if shift <= 14 * 3600 and shift % 1800 == 0 and event["start"].minute == want.minute:
                    return "zone"
    for event in worded:
        start, last = event_span(event)
        if start <= first <= last or abs((start - first).days) <= 1:
            return "time"
    if any(event_span(e)[0].year == first.year and abs((event_span(e)[0] - first).days) <= 62 for e in worded):
        return "day"
    if any(event_span(e)[0] <= first <= event_span(e)[1] for e in events):
        return "words"
    return "unread"


def tally(corpus: Path, work: Path, scorer: ModuleType, show: bool) -> tuple[Counter[str], int, int]:
    calendar = work / f"{corpus.stem}.ics"
    with calendar.open("wb") as out:
        subprocess.run([str(ROOT / ".venv" / "bin" / "presscal"), "extract", str(corpus), "--format", "ics"],
                       stdout=out, stderr=subprocess.DEVNULL, check=True)
    return classify(calendar, corpus.with_suffix(".gold.json"), scorer, show and corpus.stem not in HELD_OUT)


def tally_pages(folder: Path, work: Path, scorer: ModuleType) -> tuple[Counter[str], int, int]:
    """A set of saved pages, built as ../shared/tools/score_pages.sh builds it; counts only, never its lines."""
    script = SCORER.parent / "score_pages.sh"
    subprocess.run(["bash", str(script), str(folder), str(ROOT)], env={**os.environ, "KEEP_TMP": "1",
                   "TMPDIR": str(work)}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    calendar = next(work.glob("holdout-pages.*/out/calendar.ics"))
    return classify(calendar, folder / "gold.json", scorer, show=False)


def classify(calendar: Path, gold: Path, scorer: ModuleType, show: bool) -> tuple[Counter[str], int, int]:
    facts = json.loads(gold.read_text(encoding="utf-8"))["facts"]
    events = scorer.read_events(str(calendar))
    kinds: Counter[str] = Counter()
    matched_events: set[int] = set()
    missed = []
    for fact in facts:
        hits = [i for i, e in enumerate(events) if _matches(fact, e, scorer)]
        matched_events.update(hits)
        if not hits and not fact.get("optional"):
            missed.append(fact)
            kind = kind_of_miss(fact, events, scorer)
            kinds[kind] += 1
            if kind == "year":
                reason, way = year_misses(fact, events, scorer)[0]
                kinds[f"year: {reason}, {way}"] += 1
            if kind == "time":
                kinds[f"time: {time_miss(fact, events, scorer)}"] += 1
            if show:
                detail = f" ({time_miss(fact, events, scorer)})" if kind == "time" else ""
                print(f"  {kind:6} {fact['id']:>4} {fact.get('start') or fact.get('date')} {fact['terms'][:2]}{detail}")
    required = sum(1 for f in facts if not f.get("optional"))
    # An unmatched event worded like a missed fact is that fact misread, already counted above.
    misread = {i for i, e in enumerate(events) for f in missed if scorer.has_any(e["text"], f["terms"])}
    return kinds, required, len(set(range(len(events))) - matched_events - misread)


def _matches(fact: Record, event: Record, scorer: ModuleType) -> bool:
    """Looser than the scorer (no one-event-per-fact bookkeeping): enough to tell missed facts apart."""
    if not bool(scorer.has_any(event["text"], fact["terms"])):
        return False
    if "within" in fact:
        lo, hi = (dt.date.fromisoformat(x) for x in fact["within"])
        return bool(lo <= event_span(event)[0] <= hi)
    if "start" in fact:
        want = dt.datetime.fromisoformat(fact["start"].replace("Z", "+00:00"))
        place_ok = "place" not in fact or scorer.has_any(event["text"], fact["place"])
        return bool(event["kind"] == "timed" and event["start"] == want and place_ok)
    first, last = fact_span(fact)
    if event["kind"] == "day":
        return bool((event["first"], event["last"]) == (first, last))
    return bool(first == last == event["day"])


def main(argv: list[str]) -> None:
    scorer = load_scorer()
    show, years, times = "--show" in argv, "--years" in argv, "--times" in argv
    argv = [a for a in argv if a not in ("--show", "--years", "--times")]
    if argv[:1] == ["--pages"]:
        print(f"{'pages':24} {'facts':>5} " + " ".join(f"{k:>6}" for k in KINDS) + f" {'extra':>6}")
        for folder in argv[1:]:
            with tempfile.TemporaryDirectory() as work:
                kinds, required, extra = tally_pages(Path(folder).resolve(), Path(work), scorer)
            print(f"{Path(folder).name:24} {required:>5} " + " ".join(f"{kinds[k]:>6}" for k in KINDS) + f" {extra:>6}")
        return
    chosen = [c for c in CORPORA if not argv or c.stem in argv]
    pools: dict[str, Counter[str]] = {"held out": Counter(), "the rest": Counter()}
    print(f"{'corpus':24} {'facts':>5} " + " ".join(f"{k:>6}" for k in KINDS) + f" {'extra':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for corpus in chosen:
            kinds, required, extra = tally(corpus, Path(folder), scorer, show)
            kinds["facts"], kinds["extra"] = required, extra
            pools["held out" if corpus.stem in HELD_OUT else "the rest"].update(kinds)
            print(f"{corpus.stem:24} {required:>5} " + " ".join(f"{kinds[k]:>6}" for k in KINDS) + f" {extra:>6}")
    for name, kinds in pools.items():
        if kinds["facts"]:
            print(f"{'pooled, ' + name:24} {kinds['facts']:>5} " + " ".join(f"{kinds[k]:>6}" for k in KINDS)
                  + f" {kinds['extra']:>6}")
    for name, kinds in pools.items():
        for key in sorted(k for k in kinds if (years and k.startswith("year: ")) or (times and k.startswith("time: "))):
            print(f"  {name}, {key}: {kinds[key]}")


if __name__ == "__main__":
    main(sys.argv[1:])
