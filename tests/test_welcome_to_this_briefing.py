"""A host's welcome that dates the event the text records: "welcome to our press briefing this morning, March 26",
"Good afternoon and welcome to today's news conference, Thursday 4 July". The words are spoken at the event: the
text is its transcript, and the day is the record's, nothing to come.

A Philippine presidential press office's transcript (world-fiftyeighth item 6) opened so, and its briefing became an
event. The texts are our own.
"""

from __future__ import annotations

import datetime as dt

import parsers


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in parsers.extract(text, source="x", reference=dt.date(2026, 12, 4)).events]


def test_a_welcome_to_this_mornings_briefing_is_its_transcript() -> None:
    text = ("Press briefing with the Transport Secretary\n\nMS. REYES: Good morning to the press corps, and welcome "
            "to our press briefing this morning, 14 May 2025.\n\nSEC. CRUZ: Thank you. The new bus lanes open "
            "next year.\n")
    assert _starts(text) == []


def test_a_welcome_to_todays_news_conference_is_its_transcript() -> None:
    text = ("Mayor's news conference\n\nMAYOR LINDQVIST: Good afternoon and welcome to today's news conference, "
            "Thursday, 4 July 2024. I will start with the harbour works.\n")
    assert _starts(text) == []


def test_a_welcome_to_a_briefing_still_to_come_stays() -> None:
    # an invitation names a briefing ahead: "you are welcome to attend": that one stays an event
    text = ("Media advisory\n\nReporters are welcome to attend the press briefing on 20 May 2025 at the city hall.\n")
    assert [s if isinstance(s, dt.date) and not isinstance(s, dt.datetime) else s.date()
            for s in _starts(text)] == [dt.date(2025, 5, 20)]
