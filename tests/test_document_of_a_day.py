"""A communication or a letter named by its day, its reference number between: "since a communication of 4 April",
"our letter Ref. No: 2207/MIN/31 of 4 April", "the correspondence of 4 April". The day says when the paper was
written (parsers/documents.py), not that anything happens then. Issue #10, world-hundredfortyeighth item 11 (a
minister's letter of April 4 published twice as an event); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 10)


def _days(body: str) -> list[str]:
    events = extract(f"Notice\n\nSource: Ministry\n\n{body}\n", source="test", reference=_REFERENCE).events
    return sorted(f"{e.start}"[:10] for e in events)


@pytest.mark.parametrize(("body", "why"), [
    ("The chair set out the progress made since a communication of 4 April. The summit meets on 15 April.",
     "a communication named by its day"),
    ("Further to our letter Ref. No: 2207/04.03/MIN/31 of 4 April, the summit meets on 15 April.",
     "a letter with its reference number"),
    ("Under the correspondence of 4 April, the summit meets on 15 April.", "a correspondence"),
])
def test_the_paper_s_day_is_no_event(body: str, why: str) -> None:
    assert _days(body) == ["2026-04-15"], why


def test_a_communication_workshop_stays() -> None:
    assert _days("A communication workshop on 4 May will train press officers.") == ["2026-05-04"]
