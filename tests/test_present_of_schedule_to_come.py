"""A year-less day in the present of a schedule is told as to come, whichever present verb tells it: "The institute
hosts a seminar on 14 May" (a plan's verb, tense._PLANNED) and "The seminar opens on 14 May" (an event's present,
tense._PRESENT_EVENT), read on 1 December in an item that dates nothing, are both the coming May, as "will be held on
14 May" is; the note says the year was inferred from the tense. Before, the first went to the coming May and the
second to the careful default's May gone by. A bare mention keeps the default's window, and a span told in the present
may be running on the reference date. Issue #10, the forms left by earlier sessions. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 1)


def _events(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"Institute seminar\n\nSource: Test institute\n\n{sentence}\n"
    return [(f"{e.start:%Y-%m-%d}", e.notes) for e in extract(text, source="t", reference=_REFERENCE).events]


@pytest.mark.parametrize("sentence", [
    "The institute hosts a seminar on soil science in Lyon on 14 May.",
    "The seminar on soil science opens in Lyon on 14 May.",
    "The soil science seminar begins on 14 May in Lyon.",
    "The soil science seminar takes place on 14 May in Lyon.",
    "The soil science seminar will be held on 14 May in Lyon.",
])
def test_the_present_of_a_schedule_is_the_coming_day(sentence: str) -> None:
    [(day, notes)] = _events(sentence)
    assert day == "2027-05-14"
    assert any("told as to come" in note for note in notes)


def test_a_bare_mention_keeps_the_window() -> None:
    assert [day for day, _ in _events("Soil science seminar: 14 May, Lyon.")] == ["2026-05-14"]


def test_a_span_in_the_present_running_now_keeps_its_year() -> None:
    assert [day for day, _ in _events("The soil science exhibition runs from 6 November to 30 March.")] \
        == ["2026-11-06"]
