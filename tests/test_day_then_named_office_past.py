"""A day opening its sentence, then a person's name and office set off by commas and a past of receiving or meeting
("On 14 May, Ana Reyes, Chair of the Election Commission, received the observers"), under a stamp of that same day, is a
report of the day of writing, not an event; told as to come ("will receive") it stays. (Seen in an election
commission's report of a meeting.) Texts of our own."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(verb: str) -> list[str]:
    text = ("Chair meets observers\n\nSource: Example Electoral Board\n\n14.05.2031 |\n\n"
            f"On May 14, Ana Reyes, Chair of the Central Election Commission of the Republic of Moldova, {verb} the "
            "delegation of the Union of Coastal States.\n\nThe mission thanked the board for its briefing.\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Asia/Almaty").events
    return sorted(str(e.start)[:10] for e in events)


def test_the_stamp_day_told_as_received_is_a_report() -> None:
    assert "2031-05-14" not in _days("received")


def test_the_stamp_day_told_as_to_come_stays() -> None:
    assert "2031-05-14" in _days("will receive")
