"""Every real corpus in tests/fixtures/corpus, scored by the shared scorer (copied into fixtures).

The bar is the one the issues set for press releases presscal has never seen:
recall and precision of at least 0.90, every timed fact at its exact instant,
no floating times and no duplicates. The wide world-more set (issue 10) has a
floor of 0.90 on recall, precision and timed facts; the shared world-releases
set, read from ../shared when present, 0.85.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from feeds.ics import CalendarInfo, render_calendar
from parsers import extract

from .conftest import CORPUS, FIXTURES, REFERENCE

# The wide sets of issue 10 (organisations of every kind, times in many zones) hold the parser to the
# floor below while it works toward the target (recall and precision 0.95); the others keep the
# full bar, every timed fact included.
# diaries-dev (round 5's development set of diaries, diaries-dev.md) is held at its score after the round's rules:
# the years of item 1 (history only) and the timed rows it loses with them are left to the year resolver.
WIDE = {"world-more": 0.90, "diaries-dev": 0.80}
# The sets of organisations first scored blind (each .md has its scores) are not held to the bar: world-fifth,
# world-sixth, world-seventh, world-thirteenth and world-sixteenth are held out (tuning toward them would spoil the
# estimate), the others are developed against but still far from it.
BELOW_THE_BAR = {
    "world-fresh.gold.json",
    "world-held.gold.json",
    "world-third.gold.json",
    "world-fourth.gold.json",
    "world-fifth.gold.json",
    "world-sixth.gold.json",
    "world-seventh.gold.json",
    "world-eighth.gold.json",
    "world-ninth.gold.json",
    "world-tenth.gold.json",
    "world-eleventh.gold.json",
    "world-twelfth.gold.json",
    "world-thirteenth.gold.json",
    "world-fourteenth.gold.json",
    "world-fifteenth.gold.json",
    "world-sixteenth.gold.json",
    "world-seventeenth.gold.json",
    "world-eighteenth.gold.json",
    "world-nineteenth.gold.json",
    "world-twentieth.gold.json",
    "world-twentyfirst.gold.json",
    "world-twentysecond.gold.json",
    "world-twentythird.gold.json",
    "world-twentyfourth.gold.json",
    "world-twentyfifth.gold.json",
    "world-twentysixth.gold.json",
    "world-twentyninth.gold.json",
    "world-twentyseventh.gold.json",
    "world-twentyeighth.gold.json",
    "world-thirtieth.gold.json",
    "world-thirtyfirst.gold.json",
    "world-thirtysecond.gold.json",
    "world-thirtythird.gold.json",
    "world-thirtyfourth.gold.json",
    "world-thirtyfifth.gold.json",
    "world-thirtysixth.gold.json",
    "world-thirtyseventh.gold.json",
    "world-thirtyeighth.gold.json",
    "world-thirtyninth.gold.json",
    "world-fortieth.gold.json",
    "world-fortyfirst.gold.json",
    "world-fortysecond.gold.json",
    "world-fortythird.gold.json",
    "world-fortyfourth.gold.json",
    "world-fortyfifth.gold.json",
    "world-fortysixth.gold.json",
    "world-fortyseventh.gold.json",
    "world-fortyeighth.gold.json",
    "world-fortyninth.gold.json",
    "world-fiftieth.gold.json",
    "world-fiftyfirst.gold.json",
    "world-fiftysecond.gold.json",
    "world-fiftyfourth.gold.json",
    "world-fiftythird.gold.json",
    "world-fiftyfifth.gold.json",
    "world-fiftysixth.gold.json",
    "world-fiftyseventh.gold.json",
    "world-fiftyeighth.gold.json",
    "world-fiftyninth.gold.json",
    "world-sixtieth.gold.json",
    "world-sixtyfirst.gold.json",
    "world-sixtysecond.gold.json",
    "world-sixtythird.gold.json",
    "world-sixtyfourth.gold.json",
    "world-sixtyfifth.gold.json",
    "world-eightysixth.gold.json",
    "world-eightyseventh.gold.json",
    "world-hundredninth.gold.json",
    "world-eightyeighth.gold.json",
    "world-ninetieth.gold.json",
    "world-ninetyfirst.gold.json",
    "world-ninetysecond.gold.json",
    "world-ninetythird.gold.json",
    "world-ninetyfifth.gold.json",
    "world-ninetyfourth.gold.json",
    "world-ninetysixth.gold.json",
    "world-ninetyseventh.gold.json",
    "world-hundredseventh.gold.json",
    "world-hundredsecond.gold.json",
    "world-ninetyninth.gold.json",
    "world-hundredfirst.gold.json",
    "world-ninetyeighth.gold.json",
    "world-hundredth.gold.json",
    "world-hundredthird.gold.json",
    "world-hundredfourth.gold.json",
    "world-hundredeighth.gold.json",
    "world-hundredtenth.gold.json",
    "world-hundredfifth.gold.json",
    "world-hundredtwelfth.gold.json",
    "world-hundredthirteenth.gold.json",
    "world-hundredfourteenth.gold.json",
    "world-hundredsixteenth.gold.json",
    "world-hundredfortysecond.gold.json",
    "world-hundredthirtyninth.gold.json",
    "world-hundredfortyfirst.gold.json",
    "world-hundredfortyfourth.gold.json",
    "world-hundredfortythird.gold.json",
    "world-hundredthirtythird.gold.json",
    "world-hundredthirtyseventh.gold.json",
    "world-hundredthirtysecond.gold.json",
    "world-hundredthirtieth.gold.json",
    "world-hundredtwentyeighth.gold.json",
    "world-hundredtwentythird.gold.json",
    "world-hundredtwentyfirst.gold.json",
    "world-hundredtwentysecond.gold.json",
    "world-hundredtwentyfifth.gold.json",
    "world-hundredseventeenth.gold.json",
    "world-hundredtwentieth.gold.json",
    "world-hundredeighteenth.gold.json",
    "world-hundrednineteenth.gold.json",
    "world-hundredtwentyfourth.gold.json",
    "world-hundredtwentyseventh.gold.json",
    "world-hundredtwentysixth.gold.json",
    "world-hundredthirtyfirst.gold.json",
    "world-hundredthirtyfifth.gold.json",
    "world-hundredthirtysixth.gold.json",
    "world-hundredfortieth.gold.json",
    "world-hundredfortyfifth.gold.json",
    "world-hundredfiftysecond.gold.json",
    "world-hundredfiftieth.gold.json",
    "world-hundredfortyseventh.gold.json",
    "world-hundredfortyeighth.gold.json",
    "world-hundredfortysixth.gold.json",
    "world-hundredfortyninth.gold.json",
    "world-hundredfiftythird.gold.json",
    "world-hundredfiftyfirst.gold.json",
    "world-hundredsixth.gold.json",
    "world-eightyninth.gold.json",
    "world-eightyfifth.gold.json",
    "world-eightythird.gold.json",
    "world-eightyfourth.gold.json",
    "world-eightysecond.gold.json",
    "world-seventyninth.gold.json",
    "world-eightieth.gold.json",
    "world-eightyfirst.gold.json",
    "world-seventysixth.gold.json",
    "world-seventyseventh.gold.json",
    "world-seventyeighth.gold.json",
    "world-seventythird.gold.json",
    "world-seventyfourth.gold.json",
    "world-seventyfifth.gold.json",
    "world-seventieth.gold.json",
    "world-seventyfirst.gold.json",
    "world-seventysecond.gold.json",
    "world-sixtyninth.gold.json",
    "world-sixtyeighth.gold.json",
    "world-sixtyseventh.gold.json",
    "world-sixtysixth.gold.json",
    "world-hundredeleventh.gold.json",
    "world-hundredfifteenth.gold.json",
    "world-hundredtwentyninth.gold.json",
    "world-hundredthirtyfourth.gold.json",
    "world-hundredthirtyeighth.gold.json",
}
CORPORA = sorted(p for p in CORPUS.glob("*.gold.json") if p.name not in BELOW_THE_BAR)
# The development sets below the bar are each held to the score their rules reached (recall and precision rounded
# down to the hundredth, written by bench/corpus_floors.py): a rule that lowers one of them is not done. The five
# held-out sets get none: tuning toward them would spoil the estimate.
NEVER_FLOORED = {"world-fifth", "world-sixth", "world-seventh", "world-thirteenth", "world-sixteenth"}
FLOORS_FILE = CORPUS / "floors.json"
FLOORS: dict[str, list[float]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8")) if FLOORS_FILE.exists() else {}
# The shared development set, read from ../shared where it is (never copied into the repository).
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "world-releases.gold.json"


def _score(text: str, gold: Path, source: str, tmp_path: Path, reference: dt.date | None) -> dict[str, str]:
    """The shared scorer's summary for the events of `text`, as `presscal extract` would publish them."""
    events = extract(text, source=source, reference=reference or REFERENCE).events
    calendar = tmp_path / "calendar.ics"
    calendar.write_bytes(render_calendar(events, CalendarInfo()))
    result = subprocess.run([sys.executable, str(FIXTURES / "score_ics.py"), str(calendar), str(gold), "-v"],
                            capture_output=True, text=True, check=True)
    summary = dict(pair.split("=") for pair in result.stdout.strip().splitlines()[-1].split())
    summary["report"] = result.stdout
    return summary


