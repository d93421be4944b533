"""A list line of days whose bracketed note says what the day is instead of a meeting ("9-10 September 2026 (public
holiday)", "(deadline for papers)") is no meeting of the list, as a note saying "(cancelled)" is not (issue #10, "Not
events"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


@pytest.mark.parametrize("note", ["public holiday", "deadline for papers"])
def test_the_note_takes_the_day_off_the_list(note: str) -> None:
    text = ("Board meetings\n\nSource: Alliance for Health\n\nBoard meetings 2026:\n\n"
            "- 12-13 March 2026, Accra\n- 17-18 June 2026 (Board Retreat)\n- 6-7 October 2026, Nairobi\n"
            f"- 9-10 November 2026 ({note})\n")
    starts = [f"{e.start}" for e in extract(text, source="test", reference=_REFERENCE).events]
    assert starts == ["2026-03-12", "2026-06-17", "2026-10-06"]
