"""A wire's dateline whose agency's initials are followed straight by the story ("Hyderabad, Dec 12 (PTI) Defence
Minister ...", no dash between) says when the story was filed: no event of that day (issue #10, "Not events"). Seen
in world-ninetysecond (an agency's copy of a defence release); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(body: str) -> list[str]:
    text = f"Parade\n\nSource: Ministry of Defence\n\n{body}\n"
    return sorted(str(e.start)[:10] for e in extract(text, source="test", reference=_REFERENCE).events)


@pytest.mark.parametrize("body", [
    "Pune, Mar 10 (PTI) The passing out parade at the academy on March 14 will have the Army chief as reviewing "
    "officer.",
    "Chennai, Mar 10 (IANS) Cadets of the academy march in the passing out parade on March 14, the Navy said.",
])
def test_the_filing_day_is_no_event(body: str) -> None:
    assert _days(body) == ["2026-03-14"]


def test_a_bracketed_room_is_no_agency() -> None:
    # "(Room 2)" names a room, not an agency: the day's session stays
    assert _days("Pune, Mar 10 (Room 2) Opening session of the cadets' seminar at 10:00.") == ["2026-03-10"]
