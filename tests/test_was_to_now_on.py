"""A plan told with "was to" whose day the same sentence replaces after "now" ("The library was to open on Thursday,
May 6, and will now open on Monday, May 10"): only the new day is an event. Seen in world-hundredtwentysixth, a set
of items where a moved plan gave both days. "was to" alone, with no "now" and later day, is a plan that still
stands (reported speech) and keeps its day. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_HEAD = "Opening moved\n\nSource: City of Springfield\n\nApril 20, 2021 - "


def _days(sentence: str) -> list[str]:
    return sorted(f"{e.start:%m-%d}" for e in extract(_HEAD + sentence + "\n", source="city",
                                                        reference=dt.date(2021, 4, 20)).events)


@pytest.mark.parametrize("sentence", [
    "The new central library was to open on Thursday, May 6, and will now open on Monday, May 10, the city said.",
    "The museum's new wing was to open on May 6 but will now open on May 10.",
    "The councillors were to meet on May 6 and are now meeting on May 10 in the town hall.",
])
def test_only_the_new_day_is_an_event(sentence: str) -> None:
    assert _days(sentence) == ["05-10"]


def test_was_to_without_a_new_day_keeps_its_day() -> None:
    assert _days("The mayor said the new central library was to open on Thursday, May 6.") == ["05-06"]
