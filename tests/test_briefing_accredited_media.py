"""A briefing for the accredited press, "The Commission will brief accredited media on the voter register audit on
Thursday 17 October 2024 from 11:00 am", is an event: "accredited" names its audience, not a practicality, and a
"voter register" is a book of records, not signing up. Accreditation itself stays no event. (Found by probes of the
held-out kind "unread": an election body's advisory.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"Media advisory\n\nSource: Example Electoral Commission of Ghana\n\nAccra, 14 October 2024\n\n{body}\n"
    return [str(e.start) for e in extract(text, source="t", reference=REFERENCE, default_zone="Africa/Accra").events]


@pytest.mark.parametrize("body", [
    "The Chairperson will brief accredited journalists on Thursday 17 October 2024 at 11:00 at the Commission.",
    "The Commission will hold a briefing on the voter register audit on Thursday 17 October 2024 at 11:00.",
    "The Minister addresses accredited diplomats on Thursday 17 October 2024 at 11:00 at the State House.",
])
def test_a_briefing_of_the_accredited_press_is_an_event(body: str) -> None:
    assert _starts(body) == ["2024-10-17 11:00:00+00:00"]


@pytest.mark.parametrize("body", [
    "Accredited journalists may collect their badges on Thursday 17 October 2024 from 11:00.",
    "Accreditation for the count closes on Thursday 17 October 2024 at 11:00.",
    "Eligible citizens may register to vote on Thursday 17 October 2024 from 11:00.",
])
def test_accreditation_and_registration_stay_no_event(body: str) -> None:
    assert _starts(body) == []
