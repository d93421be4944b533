"""How fast `presscal extract` is, against a dateparser pipeline, and that no input makes it hang.

    make bench          # or: .venv/bin/python bench/extract_speed.py [--copies 200] [--rounds 5]
                        #     [--skip-dateparser] [--full-dateparser]

1. A large bundle: the sample repeated (200 times: about 3.7 MB). `presscal extract
   --format ics` runs on it as a subprocess, end to end (start-up, reading, parsing,
   ICS written to a file), with its peak memory (max RSS). It reads a bundle this large
   on every core (parallel.py), so it is also timed pinned to one core, and both ratios
   are printed.
2. The same text through a pipeline built on `dateparser.search_dates` (sentences
   -> search_dates -> events -> the same ICS writer), timed in-process, and scored
   on the sample with the shared scorer so the speed comparison is between two
   pipelines that both work.
3. Adversarial input: 1 MB of long digit runs, "1 1 1 ...", month names repeated,
   no newlines. Each must finish; the time is reported.

How the two sides are timed. This machine is shared, and its speed drifts (twofold between runs
minutes apart), so the two sides are timed INTERLEAVED, in rounds: each round runs presscal on
every core, presscal on one core, then the dateparser pipeline on a slice of the same bundle (a
tenth of the copies: a run as long as presscal's, so both sides meet the same moments of the
machine). Each side's figure is its best round; the dateparser slice's time is multiplied by the
copies it leaves out (each copy is the same text, read alone, so its time is linear in the copies:
`--full-dateparser` also times the whole bundle once, to check). The dateparser pipeline is
warmed (imports, its first call) before the rounds, as presscal's start-up is not: every presscal
run pays its own. Each side's spread (worst / best round), the ratios of each round, and the
machine's load (os.getloadavg) around every round go to the results, with the CPU time each side
used (presscal's processes together): where other work keeps the cores busy, the cores are shared
and the wall-clock ratio tends to the ratio of the work done, which is printed too.

Figures are printed and written to bench/results/extract_speed.json; no pass/fail.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import statistics
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
SLICE = 10  # the dateparser side reads copies // SLICE copies a round
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


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def spread(times: list[float]) -> dict[str, object]:
    """A side's rounds: the best, the median, the worst, and how far the worst is from the best."""
    return {"best": round(min(times), 3), "median": round(statistics.median(times), 3), "worst": round(max(times), 3),
            "spread": round(max(times) / min(times) - 1, 3), "rounds": [round(t, 3) for t in times]}


def cpu_seconds(who: int) -> float:
    """CPU time (user and system) used so far by this process (RUSAGE_SELF) or its ended children."""
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


def rounds(bundle: Path, work: Path, count: int, dateparser_text: str | None, scale: float) -> dict[str, object]:
    """`count` rounds, each timing presscal (every core, then one core) and then the dateparser slice, if any."""
    times: dict[str, list[float]] = {"presscal": [], "presscal_one_core": [], "dateparser": []}
    cpu: dict[str, list[float]] = {"presscal": [], "dateparser": []}  # the work each side did, on whatever cores
    loads, peak, events = [], 0, 0
    for number in range(count):
        loads.append(load())
        before = cpu_seconds(resource.RUSAGE_CHILDREN)
        seconds, rss = run_presscal(bundle, work / "presscal.ics")
        cpu["presscal"].append(cpu_seconds(resource.RUSAGE_CHILDREN) - before)
        times["presscal"].append(seconds)
        peak = max(peak, rss)
        times["presscal_one_core"].append(run_presscal(bundle, work / "presscal-one.ics", one_core=True)[0])
        if dateparser_text is not None:
            before = cpu_seconds(resource.RUSAGE_SELF)
            seconds, events = time_dateparser(dateparser_text, work / "dateparser.ics")
            cpu["dateparser"].append((cpu_seconds(resource.RUSAGE_SELF) - before) * scale)
            times["dateparser"].append(seconds * scale)
        other = f", dateparser {times['dateparser'][-1]:.1f} s (scaled)" if dateparser_text is not None else ""
        print(f"round {number + 1}: presscal {times['presscal'][-1]:.2f} s, one core "
              f"{times['presscal_one_core'][-1]:.2f} s{other}; load {loads[-1]}")
    loads.append(load())
    return {"times": times, "cpu": cpu, "loads": loads, "peak_kb": peak, "dateparser_events": round(events * scale)}


