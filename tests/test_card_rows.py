"""A card of a university's or a museum's event list: a title line, a line of who speaks, then a row of cells with only
the date, the time and the room ("Monday, April 15 2019 | 5:00 PM | West Hall, Room 9"), then a description. The
card's title names the event, not the room (world-twentythird 11: two rows were named after their rooms). Items in our
own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

CARD = """Talks this term

Source: Department of Geography

{title}
{people}
{row}
{description}
"""

# (title line, people line, row, the event's summary holds, why)
ROWS = [
    ("SEMINAR: rivers that change course", "Ana Ribeiro (Lisbon) and Tomas Berg (Uppsala)",
     "Tuesday, March 10 2026 | 4:00 PM | Geography Building, Room 212", "rivers that change course",
     "a row of date, time and room under a title: the title names it"),
    ("BOOK LAUNCH: a history of the old port", "The authors, with the city archivist",
     "Friday, March 13 2026 | 6:30 PM | Central Library Auditorium", "history of the old port",
     "the same with a library's auditorium"),
]


@pytest.mark.parametrize(("title", "people", "row", "named", "why"), ROWS)
def test_a_card_row_takes_its_title(title: str, people: str, row: str, named: str, why: str) -> None:
    text = CARD.format(title=title, people=people, row=row,
                       description="The speakers show maps from two centuries and answer questions.")
    events = [e for e in extract(text, source="cards", reference=REFERENCE).events if not e.all_day]
    assert len(events) == 1, why
    assert named in events[0].summary, (why, events[0].summary)


def test_a_row_with_words_of_its_own_keeps_them() -> None:
    text = CARD.format(title="SEMINAR: rivers that change course", people="Ana Ribeiro and Tomas Berg",
                       row="Tuesday, March 10 2026 | 4:00 PM | Field trip to the estuary, meeting at the main gate",
                       description="Bring boots.")
    events = [e for e in extract(text, source="cards", reference=REFERENCE).events if not e.all_day]
    assert [e.start.strftime("%H:%M") for e in events] == ["16:00"]
    assert "estuary" in events[0].summary


def test_a_cards_span_of_days_is_its_event_over_every_day() -> None:
    text = "River forum 2026\n\nSource: A basin commission\n\nVenue: Lakeside Hall, Kisumu\nDate: 10-12 March 2026\n"
    (event,) = extract(text, source="cards", reference=REFERENCE).events
    assert (str(event.start), str(event.end)) == ("2026-03-10", "2026-03-13")


@pytest.mark.parametrize("how", ["Virtual", "Online", "In person", "via Zoom"])
def test_a_row_saying_only_how_to_attend_takes_the_title(how: str) -> None:
    text = (f"Water board budget session\n\nSource: A water board\n\n2 March 2026\n\n"
            f"Tuesday, March 17, 2026 | 10:00 AM | {how}\n")
    (event,) = extract(text, source="cards", reference=REFERENCE).events
    assert "budget session" in event.summary, event.summary
    assert how in event.summary, event.summary