@pytest.mark.parametrize("gold", CORPORA, ids=[p.name.removesuffix(".gold.json") for p in CORPORA])
def test_corpus_scores(gold: Path, tmp_path: Path) -> None:
    text = (CORPUS / json.loads(gold.read_text(encoding="utf-8"))["corpus"]).read_text(encoding="utf-8")
    name = gold.name.removesuffix(".gold.json")
    summary = _score(text, gold, gold.stem, tmp_path, None)
    found, total = summary["timed"].split("/")
    bar = WIDE.get(name, 0.90)
    assert float(summary["recall"]) >= bar, summary["report"]
    assert float(summary["precision"]) >= bar, summary["report"]
    if name in WIDE:
        assert int(found) >= bar * int(total), summary["report"]
    else:
        assert found == total, summary["report"]
    assert summary["floating"] == "0"
    assert summary["duplicates"] == "0"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_development_set_floor(name: str, tmp_path: Path) -> None:
    gold = CORPUS / f"{name}.gold.json"
    text = (CORPUS / json.loads(gold.read_text(encoding="utf-8"))["corpus"]).read_text(encoding="utf-8")
    summary = _score(text, gold, gold.stem, tmp_path, None)
    recall, precision = FLOORS[name]
    assert float(summary["recall"]) >= recall, summary["report"]
    assert float(summary["precision"]) >= precision, summary["report"]


def test_every_development_set_has_a_floor() -> None:
    below_the_bar = {p.removesuffix(".gold.json") for p in BELOW_THE_BAR if (CORPUS / p).exists()}
    assert below_the_bar - NEVER_FLOORED == set(FLOORS)


@pytest.mark.skipif(not SHARED_GOLD.exists(), reason="the shared development set is not on this machine")
def test_shared_world_releases(tmp_path: Path) -> None:
    """Scored as the held-out sets are run (today as the reference, fixed here): years come from the texts."""
    text = SHARED_GOLD.with_name("world-releases.txt").read_text(encoding="utf-8")
    summary = _score(text, SHARED_GOLD, "world-releases", tmp_path, dt.date(2026, 12, 1))
    assert float(summary["recall"]) >= 0.85, summary["report"]
    assert float(summary["precision"]) >= 0.85, summary["report"]
    assert summary["floating"] == "0"
    assert summary["duplicates"] == "0"


def test_there_are_corpora() -> None:
    assert len(CORPORA) >= 2
