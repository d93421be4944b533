"""Opening hours are a standing rule, not events ("Opening hours: Mon-Fri 9am-5pm", "Öffnungszeiten: Mo.-Fr. 8-16
Uhr", "open daily from 10:00 to 18:00"); the opening they follow is an event. Each text is our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

CENTRE = """New visitor centre

Source: A lakeside park authority

Published: 2 March 2027

The visitor centre will be opened by the mayor on Saturday 13 March 2027 at 11am.

{hours}
"""


@pytest.mark.parametrize(("hours", "why"), [
    ("Opening hours: Mon-Fri 9am-5pm, Sat 10am-4pm.", "a labelled line, weekday spans first"),
    ("Öffnungszeiten: Mo.-Fr. 8-16 Uhr, Do. bis 18 Uhr.", "German, with abbreviations a sentence splitter cuts at"),
    ("The cafe is open daily from 10:00 to 18:00.", "'open daily'"),
    ("Hours: 9am - 5pm daily.", "a label and 'daily' after the hours"),
    ("The help desk is staffed 8.30am to 4.30pm, Monday to Friday.", "hours first, then the weekdays"),
    ("The shop is open seven days a week, 10am-6pm.", "'seven days a week'"),
    ("Horaires d'ouverture : du lundi au vendredi de 9 h à 17 h.", "French"),
])  # fmt: skip
def test_opening_hours_are_no_events(hours: str, why: str) -> None:
    assert listed(CENTRE.format(hours=hours)) == ["2027-03-13 11:00"], why


def test_office_hours_held_on_a_day_stay() -> None:
    text = CENTRE.format(hours="The councillor will hold office hours on Friday 19 March 2027 at 2pm in the library.")
    assert listed(text) == ["2027-03-13 11:00", "2027-03-19 14:00"], "a councillor's office hours are an event"


def test_a_reopening_day_stays_without_the_hours() -> None:
    text = CENTRE.format(hours="The old library reopens to the public on Monday, 15 March 2027; hours 9:30 to 5:30, "
                               "Monday through Saturday")
    assert listed(text) == ["2027-03-13 11:00", "2027-03-15"], "the day it reopens is an event; its hours a rule"


def test_a_fairs_hours_line_is_its_time() -> None:
    text = """Craft fair

Source: A village hall committee

Published: 2 March 2027

The spring craft fair takes place in the village hall.

Saturday 13 March 2027

Hours: 10 a.m. - 4 p.m.
"""
    assert listed(text) == ["2027-03-13 10:00"], "'Hours:' under one day, with no days of the week: that day's"
