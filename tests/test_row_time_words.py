"""An agenda's row that names a part of the day or of a sitting ("2:00pm Question Time", "01:00 Free time for
lunch") keeps its words: "X time" there is no clock's name, as "Geneva time" is (world-fifteenth 14). Rows in our
own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

SITTING = """Order of the day

Source: A state parliament

Tuesday, 9 March 2027

9:30am Prayers
2:00pm Question Time
3:30pm Free time for members
"""


def test_a_row_named_question_time_or_free_time_keeps_its_words() -> None:
    events = extract(SITTING, source="rows", reference=REFERENCE).events
    assert sorted(e.summary for e in events) == ["Free time for members", "Prayers", "Question Time"]
    assert not any("unknown time-zone label" in note for e in events for note in e.notes)


def test_a_city_clock_after_a_time_is_still_its_label() -> None:
    text = "Call\n\nSource: A ministry\n\nThe call is on Tuesday, 9 March 2027 at 10:00 Geneva time.\n"
    (event,) = extract(text, source="rows", reference=REFERENCE).events
    assert event.timezone == "Europe/Zurich"
