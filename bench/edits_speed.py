"""What 100 editors' edits add to a refresh of a 10,000-event store (the aim: less than 10% more).

    .venv/bin/python bench/edits_speed.py [--articles 2000] [--edits 100] [--runs 5]

The sources are refresh_speed.py's media advisories (about five events an article, so 2,000
articles give about 10,000 events), read into two SQLite stores, A and B. B then gets
`--edits` edits through the edit log, of every kind: new times, titles and places, hidden
events, merges, events added by hand. Each run changes one source file (one event moves)
and refreshes A and B in turn (the order alternating): the refresh an operator sees every
interval, which parses that file, merges, and renders every output again. A full refresh
with --force (every file parsed again) is timed the same way, and so is the hook alone.
Figures are medians of CPU time (the machine may be shared: wall time would measure the
neighbours); they
are printed and written to bench/results/edits_speed.json. Exit status 1 if B costs 10% or
more over A.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from refresh_speed import write_sources  # noqa: E402 (bench/ is the script's folder)
from results import write_results  # noqa: E402

from config import Config, Source  # noqa: E402
from editorial import HIDE, MERGE, Edit, set_edit  # noqa: E402
from edits_store import EditLog, published  # noqa: E402
from refresh import refresh  # noqa: E402
from store import Store  # noqa: E402

NOW = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
LIMIT = 1.10


def add_edits(config: Config, count: int) -> int:
    """`count` edits of assorted kinds on events spread over the store; the number made."""
    from cli_edit import new_event_edit

    store = Store(config.database)
    try:
        log = EditLog(store)
        events = store.events()
        step = max(1, len(events) // count)
        at = NOW + dt.timedelta(minutes=1)
        for number in range(count):
            event = events[(number * step) % len(events)]
            kind = number % 10
            if kind < 5 and not event.all_day:
                start = event.start + dt.timedelta(minutes=15)  # type: ignore[operator]
                edit = set_edit(event, {"start": f"{start:%Y-%m-%dT%H:%M}"}, at=at, by="bench", note="moved")
            elif kind < 8:
                edit = set_edit(event, {"summary": f"{event.summary} (corrected)", "location": "Brussels, Belgium"},
                                at=at, by="bench", note="retitled")
            elif kind == 8:
                edit = Edit(event.uid, HIDE if number % 20 else MERGE, at, "bench", "withdrawn",
                            target=events[0].uid if number % 20 == 0 else "")
            else:
                edit = new_event_edit({"summary": f"Added briefing {number}", "start": "2026-12-10T10:00",
                                       "timezone": "Europe/Brussels"}, config, at=at, by="bench", note="by phone")
            log.add(edit)
        return len(log.edits())
    finally:
        store.close()


def timed(config: Config, when: dt.datetime, force: bool = False) -> float:
    """The CPU time of one refresh: on a shared, loaded machine wall time mostly measures the neighbours."""
    start = time.process_time()
    report = refresh(config, when, force=force)
    elapsed = time.process_time() - start
    if report.refused or not report.total:
        raise SystemExit(f"the refresh did not publish: {report.refused}")
    return elapsed


def apply_cost(config: Config, repeat: int = 5) -> float:
    """The CPU time of the hook alone: reading the edit log and laying it over every stored event."""
    store = Store(config.database)
    try:
        events = store.events()
        costs = []
        for _ in range(repeat):
            start = time.process_time()
            published(store, events)
            costs.append(time.process_time() - start)
        return statistics.median(costs)
    finally:
        store.close()


def measure(articles: int, edits: int, runs: int, folder: Path) -> dict[str, object]:
    files = write_sources(folder / "sources", articles)
    source = (Source("advisories", path=str(folder / "sources" / "*.txt")),)
    plain = Config(database=f"sqlite:///{folder / 'a.db'}", output=folder / "out-a", sources=source)
    edited = Config(database=f"sqlite:///{folder / 'b.db'}", output=folder / "out-b", sources=source)
    refresh(plain, NOW)
    refresh(edited, NOW)
    made = add_edits(edited, edits)
    refresh(edited, NOW + dt.timedelta(minutes=2))  # publish the edits once, as the CLI does
    events = Store(plain.database)
    total = events.count()
    events.close()
    times: dict[str, dict[str, list[float]]] = {"one_file": {"a": [], "b": []}, "forced": {"a": [], "b": []}}
    original = files[0].read_text(encoding="utf-8")
    for run in range(runs):
        when = NOW + dt.timedelta(hours=run + 1)
        # One event moves: each run gives the file another time, so each refresh has work to do.
        files[0].write_text(original.replace("14:30 (", f"14:{31 + run:02d} (", 1), encoding="utf-8")
        pair = [("a", plain), ("b", edited)] if run % 2 == 0 else [("b", edited), ("a", plain)]
        for name, config in pair:
            times["one_file"][name].append(timed(config, when))
        for name, config in pair:
            times["forced"][name].append(timed(config, when + dt.timedelta(minutes=30), force=True))
    result: dict[str, object] = {"articles": articles, "events": total, "edits": made, "runs": runs,
                                 "apply_edits_s": round(apply_cost(edited), 4)}
    for kind, pair_times in times.items():
        a, b = statistics.median(pair_times["a"]), statistics.median(pair_times["b"])
        result[kind] = {"without_edits_s": round(a, 3), "with_edits_s": round(b, 3), "ratio": round(b / a, 4)}
        print(f"{kind} refresh, {total} events: without edits {a:.2f} s, with {made} edits {b:.2f} s "
              f"({b / a - 1:+.1%}; CPU time, medians of {runs})")
    print(f"the hook alone (read the log, apply it to {total} events): {result['apply_edits_s']} s")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        result = measure(args.articles, args.edits, args.runs, Path(folder))
    write_results("edits_speed", result)
    worst = max(float(result[k]["ratio"]) for k in ("one_file", "forced"))  # type: ignore[index]
    return 0 if worst < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
