"""A table given one cell a line ("Time" / "Place" / "Event"): the venue cell under a time is where, the
line after it says what (UN Media Alert, world-third 1). Rows written in our own words."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE

TABLE = """Media programme: Friday, 6 March 2026

Source: An international organisation

Friday, 6 March 2026 (SUBJECT TO CHANGE)

Time
Place
Event

11:00 am
Briefing Room, S-100
Noon Briefing, Spokesperson for the Director

11:30 am
Briefing Room, S-100
Briefing by the Chair of the Assembly
"""

NO_WORDS = """Media programme: Friday, 6 March 2026

Source: An international organisation

Friday, 6 March 2026

11:00 am
Briefing Room, S-100

11:30 am
Conference of the Board
"""


def rows(text: str) -> list[tuple[str, str, str]]:
    events = extract(text, source="cells", reference=REFERENCE).events
    return sorted((f"{e.start:%H:%M}", e.summary, e.location) for e in events if not e.all_day)


@pytest.mark.parametrize(("text", "expected"), [
    (TABLE, [("11:00", "Noon Briefing, Spokesperson for the Director", "Briefing Room, S-100"),
             ("11:30", "Briefing by the Chair of the Assembly", "Briefing Room, S-100")]),
])
def test_the_venue_cell_is_where_and_the_next_cell_says_what(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(start, summary.split(": ", 1)[-1], where) for start, summary, where in rows(text)] == expected


def test_a_venue_cell_with_no_words_after_it_keeps_its_entry() -> None:
    found = rows(NO_WORDS)
    assert [start for start, _, _ in found] == ["11:00", "11:30"]
    assert "Briefing Room" in found[0][1] or "Briefing Room" in found[0][2]


CARD = """Lecture list
Source: A university

Lecture Series, 2019-2020 season

"Rivers Under Pressure"
with Jane Example and John Sample
Monday, October 12, 2026
Main Auditorium, 7:30 pm
Free tickets at the box office.
"""


def test_a_venue_and_time_line_on_a_card_is_named_by_the_card_title() -> None:
    # "Hall Auditorium, 7:30 pm" under a lecture card's date (Miami University, world-ninth 11): the venue is
    # not what happens; the card's first line is.
    found = [(start, summary) for start, summary, _ in rows(CARD)]
    assert len(found) == 1
    assert found[0][0] == "19:30"
    assert "Rivers Under Pressure" in found[0][1]


# A programme of rows of cells (kind | date and time | room), each over the line that says what it is
# (India International Centre, world-twelfth 6). Rows written in our own words.
ROWS_OVER_NAMES = """Events at the Hall this month

Source: A cultural centre

Lecture | 12 May 2025, 05:30 pm | Hall B, main building
Rivers of the Northern Plains

Reading Circle | 14 May 2025, 06:00 pm | Hall B, main building
A novel of the monsoon years (Lantern Press, 2023), with its translator and two critics; a poet chairs.
"""


def test_the_line_under_a_row_of_cells_names_or_describes_its_entry() -> None:
    events = sorted(extract(ROWS_OVER_NAMES, source="cells", reference=REFERENCE).events, key=lambda e: e.start)
    assert [f"{e.start:%d %H:%M}" for e in events] == ["12 17:30", "14 18:00"]
    assert events[0].summary.endswith("Lecture: Rivers of the Northern Plains")  # a title names the entry
    assert "A novel of the monsoon years" in events[1].sentence  # a sentence describes it


# A row of cells over a field of a form ("Venue: ...", "Contact: ..."): the field is no name of the entry.
ROWS_OVER_A_FIELD = """Spring talks

Source: A county library

3 March 2027

Talk | 10 March 2027, 07:00 pm | Reading Room
Venue: County Library, 2 Bridge Street, Galway

Talk | 17 March 2027, 07:00 pm | Reading Room
Booking advised
"""


def test_a_field_under_a_row_of_cells_is_no_name_and_keeps_its_place() -> None:
    events = sorted(extract(ROWS_OVER_A_FIELD, source="cells", reference=REFERENCE).events, key=lambda e: e.start)
    assert [e.timezone for e in events] == ["Europe/Dublin", "Europe/Dublin"]  # the venue's town, not the default
    assert "Venue" not in events[0].summary


# A time on its line, then what happens, then where: "Visit to the University of Galway" names a venue inside what
# happens, and is no place column.
TIME_WHAT_WHERE = """Programme of the visit

Source: A president's office

3 March 2027

Tuesday, 9 March 2027

10:00
Visit to the University of Galway
Galway
"""


def test_an_act_naming_a_venue_is_what_happens_not_the_place_column() -> None:
    events = extract(TIME_WHAT_WHERE, source="cells", reference=REFERENCE).events
    assert [(e.summary, e.location) for e in events] == [("Visit to the University of Galway", "Galway")]
