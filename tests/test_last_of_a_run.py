"""English "last" before a day marks it gone by ("announced it last Oct. 10") only where it is not the end of a run:
"first 10 March 2026, last 14 March 2026" and "the first on 10 March 2026, the last 14 March 2026" name the last
performance, to come. A day with its year, "the last", or a "first" before it in the sentence is such an end.
Review of s49-w136 (pastdays._GONE_BEFORE "last"); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(body: str) -> list[str]:
    text = f"Theatre\n\nSource: Example Theatre\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("body", [
    "The play runs for five nights, first 10 March 2026, last 14 March 2026, at 19:30 each night.",
    "Two dates remain: the first on 10 March 2026, the last 14 March 2026, both at 19:30.",
])
def test_the_last_of_a_run_is_to_come(body: str) -> None:
    assert _events(body) == ["2026-03-10 19:30", "2026-03-14 19:30"]
