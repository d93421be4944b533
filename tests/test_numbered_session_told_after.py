"""A numbered session named as what a later meeting is about ("The report of the 78th session of the UN General
Assembly is discussed on May 14", "a follow-up workshop to the 42nd ASEAN Summit") does not put the item in the
session's year: the meeting comes after it, and its year-less day is read as any other's. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _years(line: str) -> list[int]:
    text = f"Briefing\n\nSource: Mission\n\n{line}\n"
    return [e.start.year for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "The report of the 78th session of the UN General Assembly is discussed at the mission on May 14 at 10 am.",
    "A follow-up workshop to the 42nd ASEAN Summit takes place in Jakarta on May 14 at 10 am.",
])
def test_a_meeting_about_a_past_session_is_not_in_its_year(line: str) -> None:
    assert _years(line) == [2026]
