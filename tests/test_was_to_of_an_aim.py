"""An aim's "was to" and its verb says what the aim is, not a plan since changed: "The idea was to create a space
where neighbours meet, and the opening party on Friday ... celebrates just that" announces the party. A plan told so
("the ministers were to tour ... on Thursday") is still no event."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 3, 2)


def _starts(body: str) -> list[str]:
    events = extract(f"News release\n\nSource: Press office\n\n{body}\n", source="t", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("body", "start"), [
    ("The idea was to create a space where neighbours meet, and the opening party on Friday, March 20 at 6 p.m."
     " celebrates just that.", "2026-03-20 18:00"),
    ("The first step was to listen to residents, and the town hall meeting on Thursday, March 19 at 7 p.m. gives"
     " everyone a voice.", "2026-03-19 19:00"),
])
def test_an_aims_was_to_leaves_the_event(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_a_plan_told_in_the_past_is_still_none() -> None:
    assert _starts("The ministers were to tour the county on Thursday, March 19 at 10 a.m.") == []
