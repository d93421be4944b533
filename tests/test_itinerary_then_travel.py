"""A day's itinerary under the line of its town ("Halifax, Nova Scotia") whose last row travels on ("The Premier
will travel to Edmonton"): the rows are in the town of the head line, on its clock, and so is the time the traveller
sets out. The town travelled to, named once, is where the day ends, not where it happens. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITINERARY = """Itinerary for Friday, September 18, 2026

Source: A premier's office

Halifax, Nova Scotia

9:15 a.m.  The Premier will meet with the harbour commission.
Closed to media

1:00 p.m.  The Premier will open the new ferry terminal.
Open coverage

{last}
"""


@pytest.mark.parametrize("last", [
    "5:30 p.m.  The Premier will travel to Edmonton.",
    "5:30 p.m.  The Premier flies on to Edmonton.",
    "5:30 p.m.  The Premier heads to Edmonton for the federal meeting.",
])
def test_the_rows_and_the_departure_keep_the_head_lines_clock(last: str) -> None:
    events = extract(ITINERARY.format(last=last), source="itinerary", reference=dt.date(2026, 9, 1)).events
    timed = sorted((e for e in events if not e.all_day), key=lambda e: e.start)
    assert [(e.start.hour, e.start.minute) for e in timed] == [(9, 15), (13, 0), (17, 30)]
    assert {str(e.start.tzinfo) for e in timed} == {"America/Halifax"}



def test_a_journey_row_in_french_keeps_the_diary_at_home() -> None:
    """"Paris, le 5 juin 2031" over a week's rows whose last is "Déplacement à Abidjan": the rows before the journey
    are in Paris, not in the town travelled to, named once."""
    text = ("Agenda de la ministre\n\nSource: Un ministère\n\nParis, le 5 juin 2031\n\nLundi 9 juin\n"
            "09h30  Entretien avec le chef d'état-major\n15h00  Conseil de défense\n\nMercredi 11 juin\n"
            "10h00  Conseil des ministres\nAprès-midi  Déplacement à Abidjan : visite du contingent\n")
    events = extract(text, source="agenda", reference=dt.date(2031, 6, 1)).events
    assert {str(e.start.tzinfo) for e in events if not e.all_day} == {"Europe/Paris"}


def test_departing_en_route_to_another_clock_keeps_the_town_left() -> None:
    """"Departs Boston en route to Chicago" at 7:30 AM: the time is on Boston's clock, where the plane leaves."""
    text = ("Itinerary of the Secretary\n\nSource: A federal department\n\nThursday, October 8, 2026\n"
            "All times local\n\n7:30 AM   Departs Boston, Massachusetts en route to Chicago, Illinois\n"
            "9:10 AM   Arrives Chicago, Illinois\n10:30 AM  Visits a rail yard\n          Chicago, Illinois\n")
    events = extract(text, source="itinerary", reference=dt.date(2026, 9, 1)).events
    clocks = [(e.start.hour, str(e.start.tzinfo)) for e in sorted(events, key=lambda e: e.start)]
    assert clocks == [(7, "America/New_York"), (9, "America/Chicago"), (10, "America/Chicago")]
