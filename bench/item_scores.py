"""A corpus scored item by item, and by groups of items, as the held-out sets are scored:
`presscal extract FILE --format ics` with no reference date, then the shared scorer on the facts and
events of each item (an event's item is its `Article:` line). Prints, for every item, its required
facts, the ones missed, its events and the spurious ones; then the scorer's summary for each group.

    .venv/bin/python bench/item_scores.py tests/fixtures/corpus/world-held.txt \
        --group "international organisations=1-10,15,20-24" --group "no year in the text=12,16,21,22,27,29"

Items are numbered from 1 in bundle order. Scoring an item alone cannot let its events match another
item's facts, so the per-item counts add up to the pooled ones only when no event crosses items.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parsers.bundle import split_bundle  # noqa: E402 (the repository root is put on the path above)

SCORER = ROOT.parent / "shared" / "tools" / "score_ics.py"


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_ics", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the shared scorer {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def numbers(spec: str) -> set[int]:
    """'1-3,7' -> {1, 2, 3, 7}."""
    found: set[int] = set()
    for part in spec.split(","):
        first, _, last = part.strip().partition("-")
        found.update(range(int(first), int(last or first) + 1))
    return found


def item_of(event_text: str, titles: list[str]) -> int:
    """The number of the item an event came from, by its `Article:` line (0 if none matches)."""
    for line in event_text.split("\n"):
        if line.startswith("article:"):
            # The event's location may follow its description on the same line: the longest title wins.
            article = " ".join(line[len("article:"):].split())
            starts = [(len(title), number) for number, title in enumerate(titles, 1) if article.startswith(title)]
            return max(starts)[1] if starts else 0
    return 0


def tally(scorer: ModuleType, events: list[dict[str, Any]], facts: list[dict[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = scorer.score(events, facts)
    required = sum(1 for f in facts if not f.get("optional"))
    result["required"] = required
    result["missed"] = required - round(result["recall"] * required)
    result["spurious"] = len(events) - round(result["precision"] * len(events))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--group", action="append", default=[], metavar="NAME=ITEMS")
    args = parser.parse_args()
    scorer = load_scorer()
    articles = split_bundle(args.corpus.read_text(encoding="utf-8"), args.corpus.stem)
    titles = [a.title for a in articles]
    facts = json.loads(args.corpus.with_suffix(".gold.json").read_text(encoding="utf-8"))["facts"]
    calendar = Path("/tmp") / f"{args.corpus.stem}.item_scores.ics"
    with calendar.open("wb") as out:
        subprocess.run([str(ROOT / ".venv" / "bin" / "presscal"), "extract", str(args.corpus), "--format", "ics"],
                       stdout=out, stderr=subprocess.DEVNULL, check=True)
    events = scorer.read_events(str(calendar))
    # read_events folds the text; the Article: line survives as one line of it.
    item_of_event = [item_of(e["text"], [" ".join(t.casefold().split()) for t in titles]) for e in events]
    fact_item = {f["id"]: titles.index(f["article"]) + 1 for f in facts}

    def part(items: set[int]) -> dict[str, Any]:
        return tally(scorer, [e for e, i in zip(events, item_of_event, strict=True) if i in items],
                     [f for f in facts if fact_item[f["id"]] in items])

    print("| # | organisation | required | missed | events | spurious |")
    print("| ---: | --- | ---: | ---: | ---: | ---: |")
    for number, article in enumerate(articles, 1):
        one = part({number})
        counts = " | ".join(str(one[k]) for k in ("required", "missed", "events", "spurious"))
        print(f"| {number} | {article.org} | {counts} |")
    unplaced = item_of_event.count(0)
    if unplaced:
        print(f"{unplaced} events name no item of the bundle")
    everything = set(range(1, len(articles) + 1))
    for name, items in [("all items", everything), *((g.partition("=")[0], numbers(g.partition("=")[2]))
                                                     for g in args.group)]:
        s = part(items)
        print(f"{name} ({len(items)} items): recall={s['recall']} precision={s['precision']} f1={s['f1']} "
              f"timed={s['timed']} events={s['events']} missed={s['missed']}/{s['required']} spurious={s['spurious']}")


if __name__ == "__main__":
    main()
