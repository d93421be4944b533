"""A line under an advisory's time that tells the press when to come ("Media are asked to arrive by 10:15 a.m.")
is a practicality at a time of its own: it neither names the event nor is one. The event at the time above keeps
the item's title. A programme's row under its time ("Registration and coffee") is read as before. Items in our own
words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 12, 1)


def events(body: str, title: str = "Mayor opens the new branch library") -> list[tuple[str, str]]:
    text = f"{title}\n\nSource: City of Vancouver\n\n{body}\n"
    found = extract(text, source="t", reference=REFERENCE).events
    return sorted((f"{e.start:%Y-%m-%d %H:%M}", e.summary) for e in found)


def test_the_press_arrival_line_is_neither_the_title_nor_an_event() -> None:
    body = ("Tuesday, December 8, 2026\n10:30 a.m. PST\nMedia are asked to arrive by 10:15 a.m.\n"
            "Branch Library, 12 Main Street, Vancouver")
    assert events(body) == [("2026-12-08 10:30", "Mayor opens the new branch library")]


def test_reporters_should_arrive_in_a_sentence_is_no_event() -> None:
    body = "The mayor opens the branch library on Tuesday, December 8, 2026 at 10:30 a.m. in Vancouver.\n\n" \
           "Reporters should arrive at 10:15 a.m. to set up."
    assert [when for when, _ in events(body)] == ["2026-12-08 10:30"]


def test_a_programme_row_under_its_time_still_names_it() -> None:
    body = "Tuesday, December 8, 2026\n9:30 a.m.\nRegistration and coffee\n10:00 a.m.\nOpening address by the mayor"
    found = events(body, title="Library conference")
    assert ("2026-12-08 10:00", "Opening address by the mayor") in [(w, s.split(": ", 1)[-1]) for w, s in found]
