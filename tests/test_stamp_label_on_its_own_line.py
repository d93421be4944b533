"""A page's stamp label alone on its line, its date and its minute on the lines below ("Stand:" / "Dienstag, 27. Juni"
/ "11:45 Uhr", as a parliament's plenary timetable prints it over the day headings of its sitting): one stamp, no
event, and its date no day heading over the next row (world-sixtythird 1: the stamp became an event on 27 June at
11:45, titled by the note below it). The same stamps on one line in German, French and Spanish ("Aktualisiert:",
"Mis à jour :", "Actualizado el") are no events either. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {source}

{label}
{day}
{minute}

{note}

{heading}

{row}
{what}
"""

CASES = [
    dict(title="Zeitplan der Herbsttagung", source="Landtag", label="Stand:", day="Montag, 3. Oktober",
         minute="16:20 Uhr", note="→ Kurzfristige Änderungen bleiben vorbehalten",
         heading="Mittwoch, 5. Oktober 2033", row="10:00 Uhr", what="Aktuelle Stunde zur Energiepolitik",
         zone="Europe/Berlin", start="2033-10-05T10:00:00+02:00"),
    dict(title="Council week at a glance", source="Borough Council", label="Last updated:", day="Friday, 30 September",
         minute="09:05", note="Times may still change before the meetings.",
         heading="Tuesday, 4 October 2033", row="18:30", what="Planning committee meets in the council chamber",
         zone="Europe/London", start="2033-10-04T18:30:00+01:00"),
    dict(title="Wochenvorschau des Rathauses", source="Stadtverwaltung", label="Aktualisiert:",
         day="Freitag, 30. September", minute="08:50 Uhr", note="Alle Angaben ohne Gewähr.",
         heading="Donnerstag, 6. Oktober 2033", row="17:00 Uhr", what="Sitzung des Stadtrats im Ratssaal",
         zone="Europe/Berlin", start="2033-10-06T17:00:00+02:00"),
    dict(title="Agenda semanal de la asamblea", source="Asamblea Regional", label="Última actualización:",
         day="lunes, 3 de octubre", minute="12:40", note="Los horarios pueden variar.",
         heading="jueves, 6 de octubre de 2033", row="11:00 horas", what="Pleno ordinario de la Asamblea Regional",
         zone="Europe/Madrid", start="2033-10-06T11:00:00+02:00"),
]


@pytest.mark.parametrize("case", CASES, ids=[c["source"] for c in CASES])
def test_a_stamp_set_over_three_lines_is_no_event(case: dict[str, str]) -> None:
    events = extract(ITEM.format(**case), source="agenda", reference=dt.date(2033, 9, 1),
                     default_zone=case["zone"]).events
    assert [e.start.isoformat() for e in events] == [case["start"]]


def test_a_stamp_without_its_minute_is_no_day_heading() -> None:
    text = ITEM.format(title="Sitting plan", source="House of Assembly", label="Last updated:",
                       day="Friday, 30 September", minute="", note="Subject to change.",
                       heading="Tuesday, 4 October 2033", row="14:00", what="The House sits for questions")
    events = extract(text, source="agenda", reference=dt.date(2033, 9, 1), default_zone="Europe/London").events
    assert [e.start.isoformat() for e in events] == ["2033-10-04T14:00:00+01:00"]


@pytest.mark.parametrize("stamp", ["Mis à jour : lundi 3 octobre 2033, 10:15",
                                   "Aktualisiert: Montag, 3. Oktober, 10:15 Uhr",
                                   "Actualizado el lunes 3 de octubre, 10:15"])
def test_a_stamp_on_one_line_in_other_languages_is_no_event(stamp: str) -> None:
    text = (f"Weekly plan\n\nSource: Regional Council\n\n{stamp}\n\n"
            "The council sits on Thursday 6 October 2033 at 11:00.\n")
    events = extract(text, source="agenda", reference=dt.date(2033, 9, 1), default_zone="Europe/Paris").events
    assert [e.start.isoformat() for e in events] == ["2033-10-06T11:00:00+02:00"]
