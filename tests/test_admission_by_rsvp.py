""""A reception follows from 4pm to 6pm, by RSVP only": who may come ("by RSVP only", "by registration only") is a
condition of the event the clause names, not a practicality of its own; the event stays (issue #10, "Not events").
"RSVP by 20 May", "registration closes at 5pm" are still errands. Seen in world-ninetysecond (a High Commission's
reception after a Thanksgiving Mass was lost); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)
_MASS = "You are invited to a service at St Paul's Cathedral, London, on Saturday 23 May 2026 at 11am.\n\n"


def _utc(body: str) -> list[str]:
    text = f"Invitation\n\nSource: High Commission\n\n{_MASS}{body}\n"
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}"
                  for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize("body", [
    "A lunch reception follows from 1pm to 3pm, by RSVP only.",
    "A lunch reception follows from 1pm to 3pm, by registration only.",
])
def test_admission_by_rsvp_keeps_the_event(body: str) -> None:
    assert _utc(body) == ["2026-05-23 10:00", "2026-05-23 12:00"]  # London, BST


def test_an_rsvp_deadline_is_still_no_event() -> None:
    assert _utc("Please RSVP by 5pm on Wednesday 20 May 2026.") == ["2026-05-23 10:00"]
