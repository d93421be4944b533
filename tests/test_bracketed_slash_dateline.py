"""A date and its town in brackets of their own opening the body, the town after a slash ("(24 September 2031/Quezon
City) The agency invites ..."), is the release's dateline, not an event; a date in brackets that no town follows
is read as before. (Seen in a space agency's programme of a week of webinars.) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(opening: str) -> list[str]:
    text = ("Space week webinars\n\nSource: Example Space Agency\n\n"
            f"{opening} The agency invites students to its space week, which opens with a webinar.\n\n"
            "12 October 2031\nRockets for beginners\n09:00 AM – 10:30 AM (PhST)\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Asia/Manila").events
    return sorted(str(e.start)[:10] for e in events)


def test_a_bracketed_date_and_town_after_a_slash_is_a_dateline() -> None:
    days = _days("(29 September 2031/Quezon City)")
    assert "2031-09-29" not in days
    assert "2031-10-12" in days


def test_a_bracketed_dateline_with_a_town_of_two_words_after_a_spaced_slash() -> None:
    assert "2031-09-29" not in _days("(29 September 2031 / Pasig City)")
