"""The sets of organisations the rules had never met (world-fresh, world-held, world-third ... world-tenth) are well
formed: one item per twin, and gold a scorer can use.

They are not scored against a bar (see HELD_OUT in test_corpus.py); these checks keep its gold honest:
every fact's UTC instant is the wall-clock time it quotes in the zone it names, every term occurs in
the bundle, and a calendar made from the gold itself scores 1.0 / 1.0 with the shared scorer.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from parsers.bundle import split_bundle

from .conftest import CORPUS, FIXTURES

# name -> (items, organisations)
SETS = {
    "world-fresh": (28, 24),
    "world-held": (30, 18),
    "world-third": (30, 22),
    "world-fourth": (30, 19),
    "world-fifth": (15, 14),
    "world-sixth": (15, 15),
    "world-seventh": (15, 14),
    "world-eighth": (15, 12),
    "world-ninth": (15, 13),
    "world-tenth": (15, 13),
    "world-eleventh": (15, 14),
    "world-twelfth": (15, 15),
    "world-thirteenth": (15, 15),
    "world-fourteenth": (15, 15),
    "world-fifteenth": (15, 15),
    "world-sixteenth": (15, 15),
    "world-seventeenth": (15, 15),
    "world-eighteenth": (15, 15),
    "world-nineteenth": (15, 15),
    "world-twentieth": (15, 15),
    "world-twentyfirst": (14, 14),
    "world-twentysecond": (15, 15),
    "world-twentythird": (15, 15),
    "world-twentyfourth": (12, 12),
    "world-twentyfifth": (14, 14),
    "world-twentysixth": (14, 14),
    "world-twentyninth": (14, 14),
    "world-twentyseventh": (14, 14),
    "world-twentyeighth": (14, 14),
    "world-thirtieth": (14, 14),
    "world-thirtyfirst": (14, 14),
    "world-thirtysecond": (14, 14),
    "world-thirtythird": (14, 14),
    "world-thirtyfourth": (14, 14),
    "world-thirtyfifth": (14, 14),
    "world-thirtysixth": (14, 14),
    "world-thirtyseventh": (14, 14),
    "world-thirtyeighth": (11, 11),
    "world-thirtyninth": (10, 10),
    "world-fortieth": (14, 14),
    "world-fortyfirst": (14, 14),
    "world-fortysecond": (14, 14),
    "world-fortythird": (14, 14),
    "world-fortyfourth": (14, 14),
    "world-fortyfifth": (14, 14),
    "world-fortysixth": (14, 14),
    "world-fortyseventh": (14, 14),
    "world-fortyeighth": (14, 14),
    "world-fortyninth": (14, 14),
    "world-fiftieth": (14, 14),
    "world-fiftyfirst": (14, 14),
    "world-fiftysecond": (14, 14),
    "world-fiftyfourth": (14, 14),
    "world-fiftythird": (14, 14),
    "world-fiftyfifth": (12, 12),
    "world-fiftysixth": (14, 14),
    "world-fiftyseventh": (14, 14),
    "world-fiftyeighth": (12, 12),
    "world-fiftyninth": (14, 14),
    "world-sixtieth": (14, 14),
    "world-sixtyfirst": (14, 14),
    "world-sixtysecond": (14, 14),
    "world-sixtythird": (14, 14),
    "world-sixtyfourth": (14, 14),
    "world-sixtyfifth": (14, 14),
    "world-sixtyseventh": (15, 15),
    "world-sixtysixth": (14, 14),
    "world-sixtyeighth": (12, 12),
    "world-sixtyninth": (11, 11),
    "world-seventieth": (14, 14),
    "world-seventyfirst": (14, 14),
    "world-seventysecond": (12, 12),
    "world-seventythird": (14, 14),
    "world-seventyfourth": (14, 14),
    "world-seventyfifth": (14, 14),
    "world-seventysixth": (14, 14),
    "world-seventyseventh": (14, 14),
    "world-seventyeighth": (14, 14),
    "world-seventyninth": (14, 14),
    "world-eightieth": (14, 14),
    "world-eightyfirst": (14, 14),
    "world-eightythird": (14, 14),
    "world-eightyfourth": (15, 15),
    "world-eightyseventh": (15, 15),
    "world-eightyeighth": (14, 14),
    "world-eightyninth": (14, 14),
    "world-eightysecond": (14, 14),
    "world-eightysixth": (14, 14),
    "world-eightyfifth": (14, 14),
    "world-ninetieth": (14, 14),
    "world-ninetyfirst": (15, 15),
    "world-ninetysecond": (14, 14),
    "world-ninetythird": (15, 14),
    "world-ninetyfifth": (14, 14),
    "world-ninetyfourth": (14, 14),
    "world-ninetysixth": (15, 15),
    "world-ninetyseventh": (15, 15),
    "world-ninetyninth": (15, 15),
    "world-hundredtwelfth": (14, 14),
    "world-hundredthirteenth": (14, 14),
    "world-hundredfourteenth": (14, 13),
    "world-hundredsixteenth": (15, 15),
    "world-hundredfortyfirst": (15, 15),
    "world-hundredfortysecond": (14, 14),
    "world-hundredfortyfourth": (14, 14),
    "world-hundredfortyfifth": (14, 14),
    "world-hundredfiftysecond": (14, 14),
    "world-hundredfiftieth": (14, 14),
    "world-hundredfortyseventh": (14, 14),
    "world-hundredfortyeighth": (14, 14),
    "world-hundredfortysixth": (15, 15),
    "world-hundredfortyninth": (14, 14),
    "world-hundredfiftythird": (15, 15),
    "world-hundredfiftyfirst": (14, 14),
    "world-hundredfortythird": (15, 15),
    "world-hundredthirtyfifth": (15, 15),
    "world-hundredthirtythird": (14, 14),
    "world-hundredthirtyseventh": (15, 15),
    "world-hundredthirtysecond": (14, 14),
    "world-hundredthirtieth": (15, 15),
    "world-hundredtwentyeighth": (15, 15),
    "world-hundredtwentythird": (14, 14),
    "world-hundredtwentyfirst": (15, 15),
    "world-hundredtwentysecond": (15, 15),
    "world-hundredtwentyfifth": (12, 12),
    "world-hundredseventeenth": (14, 14),
    "world-hundredtwentieth": (14, 14),
    "world-hundredeighteenth": (14, 14),
    "world-hundrednineteenth": (14, 14),
    "world-hundredtwentyfourth": (12, 12),
    "world-hundredtwentyseventh": (15, 15),
    "world-hundredfirst": (15, 15),
    "world-ninetyeighth": (14, 14),
    "world-hundredtwentysixth": (14, 14),
    "world-hundredthirtyfirst": (15, 15),
    "world-hundredthirtysixth": (15, 15),
    "world-hundredfortieth": (14, 14),
    "world-hundredth": (14, 14),
    "world-hundredsecond": (14, 14),
    "world-hundredthird": (15, 15),
    "world-hundredeighth": (14, 14),
    "world-hundredfourth": (15, 15),
    "world-hundredfifth": (15, 15),
    "world-hundredsixth": (14, 14),
    "world-hundredseventh": (14, 14),
    "world-hundredninth": (15, 15),
    "world-hundredeleventh": (14, 14),
    "world-hundredtenth": (15, 15),
    "world-hundredfifteenth": (14, 14),
    "world-hundredtwentyninth": (15, 15),
    "world-hundredthirtyfourth": (14, 14),
    "world-hundredthirtyeighth": (14, 14),
    "world-hundredthirtyninth": (14, 14),
}


def _text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def _facts(name: str) -> list[dict[str, object]]:
    facts: list[dict[str, object]] = json.loads((CORPUS / f"{name}.gold.json").read_text(encoding="utf-8"))["facts"]
    return facts


each_set = pytest.mark.parametrize("name", sorted(SETS))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@each_set
def test_bundle_splits_into_its_items(name: str) -> None:
    articles = split_bundle(_text(name), name)
    assert (len(articles), len({a.org for a in articles})) == SETS[name]
    assert all(a.body.strip() for a in articles)


@each_set
def test_every_timed_fact_is_its_local_time(name: str) -> None:
    for fact in (f for f in _facts(name) if "start" in f):
        day, clock, zone = fact["local"].split()[:3]
        local = dt.datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=ZoneInfo(zone))
        start = dt.datetime.fromisoformat(fact["start"].replace("Z", "+00:00"))
        assert local.astimezone(dt.UTC) == start, fact["id"]


@each_set
def test_every_term_occurs_in_the_bundle(name: str) -> None:
    text = _fold(_text(name))
    missing = [(f["id"], t) for f in _facts(name) for t in f["terms"] if _fold(t) not in text]
    assert missing == []


@each_set
def test_a_calendar_of_the_gold_scores_full_marks(name: str, tmp_path: Path) -> None:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//presscal tests//gold//EN")
    cal.add("version", "2.0")
    for fact in _facts(name):
        if fact.get("optional"):
            continue
        event = icalendar.Event()
        event.add("uid", f"{fact['id']}@gold")
        event.add("summary", fact["terms"][0] + " " + " ".join(fact.get("place", [])[:1]))
        if "start" in fact:
            event.add("dtstart", dt.datetime.fromisoformat(fact["start"].replace("Z", "+00:00")))
        else:
            first = dt.date.fromisoformat(fact["date"])
            event.add("dtstart", first)
            event.add("dtend", dt.date.fromisoformat(fact.get("until", fact["date"])) + dt.timedelta(days=1))
        cal.add_component(event)
    path = tmp_path / "gold.ics"
    path.write_bytes(cal.to_ical())
    scorer = [sys.executable, str(FIXTURES / "score_ics.py"), str(path), str(CORPUS / f"{name}.gold.json")]
    result = subprocess.run(scorer, capture_output=True, text=True, check=True)
    summary = dict(pair.split("=") for pair in result.stdout.strip().splitlines()[-1].split())
    assert (summary["recall"], summary["precision"], summary["duplicates"]) == ("1.0", "1.0", "0"), result.stdout
