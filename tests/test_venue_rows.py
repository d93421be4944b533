"""A programme's row that gives a time and, after a comma, only where ("– 9.30 Uhr, Schloss Bellevue"), with what
happens there on the line below: the event is the line below, at that venue. Texts of our own, through the whole
parser."""

from __future__ import annotations

import pytest

from tests.year_texts import events_of

ROWS = [
    # (body, expected (start hour, words of the summary, words of the location), why)
    ("Freitag, 14. März 2025\n– 9.30 Uhr, Schloss Bellevue\nDer Präsident begrüßt den Gast mit militärischen Ehren.\n"
     "– 11.00 Uhr\nGemeinsame Pressekonferenz",
     [("09:30", "begrüßt", "Schloss Bellevue"), ("11:00", "Pressekonferenz", "")],
     "a known venue after the time: what happens is the next line"),
    ("Friday 14 March 2025\n– 7.30 pm, Town Hall\nThe mayor gives a dinner for the visiting choir.",
     [("19:30", "dinner", "Town Hall")], "a venue word ('Hall') makes the words after the comma a venue"),
    ("Meetings\n\n– 14 March 2025, 10:30 a.m., Town Hall\n\n– Roads Committee: Friday, 4 April 2025, open session",
     [("10:30", "Town Hall", "")], "a line with a date of its own is the next entry, not what happens at the venue"),
    ("Friday 14 March 2025\n– 10:00, Opening of the fair by the mayor\nStands open to the public until 6 pm.",
     [("10:00", "Opening of the fair", "")], "words after the comma that name no venue are what happens"),
    ("Coming up\n\nMar 14 • 7:00 PM • Council Chamber\nBudget consultation\n\nMar 16 • 6:30 PM • Civic Centre\n"
     "Open house on the transit plan",
     [("19:00", "Budget consultation", "Council Chamber"), ("18:30", "Open house", "Civic Centre")],
     "an events page's cards: date, time and venue as bulleted cells over the title"),
    ("Coming up\n\nFri, Mar 14, 2025 | 6:00 PM | Old Church Hall\nMeeting on the harbour walk",
     [("18:00", "harbour walk", "Old Church Hall")], "the cells parted by bars"),
]


@pytest.mark.parametrize(("body", "expected", "why"), ROWS, ids=[row[2] for row in ROWS])
def test_a_rows_venue_waits_for_what_happens_there(body: str, expected: list[tuple[str, str, str]],
                                                   why: str) -> None:
    found = sorted((e for e in events_of(body, "Programme") if not e.all_day), key=lambda e: e.start)
    assert len(found) == len(expected), why
    for event, (hour, summary, location) in zip(found, expected, strict=True):
        assert event.start.strftime("%H:%M") == hour, why
        assert summary in event.summary, why
        assert location in f"{event.location} {event.sentence}", why


def test_cards_of_date_venue_and_time_each_give_their_event() -> None:
    # Each card: its date line, its venue, its hours; a blank line before the next card. The first card's time was
    # dropped, as a time with no words followed by another entry is (cells pasted one a paragraph).
    body = ("The committee will hold public hearings as follows:\n\nTuesday 11 March 2025\nTown Hall, Room 2\n"
            "9.00am – 12.30pm\n\nWednesday 12 March 2025\nHarbour Convention Centre\n10.00am – 4.00pm")
    found = sorted((e for e in events_of(body, "Hearings") if not e.all_day), key=lambda e: e.start)
    assert [e.start.strftime("%d %H:%M") for e in found] == ["11 09:00", "12 10:00"]


@pytest.mark.parametrize("heading", ["Upcoming events", "What's on", "Coming up", "Calendar"])
def test_a_listing_pages_heading_names_no_card(heading: str) -> None:
    body = (f"{heading}\n\nWinter Lecture: Rivers of the North\nMarch 14, 2025 6:00 PM - 8:00 PM\n"
            "Main Library Auditorium")
    [event] = events_of(body, "Library news")
    assert "Rivers of the North" in event.summary, heading
    assert heading not in event.summary, heading


def test_the_people_who_run_it_name_no_event() -> None:
    body = ("PROGRAMME DIRECTOR: Ms A. Dlamini\nDATE: 14 March 2025\nTIME: 10h00\nVENUE: Civic Centre Hall")
    [event] = events_of(body, "Opening of the new clinic")
    assert event.summary.endswith("Opening of the new clinic")
    assert event.start.strftime("%H:%M") == "10:00"
