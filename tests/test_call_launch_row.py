"""A key date's row that opens a call with its noun first: "2 Mar  Launch of the call for candidates".

A timeline of a selection ("Launch of the call for candidates", "Opening of applications", "Close of the call for
proposals") gives the days its window opens and closes; nobody gathers then. The window's bounds written verb last
("Applications open", "Call for papers closes") were no events already; the noun-first form, as an EU agency's
timeline writes it, became a day event. A meeting in the same timeline stays one.

Seen in world-hundredfortyseventh (item 10, EIOPA's "Timeline 2020"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _days(body: str) -> list[str]:
    text = f"Selection of experts\n\nSource: Agency\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("row", [
    "3 Feb\tLaunch of the call for candidates",
    "3 Feb\tOpening of applications",
    "3 Feb\tClose of the call for proposals",
])
def test_a_window_s_bound_is_no_event(row: str) -> None:
    body = f"Timeline 2031\n{row}\n20 May\tFirst meeting of the expert panel."
    assert _days(body) == ["2031-05-20"]


def test_a_launch_event_is_kept() -> None:
    body = "Timeline 2031\n3 Feb\tLaunch of the report at the Palais des Congrès\n20 May\tFirst meeting of the panel."
    assert _days(body) == ["2031-02-03", "2031-05-20"]
