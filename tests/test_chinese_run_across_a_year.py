"""A Chinese run of days each with its month across a year's end ("12月30日至1月2日", "2026年12月30日至2027年1月2日")
is no span of one year; it is read as its two days, as before such runs were read as spans, not lost (issue #10,
"Dates"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "days"), [
    ("展览于12月30日至1月2日举行", [(12, 30), (1, 2)]),
    ("展览于2026年12月30日至2027年1月2日举行", [(12, 30), (1, 2)]),
])
def test_a_run_across_the_year_is_its_two_days(text: str, days: list[tuple[int, int]]) -> None:
    read = [(m.first.month, m.first.day) for m in find_mentions(text) if m.kind == "day" and m.first]
    assert read == days


def test_the_new_year_exhibition_keeps_its_days() -> None:
    text = "新年展览\n\nSource: 市文化局\n\n2026年11月20日\n\n新年展览于12月30日至1月2日在市博物馆举行。\n"
    events = extract(text, source="test", reference=dt.date(2026, 11, 20)).events
    assert [f"{e.start}" for e in events] == ["2026-12-30", "2027-01-02"]


def test_a_run_within_the_year_stays_one_span() -> None:
    assert [m.kind for m in find_mentions("展览于3月30日至4月2日举行")] == ["span"]
