"""A writer's name alone on a line over the minute the story was filed ("Antonella Sabia" / "Wednesday, 10 January
2018 13:13"): a news site's byline and stamp, no event. The name was taken for an event's title at 13:13. Shown by
world-sixtyfirst 11, a hospital's open day reported under such a byline. A date and a round time under a name
("Opening Ceremony" / "Saturday 4 May 2024 10:00") stays an event: no one files a story at a round minute more
than at any other, but meetings are set on the five minutes. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = "{title}\n\nSource: {org}\n\n{body}\n"


def _timed(title: str, org: str, body: str) -> list[dt.datetime]:
    events = extract(ITEM.format(title=title, org=org, body=body), source="x", reference=dt.date(2026, 1, 10)).events
    return [e.start for e in events if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("title", "org", "body"), [
    ("New cardiology ward", "Example Hospital Trust",
     "Maria Rossi\nThursday, 12 March 2026 09:47\n\nThe new cardiology ward was presented this morning; it opens to "
     "patients on Monday 16 March."),
    ("Library reopens", "Example City Libraries",
     "Jonas Berg\nFriday, 6 February 2026 16:22\n\nThe central library reopened its reading rooms after the works; "
     "a public tour follows on Saturday 14 February."),
])
def test_the_filed_minute_under_a_byline_is_no_event(title: str, org: str, body: str) -> None:
    assert _timed(title, org, body) == []


def test_a_round_time_under_a_heading_stays() -> None:
    starts = _timed("Sports day", "Example School Board",
                    "Opening Ceremony\nSaturday 4 April 2026 10:00\n\nPupils and parents gather on the main field.")
    assert [(s.month, s.day, s.hour, s.minute) for s in starts] == [(4, 4, 10, 0)]
