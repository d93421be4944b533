"""An advisory's invitation to the press ("Media are welcome at the EAC Secretariat on 3rd March 2031 from 10H00")
names the happening its fields give ("TIME: 10H00 -10H45 (EAT) ... WHAT: a press briefing on") again: one event, not
two at one instant. (Seen in an African Union organ's media advisory.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)

BODY = """MEDIA ADVISORY: the press is asked to a briefing

WHEN: Monday, 3rd March 2031
TIME: 10H00 -10H45 (EAT)
WHERE: Room 4, East African Community Secretariat, Arusha, Tanzania (shown live online too)
WHO: Ms. Jane Roe, head of the Youth Desk.
WHAT: a press briefing on
- ten years of the youth forum (EAYF @10): what it set out to do and what it did;
- a call to youth groups to stand for the forum's board, and its new country branches;
- a new shared register of youth projects.

{invitation}

Press enquiries: John Doe, Head of Communications, East African Community Secretariat.
"""


def _starts(invitation: str) -> list[str]:
    text = (f"Media advisory: youth forum briefing at the EAC Secretariat\n\nSource: Example Forum\n\n"
            f"{BODY.format(invitation=invitation)}")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Africa/Nairobi").events
    return sorted(str(e.start) for e in events)


@pytest.mark.parametrize("invitation", [
    "Media are welcome at the EAC Secretariat on 3rd March 2031 from 10H00.",
    "Reporters are welcome at the EAC Secretariat on 3rd March 2031 from 10H00.",
])
def test_the_invitation_is_the_same_briefing(invitation: str) -> None:
    assert _starts(invitation) == ["2031-03-03 10:00:00+03:00"]
