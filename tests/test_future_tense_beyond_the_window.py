"""A year-less day told as to come, further ahead of the reference date than the careful default's window (61 days),
in an item that dates nothing: read on 10 January, "The forum will be held on 4 April" is the April to come, not the
April before, which the default takes for a release of last spring. The tense decides: a future verb takes the
coming day, where it is the nearer of the two; a bare or a present mention keeps the window. Issue #10, the forms
left by earlier sessions. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)

CASES = [
    # (sentence, the event's day, why)
    ("The spring forum will be held on 4 April at 10:00 in the council chamber.", "2026-04-04",
     "a future verb: the coming April"),
    ("The council will hold its spring forum on 4 April at 10:00 in the council chamber.", "2026-04-04",
     "the future verb before the day"),
    ("Spring forum: 4 April, 10:00, council chamber.", "2025-04-04", "a bare mention keeps the window"),
    ("The spring forum opens on 4 April at 10:00 in the council chamber.", "2026-04-04",
     "the present of a schedule is told as to come too"),
    ("The winter forum will be held on 20 February at 10:00 in the council chamber.", "2026-02-20",
     "within the window, the default's day already"),
]


@pytest.mark.parametrize(("sentence", "expected", "why"), CASES, ids=[row[2] for row in CASES])
def test_the_tense_decides_beyond_the_window(sentence: str, expected: str, why: str) -> None:
    text = f"Council forum\n\nSource: Town council\n\n{sentence}\n"
    events = extract(text, source="t", reference=_REFERENCE).events
    assert [f"{e.start:%Y-%m-%d}" for e in events] == [expected], why


def test_an_item_with_a_date_of_its_own_is_left_to_it() -> None:
    text = ("Council forum\n\nSource: Town council\n\nIssued 2 March 2025\n\n"
            "The spring forum will be held on 4 April at 10:00 in the council chamber.\n")
    assert [f"{e.start:%Y-%m-%d}" for e in extract(text, source="t", reference=_REFERENCE).events] == ["2025-04-04"]


def test_the_coming_day_only_where_it_is_the_nearer() -> None:
    """Read on 1 December, "will meet on 9 June" is last June (175 days back) rather than next (190 ahead): an item
    that dates nothing may be months older than the reference date."""
    text = "Board\n\nSource: Town council\n\nThe board will meet on 9 June at 10:00 in the council chamber.\n"
    events = extract(text, source="t", reference=dt.date(2026, 12, 1)).events
    assert [f"{e.start:%Y-%m-%d}" for e in events] == ["2026-06-09"]
