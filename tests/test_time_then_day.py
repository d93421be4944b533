"""A time alone, then its day in the next sentence (issue #10): "A town hall meeting will be held at 7 p.m. The
meeting is on Tuesday 8 December." is one meeting at 7 p.m. on 8 December, not also one at 7 p.m. on the day the
release went out. Texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 1)


def _item(body: str) -> str:
    return f"River plan meeting\n\nSource: City of Springfield\n\nSpringfield, Illinois, 1 December 2026 - {body}\n"


def _said(body: str) -> list[str]:
    events = extract(_item(body), source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if e.timezone else f"{e.start:%Y-%m-%d}" for e in events)


def test_the_day_in_the_next_sentence_takes_the_time() -> None:
    assert _said("A town hall meeting will be held at 7 p.m. The meeting is on Tuesday 8 December at the "
                 "Civic Centre.") == ["2026-12-08 19:00"]


def test_the_merged_event_keeps_both_sentences() -> None:
    events = extract(_item("A public hearing on the budget starts at 6:30 p.m. The hearing takes place on "
                           "Thursday 10 December."), source="test", reference=_REFERENCE).events
    assert len(events) == 1
    assert "6:30 p.m." in events[0].sentence
    assert "Thursday 10 December" in events[0].sentence


def test_another_kind_on_the_next_day_stays_apart() -> None:
    # A briefing today at 3 p.m., then a conference on a later day: two things.
    assert _said("The mayor gives a press briefing at 3 p.m. The planning conference is on Tuesday 8 "
                 "December.") == ["2026-12-01 15:00", "2026-12-08"]


def test_a_day_that_already_has_its_time_stays_apart() -> None:
    assert _said("A town hall meeting will be held at 7 p.m. The next meeting is on Tuesday 8 December at "
                 "6 p.m.") == ["2026-12-01 19:00", "2026-12-08 18:00"]
