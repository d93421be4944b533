"""How fast the ICS writer renders many DIFFERENT events (feeds/ics.py), apart from reading them.

    .venv/bin/python bench/ics_speed.py [--rounds 5] [--profile]

Every corpus bundle (tests/fixtures/corpus and ../shared/corpus) is read once, in this process, into
events; then the whole calendar of them is rendered `--rounds` times, each round with everything the
writer remembers (VEVENT and VTIMEZONE bytes, a zone's line forms) forgotten, so each round renders
every event as a first build does. The figure is the best round (the machine is shared; the best
round is the least disturbed), with the events per second. `--profile` prints cProfile's top
functions of one round instead.
Figures go to bench/results/ics_speed.json; no pass/fail.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from results import write_results  # noqa: E402 (bench/ is the script's folder)

from feeds import ics  # noqa: E402 (the repository root is put on the path above)
from merge_plan import standing  # noqa: E402
from model import CalendarInfo, Event  # noqa: E402
from parsers import extract_articles  # noqa: E402
from parsers.bundle import split_bundle  # noqa: E402

REFERENCE = dt.date(2026, 11, 27)
BUNDLES = sorted((ROOT / "tests" / "fixtures" / "corpus").glob("*.txt")) + sorted(
    (ROOT.parent / "shared" / "corpus").glob("*.txt"))


def bundle_events() -> list[Event]:
    articles = [article for path in BUNDLES for article in split_bundle(path.read_text(encoding="utf-8"), path.stem)]
    return standing(list(extract_articles(articles, reference=REFERENCE).events))


def one_round(events: list[Event], info: CalendarInfo) -> tuple[float, bytes]:
    ics.vevent_bytes.cache_clear()
    ics._vtimezone_bytes.cache_clear()
    ics._shell.cache_clear()
    ics._organizer_line.cache_clear()
    ics._DATETIME_FORMS.clear()
    started = time.perf_counter()
    data = ics.render_calendar(events, info)
    return time.perf_counter() - started, data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    events, info = bundle_events(), CalendarInfo()
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(one_round, events, info)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
        return
    times, data = zip(*(one_round(events, info) for _ in range(args.rounds)), strict=True)
    best = min(times)
    figures = {"events": len(events), "bytes": len(data[0]), "sha256": hashlib.sha256(data[0]).hexdigest(),
               "best_seconds": round(best, 4), "rounds": [round(t, 4) for t in times],
               "events_per_second": round(len(events) / best)}
    print(f"{len(events)} events, {len(data[0])} bytes (sha256 {figures['sha256'][:12]}): best of {args.rounds} "
          f"{best * 1000:.1f} ms, {figures['events_per_second']} events/s")
    write_results("ics_speed", figures)


if __name__ == "__main__":
    main()