def compare(timed: dict[str, object], megabytes: float, results: dict[str, object]) -> None:
    """Each side's best and spread, the ratios of the bests and of each round, into `results`, and printed."""
    times: dict[str, list[float]] = timed["times"]  # type: ignore[assignment]
    presscal, one_core, dateparser = times["presscal"], times["presscal_one_core"], times["dateparser"]
    results["presscal"] = {"megabytes": round(megabytes, 2), "seconds": round(min(presscal), 3),
                           "mb_per_s": round(megabytes / min(presscal), 2),
                           "peak_rss_mb": round(timed["peak_kb"] / 1024, 1),  # type: ignore[operator]
                           "cores": parallel.usable_cores(), "seconds_on_one_core": round(min(one_core), 3),
                           "every_core": spread(presscal), "one_core": spread(one_core)}
    print(f"presscal extract: {megabytes:.2f} MB in {min(presscal):.3f} s = {megabytes / min(presscal):.2f} MB/s on "
          f"{parallel.usable_cores()} cores (spread {spread(presscal)['spread']:.0%}), {min(one_core):.3f} s on one "
          f"core (spread {spread(one_core)['spread']:.0%}); peak RSS {results['presscal']['peak_rss_mb']:.0f} MB")  # type: ignore[index]
    if not dateparser:
        return
    best = min(dateparser)
    results["dateparser"] = {"seconds": round(best, 2), "mb_per_s": round(megabytes / best, 3),
                             "events": timed["dateparser_events"], "scaled_from": f"1/{SLICE} of the copies",
                             **spread(dateparser)}
    results["speedup"] = round(best / min(presscal), 1)
    results["speedup_on_one_core"] = round(best / min(one_core), 1)
    paired = [d / p for d, p in zip(dateparser, presscal, strict=True)]
    paired_one = [d / p for d, p in zip(dateparser, one_core, strict=True)]
    results["speedup_by_round"] = [round(r, 1) for r in paired]
    results["speedup_on_one_core_by_round"] = [round(r, 1) for r in paired_one]
    print(f"dateparser pipeline: {megabytes:.2f} MB in {best:.1f} s = {megabytes / best:.3f} MB/s "
          f"(a tenth of the bundle a round, times {SLICE}; spread {spread(dateparser)['spread']:.0%})")
    print(f"presscal is {results['speedup']:.1f} times faster ({results['speedup_on_one_core']:.1f} times on one "
          f"core; the dateparser pipeline runs on one); round by round {min(paired):.1f}-{max(paired):.1f} "
          f"(median {statistics.median(paired):.1f}), on one core {min(paired_one):.1f}-{max(paired_one):.1f}")
    # On a busy machine the cores are shared, and the wall ratio tends to the ratio of the work done.
    cpu: dict[str, list[float]] = timed["cpu"]  # type: ignore[assignment]
    results["cpu_seconds"] = {side: spread(seconds) for side, seconds in cpu.items()}
    results["work_ratio"] = round(min(cpu["dateparser"]) / min(cpu["presscal"]), 1)
    print(f"CPU time: presscal {min(cpu['presscal']):.2f} s (its processes together), dateparser pipeline "
          f"{min(cpu['dateparser']):.1f} s: {results['work_ratio']:.1f} times less work")


def adversarial(work: Path) -> dict[str, float]:
    seconds = {}
    for name, text in ADVERSARIAL.items():
        path = work / "adversarial.txt"
        path.write_text(text, encoding="utf-8")
        elapsed, _ = run_presscal(path, work / "adversarial.ics")
        seconds[name] = round(elapsed, 3)
        print(f"adversarial {name!r} ({len(text) / 1e6:.1f} MB): {elapsed:.2f} s")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-dateparser", action="store_true")
    parser.add_argument("--full-dateparser", action="store_true", help="also time the whole bundle once")
    args = parser.parse_args(argv)
    sample = SAMPLE.read_text(encoding="utf-8")
    results: dict[str, object] = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "load_at_start": load()}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        bundle = work / "large.txt"
        bundle.write_text("\n\n".join([sample] * args.copies), encoding="utf-8")
        megabytes = bundle.stat().st_size / 1e6
        # The sample through both, scored; this also warms both before the rounds.
        run_presscal(SAMPLE, work / "sample.ics")
        results["presscal_sample_score"] = score(work / "sample.ics")
        print(f"presscal on the sample: {results['presscal_sample_score']}")
        part = None
        if not args.skip_dateparser:
            time_dateparser(sample, work / "dateparser-sample.ics")
            results["dateparser_sample_score"] = score(work / "dateparser-sample.ics")
            print(f"dateparser pipeline on the sample: {results['dateparser_sample_score']}")
            part = "\n\n".join([sample] * max(1, args.copies // SLICE))
        scale = args.copies / max(1, args.copies // SLICE)
        timed = rounds(bundle, work, args.rounds, part, scale)
        results["load_by_round"] = timed["loads"]
        compare(timed, megabytes, results)
        if args.full_dateparser and part is not None:
            whole, _ = time_dateparser(bundle.read_text(encoding="utf-8"), work / "dateparser-whole.ics")
            results["dateparser_whole_bundle_once"] = round(whole, 2)
            print(f"dateparser pipeline on the whole bundle, once: {whole:.1f} s")
        results["adversarial_seconds"] = adversarial(work)
    results["load_at_end"] = load()
    write_results("extract_speed", results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
