"""A line that names a diary and ends with its day dates the rows below it in the languages of Europe and the
Americas too: "Agenda de la Canciller, jueves 7 de marzo", "Programme de la ministre, jeudi 7 mars", "Termine der
Ministerin am Donnerstag, 7. März". A Chilean ministry's daily agenda showed the form. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)
ROWS = "09:30 hrs. Encuentro con el Embajador de Corea.\n13:00 hrs. Punto de prensa en el patio de la Cancillería."


@pytest.mark.parametrize("heading", [
    "Agenda de la Canciller, jueves 7 de marzo",
    "Programme de la ministre, jeudi 7 mars",
    "Termine der Ministerin am Donnerstag, 7. März",
])
def test_a_diary_heading_with_a_lead_dates_its_rows(heading: str) -> None:
    text = f"Agenda\n\nSource: A ministry of foreign affairs in Santiago\n\n{heading}\n\n{ROWS}\n"
    events = extract(text, source="diary", reference=REFERENCE).events
    assert sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events) == ["2024-03-07 09:30", "2024-03-07 13:00"]


@pytest.mark.parametrize("sentence", [
    "Le programme de la visite du président sera présenté à la presse le jeudi 7 mars",
    "El Ministro presentará el programa de becas en Rancagua el jueves 7 de marzo",
    "The Minister will present the programme of the state visit in Parliament on Thursday 7 March",
])
def test_a_sentence_that_names_a_programme_is_no_heading(sentence: str) -> None:
    text = f"News\n\nSource: A ministry of foreign affairs in Santiago\n\nPublished 1 March 2024\n\n{sentence}\n"
    events = extract(text, source="diary", reference=REFERENCE).events
    assert [f"{e.start:%Y-%m-%d}" for e in events] == ["2024-03-07"]
