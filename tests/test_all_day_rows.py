"""A diary's row said to fill its day, in several tongues ("All day  Site visit", "ganztägig  Truppenbesuch in
Celle", "toute la journée  Déplacement à Lille"): an event of that whole day, titled by the row's own words. Items
in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

DIARY = """{title}

Source: A ministry

{monday}
10:00  {first}

{wednesday}
{row}
"""


@pytest.mark.parametrize(("title", "monday", "first", "wednesday", "row", "words"), [
    ("Termine der Ministerin", "Montag, 3. März", "Gespräch mit Landräten", "Mittwoch, 5. März",
     "ganztägig  Truppenbesuch in Celle", "Truppenbesuch in Celle"),
    ("Agenda de la ministre", "Lundi 3 mars", "Entretien avec les maires", "Mercredi 5 mars",
     "toute la journée  Déplacement à Lille", "Déplacement à Lille"),
    ("Minister's diary", "Monday 3 March", "Meeting with mayors", "Wednesday 5 March",
     "all day  Visit to the flood defences", "Visit to the flood defences"),
])
def test_the_row_fills_its_day(title: str, monday: str, first: str, wednesday: str, row: str, words: str) -> None:
    text = DIARY.format(title=title, monday=monday, first=first, wednesday=wednesday, row=row)
    events = extract(text, source="diary", reference=dt.date(2031, 2, 20)).events
    days = [e for e in events if e.all_day]
    assert [(e.first_day, e.last_day) for e in days] == [(dt.date(2031, 3, 5), dt.date(2031, 3, 5))]
    assert days[0].summary.endswith(words)
    assert not days[0].summary.lower().startswith(("all day", "ganztägig", "toute la journée"))


def test_a_day_named_journee_keeps_its_name() -> None:
    """"Journée mondiale de l'eau" is a day's name, not "Journée" filling the day before the row's words."""
    text = DIARY.format(title="Agenda de la ministre", monday="Lundi 3 mars", first="Entretien avec les maires",
                        wednesday="Mercredi 5 mars", row="Journée portes ouvertes du ministère")
    events = extract(text, source="diary", reference=dt.date(2031, 2, 20)).events
    assert [e.summary for e in events if e.all_day] == ["Journée portes ouvertes du ministère"]


WEEK = """Wochenvorschau der Ministerin

Source: A ministry

Montag, 3. März
10.00 Uhr  Gespräch mit Landräten, Ministerium

Mittwoch, 5. März
{rows}

Stand: 28. Februar 2031
"""


def test_the_row_above_a_timed_row_of_its_day_stays_its_own() -> None:
    """"ganztägig  Truppenbesuch in Celle" over "17.00 Uhr  Pressestatement": two entries of the day, not the timed
    row said again without its time."""
    rows = "ganztägig  Truppenbesuch in Celle\n17.00 Uhr  Pressestatement am Standort"
    events = extract(WEEK.format(rows=rows), source="diary", reference=dt.date(2031, 2, 20)).events
    assert [e.summary for e in events if e.all_day and e.first_day == dt.date(2031, 3, 5)] \
        == ["Truppenbesuch in Celle"]
    assert [e.start.hour for e in events if not e.all_day and e.first_day == dt.date(2031, 3, 5)] == [17]


def test_the_row_under_a_timed_row_is_not_its_place() -> None:
    rows = "17.00 Uhr  Pressestatement am Standort\nganztägig  Truppenbesuch in Celle"
    events = extract(WEEK.format(rows=rows), source="diary", reference=dt.date(2031, 2, 20)).events
    assert all("ganztägig" not in e.location for e in events)


def test_a_row_under_a_bare_weekday_fills_that_day() -> None:
    """"Week commencing Monday 2 March" / "Thursday" / "All day – Council of ministers, Brussels"."""
    text = ("Minister's engagements\n\nSource: A ministry\n\nWeek commencing Monday 3 March 2031\n\nMonday\n"
            "11.00 – Visit to the port\n\nThursday\nAll day – Council of ministers, Brussels\n")
    events = extract(text, source="diary", reference=dt.date(2031, 2, 20)).events
    days = [(e.first_day, e.summary) for e in events if e.all_day]
    assert days == [(dt.date(2031, 3, 6), "Council of ministers, Brussels")]
