"""merge.distinct weighs a finding only against those kept at its days and time: a long programme was weighed row
against row (20,000 rows of a day took 90 s, nearly all of it comparing rows hours apart). Rows at one moment still
merge or stay two as before. Texts of our own."""

from __future__ import annotations

import pytest

from parsers import extract, merge

from .conftest import REFERENCE


def _programme(rows: int) -> str:
    lines = [f"{(i // 60) % 24:02d}:{i % 60:02d} – Working session {i}" for i in range(rows)]
    return "Long programme\n\nTuesday 3 February 2026\n" + "\n".join(lines) + "\n"


def test_rows_at_different_times_are_never_weighed_against_each_other(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    same = merge._same
    monkeypatch.setattr(merge, "_same", lambda a, b: calls.append(1) or same(a, b))
    events = extract(_programme(600), source="rows", reference=REFERENCE).events
    assert len(events) == 600
    assert len(calls) < 100, "each row is weighed only against rows at its own moment"


@pytest.mark.parametrize(("text", "count", "why"), [
    ("Talks\n\nThe minister holds a press conference on Tuesday 3 February 2026 at 10:00 in Brussels.\n\n"
     "Tuesday 3 February 2026\n10:00 – Press conference\n", 1,
     "one happening told in a sentence and in a row at one moment merges"),
    ("Talks\n\nTuesday 3 February 2026\n10:00 – Press conference\n10:00 – Working lunch\n", 2,
     "two rows at one moment are two happenings"),
    ("Talks\n\nTuesday 3 February 2026\n10:00 – Press conference\n11:00 – Press conference\n", 2,
     "two moments stay two"),
])  # fmt: skip
def test_findings_at_one_moment_still_merge(text: str, count: int, why: str) -> None:
    assert len(extract(text, source="rows", reference=REFERENCE).events) == count, why
