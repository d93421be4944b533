"""The floors tests/test_corpus.py holds each development set to: every set of tests/fixtures/corpus not held to the
issue's bar (test_corpus.BELOW_THE_BAR) but developed against after its blind first score, scored as the test scores it
(its reference date), recall and precision rounded down to the hundredth. The five held-out sets get no floor: their
figures are never looked at one by one.

    .venv/bin/python bench/corpus_floors.py            # print each set's score and floor
    .venv/bin/python bench/corpus_floors.py --write    # and write tests/fixtures/corpus/floors.json

Run it after a round of rules has been checked on every set, so that the floors are the scores the rules reached.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feeds.ics import CalendarInfo, render_calendar  # noqa: E402
from parsers import extract  # noqa: E402
from tests.conftest import CORPUS, FIXTURES, REFERENCE  # noqa: E402
from tests.test_corpus import BELOW_THE_BAR, FLOORS_FILE, NEVER_FLOORED  # noqa: E402


def floor(value: float) -> float:
    """The value rounded down to the hundredth (0.867 -> 0.86)."""
    return math.floor(round(value * 1000) / 10) / 100


def scores(gold: Path) -> dict[str, str]:
    """The shared scorer's summary of the set, as test_corpus computes it."""
    text = (CORPUS / json.loads(gold.read_text(encoding="utf-8"))["corpus"]).read_text(encoding="utf-8")
    events = extract(text, source=gold.stem, reference=REFERENCE).events
    with tempfile.TemporaryDirectory() as work:
        calendar = Path(work) / "calendar.ics"
        calendar.write_bytes(render_calendar(events, CalendarInfo()))
        result = subprocess.run([sys.executable, str(FIXTURES / "score_ics.py"), str(calendar), str(gold)],
                                capture_output=True, text=True, check=True)
    return dict(pair.split("=") for pair in result.stdout.strip().splitlines()[-1].split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"write {FLOORS_FILE.relative_to(ROOT)}")
    args = parser.parse_args()
    floors: dict[str, list[float]] = {}
    for name in sorted(BELOW_THE_BAR):
        stem = name.removesuffix(".gold.json")
        if stem in NEVER_FLOORED or not (CORPUS / name).exists():
            continue
        summary = scores(CORPUS / name)
        floors[stem] = [floor(float(summary["recall"])), floor(float(summary["precision"]))]
        print(f"{stem:26} recall {summary['recall']:6} precision {summary['precision']:6} -> floor {floors[stem]}")
    if args.write:
        FLOORS_FILE.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {FLOORS_FILE.relative_to(ROOT)} ({len(floors)} sets)")


if __name__ == "__main__":
    main()
