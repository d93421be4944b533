"""A day that opens its clause pointed back at ("That Saturday, 3rd May, she flew to Lagos") or plainly ("On 3 May,
they visited ..."), then a pronoun and a verb of the past, is history under a newer full date, as "On 3 March the
Committee met" is; told as to come ("That Saturday, she will fly ...") it stays. (Seen in a prime minister's travel
note.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(told: str) -> list[str]:
    body = (f"The Minister began her tour on Friday 2nd May 2031.\n\n{told}\n\n"
            "On Tuesday 6th May 2031 she meets the regional trade council in Accra.")
    text = f"The Minister's week\n\nSource: Example Office\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Africa/Lagos").events
    return sorted(str(e.start)[:10] for e in events)


@pytest.mark.parametrize("told", [
    "That Saturday, 3rd May, she flew to Lagos for talks on trade.",
    "That Saturday, 3rd May, they visited the port of Lagos.",
])
def test_a_day_pointed_back_at_then_a_past_is_history(told: str) -> None:
    assert "2031-05-03" not in _days(told)


def test_a_day_pointed_at_then_what_is_to_come_stays() -> None:
    assert "2031-05-07" in _days("That Wednesday, 7th May, she will fly to Lagos for talks on trade.")
