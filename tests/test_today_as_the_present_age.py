"""A "today" that closes a stretch of time ("two centuries up to today", "letters from 1850 to today") or stands in
a Spanish relative clause with a verb of a lasting state ("el colegio donde hoy estudia", "la casa en que hoy vive") is
the present age, not the day of an event (world-fiftyfirst 14: "Its more than 100 exhibits span 80 years up to today"
and world-fiftyfirst 8: "el establecimiento donde hoy estudia" were each published as an event on the item's day). A
"today" that dates an act ("la sesión que hoy se realiza ... a las 10:00") stays. Items in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

ITEM = """{title}

Source: {source}

{dateline} {body}
"""


def _starts(title: str, source: str, dateline: str, body: str, zone: str) -> list[str]:
    events = extract(ITEM.format(title=title, source=source, dateline=dateline, body=body), source="x",
                     reference=dt.date(2026, 11, 20), default_zone=zone).events
    return [e.start.isoformat() for e in events]


def test_up_to_today() -> None:
    body = "The national gallery's new rooms open to the public. Its 60 paintings cover three centuries up to today."
    assert _starts("Gallery reopens", "National Gallery of Freedonia", "WELLINGTON, Nov 20 —", body,
                   "Pacific/Auckland") == []


def test_from_a_year_to_today() -> None:
    body = "The archive has put its letters online. They run from 1850 to today and may be read free of charge."
    assert _starts("Letters online", "State Archive of Example", "DUBLIN, Nov 20 —", body, "Europe/Dublin") == []


def test_spanish_hasta_hoy_stays_no_event() -> None:
    body = "La biblioteca digitalizó su colección de fotografías, que va de 1900 hasta hoy."
    assert _starts("Fotografías en línea", "Biblioteca Nacional de Ejemplo", "LIMA, 20 nov —", body,
                   "America/Lima") == []


def test_spanish_relative_clause_of_a_state() -> None:
    body = ("El ministerio aclaró que la inscripción es gratuita y que ningún alumno perderá su cupo en el colegio "
            "donde hoy estudia.")
    assert _starts("Inscripción gratuita", "Ministerio de Educación de Ejemplo", "QUITO, 20 nov —", body,
                   "America/Guayaquil") == []


def test_spanish_today_of_an_act_stays() -> None:
    body = "La sesión que hoy se realiza en el Congreso empieza a las 10:00."
    assert _starts("Sesión del Congreso", "Congreso de Ejemplo", "QUITO, 20 nov —", body,
                   "America/Guayaquil") == ["2026-11-20T10:00:00-05:00"]


def test_a_day_moved_to_today_stays() -> None:
    """"moved from Wednesday to today": a day, not a stretch of time up to the present (review)."""
    body = "The council's vote, moved from Wednesday to today, opens the session in the city hall."
    starts = _starts("Vote today", "City Council of Example", "WELLINGTON, Nov 20 —", body, "Pacific/Auckland")
    assert [start[5:] for start in starts] == ["11-20"]  # (the year is the one whose 20 November is the day)
