"""A second clause with its verb left out, its own subject and its own day after a comma ("Die Doppelfinals sind am
10. Februar, die Einzelfinals am 11. Februar ab 11.00 Uhr", "the doubles finals are on 10 February, the singles
finals on 11 February at 11 am") is another event: the time after the second day is that clause's alone, and the two
days are no run of days as a whole. Seen in pages-p52 (btv.de: a tennis tournament's doubles finals got the singles
finals' 11:00, and a spurious 10-11 February span); the texts are ours. A list of days under one time ("on Tuesday,
February 7, Wednesday, February 8, and Thursday, February 9, starting at 10:00") keeps the time on each day and its
span."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import article_events


def _events(sentence: str) -> list[str]:
    article = Article(source="test", title="Turnier", body=sentence, url="", published=dt.date(2031, 2, 3))
    out = []
    for e in article_events(article, dt.date(2031, 2, 3), "Europe/Berlin"):
        out.append(f"{e.start:%m-%d}..{e.end:%m-%d}" if e.all_day else f"{e.start:%m-%d %H:%M}")
    return sorted(out)


@pytest.mark.parametrize(("sentence", "why"), [
    ("Die Doppelfinals sind am 10. Februar, die Einzelfinals am 11. Februar ab 11.00 Uhr.", "German, 'am' each"),
    ("The doubles finals are on 10 February, the singles finals on 11 February at 11 am.", "English, 'on' each"),
])
def test_gapped_clause_keeps_its_time(sentence: str, why: str) -> None:
    events = _events(sentence)
    assert "02-11 11:00" in events, why
    assert "02-10 11:00" not in events, why
    assert "02-10..02-11" in events, why  # the doubles finals' day (an all-day event ends the next day)
    assert "02-10..02-12" not in events, why


def test_list_of_days_under_one_time() -> None:
    events = _events("Hearings on Tuesday, February 7, Wednesday, February 8, and Thursday, February 9, starting at "
                     "10:00.")
    assert [e for e in events if ":" in e] == ["02-07 10:00", "02-08 10:00", "02-09 10:00"]
    assert "02-07..02-10" in events
