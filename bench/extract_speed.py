"""How fast `presscal extract` is, against a dateparser pipeline, and that no input makes it hang.

    make bench          # or: .venv/bin/python bench/extract_speed.py [--copies 200] [--skip-dateparser]

1. A large bundle: the sample repeated (200 times: about 3.7 MB). `presscal extract
   --format ics` runs on it as a subprocess, end to end (start-up, reading, parsing,
   ICS written to a file); best of five runs, with its peak memory (max RSS). It reads
   a bundle this large on every core (parallel.py), so it is also timed pinned to one
   core, and both ratios are printed.
2. The same text through a pipeline built on `dateparser.search_dates` (sentences
   -> search_dates -> events -> the same ICS writer), timed in-process, and scored
   on the sample with the shared scorer so the speed comparison is between two
   pipelines that both work.
3. Adversarial input: 1 MB of long digit runs, "1 1 1 ...", month names repeated,
   no newlines. Each must finish; the time is reported.

Figures are printed and written to bench/results/extract_speed.json; no pass/fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from results import write_results  # noqa: E402 (bench/ is the script's folder)

import parallel  # noqa: E402 (the repository root is put on the path above)

SAMPLE = ROOT / "tests" / "fixtures" / "corpus" / "nato-2023-11.txt"
GOLD = ROOT / "tests" / "fixtures" / "corpus" / "nato-2023-11.gold.json"
SCORER = ROOT / "tests" / "fixtures" / "score_ics.py"
PRESSCAL = Path(sys.executable).parent / "presscal"
REFERENCE = "2026-11-27"
ADVERSARIAL = {
    "digit runs": ("1234567890" * 100 + " ") * 1000,
    "ones": "1 " * 500_000,
    "month names": "November December 21 " * 50_000,
    "times and dates": "21/11/2023 09:15 10:00-11:30 from 19 to 22 November " * 20_000,
    "no separators": "x" * 1_000_000,
}


def run_presscal(path: Path, out: Path, *, one_core: bool = False) -> tuple[float, int]:
    """Seconds and peak RSS (kB) of one `presscal extract` subprocess; `one_core` pins it to a single core."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    pin = (lambda: os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})) if one_core else None
    start = time.perf_counter()
    with out.open("wb") as sink:
        subprocess.run([str(PRESSCAL), "extract", str(path), "--format", "ics", "--reference-date", REFERENCE],
                       stdout=sink, check=True, preexec_fn=pin)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def dateparser_events(text: str) -> list[object]:
    """A careful search_dates pipeline: one call per sentence, only dates with a day, timed when a time is given."""
    import re

    from dateparser.search import search_dates

    from model import Event
    from parsers.blocks import sentences
    from parsers.bundle import split_bundle

    # dateparser wants a naive base; the sample's month, as a careful pipeline would give it.
    settings = {"RELATIVE_BASE": dt.datetime(2023, 11, 15), "PREFER_DATES_FROM": "current_period",  # noqa: DTZ001
                "RETURN_AS_TIMEZONE_AWARE": True, "TIMEZONE": "Europe/Brussels", "REQUIRE_PARTS": ["day", "month"]}
    events = []
    changed = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    for article in split_bundle(text, "bench"):
        for number, sentence in enumerate(s for p in article.body.split("\n\n") for s in sentences(p)):
            found = search_dates(sentence, languages=["en"], settings=settings) or []
            for words, when in found:
                if not re.search(r"\d", words):
                    continue
                timed = bool(re.search(r"\d[:.]\d\d", words))
                start = when if timed else when.date()
                end = when + dt.timedelta(hours=1) if timed else when.date() + dt.timedelta(days=1)
                events.append(Event(
                    uid=f"dp-{abs(hash((article.title, number, words))) % 10**12}", summary=sentence[:80], kind="event",
                    start=start, end=end, timezone="Europe/Brussels" if timed else "", location="", sentence=sentence,
                    article_title=article.title, source="bench", as_published=words, changed=changed))
    return events


def time_dateparser(text: str, out: Path) -> tuple[float, int]:
    from feeds.ics import CalendarInfo, render_calendar

    start = time.perf_counter()
    events = dateparser_events(text)
    out.write_bytes(render_calendar(events, CalendarInfo()))  # type: ignore[arg-type]
    return time.perf_counter() - start, len(events)


def score(calendar: Path) -> dict[str, object]:
    result = subprocess.run([sys.executable, str(SCORER), str(calendar), str(GOLD)], capture_output=True, text=True,
                            check=True)
    return json.loads(result.stdout.splitlines()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--skip-dateparser", action="store_true")
    args = parser.parse_args(argv)
    sample = SAMPLE.read_text(encoding="utf-8")
    results: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        bundle = work / "large.txt"
        bundle.write_text("\n\n".join([sample] * args.copies), encoding="utf-8")
        megabytes = bundle.stat().st_size / 1e6
        runs = [run_presscal(bundle, work / "presscal.ics") for _ in range(5)]  # best of 5: this machine is noisy
        seconds = min(r[0] for r in runs)
        peak_mb = round(max(r[1] for r in runs) / 1024, 1)
        # A large bundle is read on every core (parallel.py); on one core is what a single process does.
        one_core = min(run_presscal(bundle, work / "presscal-one.ics", one_core=True)[0] for _ in range(5))
        results["presscal"] = {"megabytes": round(megabytes, 2), "seconds": round(seconds, 3),
                               "mb_per_s": round(megabytes / seconds, 2), "peak_rss_mb": peak_mb,
                               "cores": parallel.usable_cores(), "seconds_on_one_core": round(one_core, 3)}
        print(f"presscal extract: {megabytes:.2f} MB in {seconds:.3f} s = {megabytes / seconds:.2f} MB/s on "
              f"{parallel.usable_cores()} cores, {one_core:.3f} s on one core; peak RSS {peak_mb:.0f} MB")
        run_presscal(SAMPLE, work / "sample.ics")
        results["presscal_sample_score"] = score(work / "sample.ics")
        print(f"presscal on the sample: {results['presscal_sample_score']}")
        if not args.skip_dateparser:
            dp_sample_seconds, _ = time_dateparser(sample, work / "dateparser-sample.ics")
            results["dateparser_sample_score"] = score(work / "dateparser-sample.ics")
            dp_seconds, dp_events = time_dateparser(bundle.read_text(encoding="utf-8"), work / "dateparser.ics")
            results["dateparser"] = {"seconds": round(dp_seconds, 2), "mb_per_s": round(megabytes / dp_seconds, 3),
                                     "events": dp_events}
            results["speedup"] = round(dp_seconds / seconds, 1)
            results["speedup_on_one_core"] = round(dp_seconds / one_core, 1)
            print(f"dateparser pipeline: {megabytes:.2f} MB in {dp_seconds:.1f} s = {megabytes / dp_seconds:.3f} MB/s; "
                  f"sample score {results['dateparser_sample_score']}")
            print(f"presscal is {dp_seconds / seconds:.1f} times faster "
                  f"({dp_seconds / one_core:.1f} times on one core; the dateparser pipeline runs on one)")
        adversarial = {}
        for name, text in ADVERSARIAL.items():
            path = work / "adversarial.txt"
            path.write_text(text, encoding="utf-8")
            elapsed, _ = run_presscal(path, work / "adversarial.ics")
            adversarial[name] = round(elapsed, 3)
            print(f"adversarial {name!r} ({len(text) / 1e6:.1f} MB): {elapsed:.2f} s")
        results["adversarial_seconds"] = adversarial
    write_results("extract_speed", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
