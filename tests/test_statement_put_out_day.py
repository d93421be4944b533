"""The day a statement was put out or issued ("in a statement the tribunal put out on Thursday evening, April 1: the
ruling comes out at about 10 am ... on Wednesday, 14 April") dates the saying, not an event, and the clock of what it
says is not that day's. The weekday and the part of the day may stand between the verb and the date ("on Thursday
evening, April 1"). Seen in world-hundredthirtieth (the PCA's award in the Philippines v. China arbitration: June 29
published at 11 am CEST). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_HEAD = "Ruling due on 14 April\n\nSource: Test Tribunal\n\n"


def _starts(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=dt.date(2027, 1, 10)).events)


@pytest.mark.parametrize("stamp", ["", "2 April 2027\n\n"])
@pytest.mark.parametrize("body", [
    "The hour was given in a statement the tribunal put out on Thursday evening, April 1: the ruling comes out at "
    "about 10 am CEST (The Hague) on Wednesday, 14 April 2027.",
    "The tribunal put out a statement on Thursday evening, April 1. The ruling comes out at about 10 am CEST on "
    "Wednesday, 14 April 2027.",
    "The registry issued a notice on Thursday morning, April 1. The ruling comes out at about 10 am CEST on "
    "Wednesday, 14 April 2027.",
])
def test_the_day_a_statement_came_out_is_no_event(stamp: str, body: str) -> None:
    assert _starts(f"{_HEAD}{stamp}{body}\n") == ["2027-04-14 10:00"]


def test_a_statement_to_be_issued_is_still_an_event() -> None:
    text = f"{_HEAD}The ruling is to be issued on Wednesday morning, 14 April 2027, at 10 am CEST.\n"
    assert _starts(text) == ["2027-04-14 10:00"]
