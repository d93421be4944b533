"""Rows that name what, then its day, and no clock, under a heading that names its lines dates ("Termine 2016" /
"Herbstprüfung | 3. Dezember 2016" / "Leistungsrichter: ..." / "Frühjahrsprüfung | 01.05.2016 Prüfung findet in
Schraplau statt"): each row is an all-day event of its day, titled by its name cell; the fields between the rows are
none, and one such row alone is a heading's date, not a list. Seen in pages-p55 (a dog club's dates page); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d}", e.summary) for e in extract(text, source="test", reference=_REFERENCE).events)


def test_named_rows_with_fields_between_them() -> None:
    text = ("Kleingartenverein Am Teich\n\nSource: Kleingartenverein Am Teich\n\nTermine 2026\n\n"
            "Sommerfest   4. Juli 2026\nAnsprechpartner:   Uwe Krause, Gartenweg 3, 06268 Querfurt\n"
            "Telefon:   034771/12345\nHerbstputz   03.10.2026 Treffpunkt ist am Vereinsheim\n"
            "Ansprechpartner:   Uwe Krause\n")
    assert [day for day, _ in _events(text)] == ["2026-07-04", "2026-10-03"]
    assert all("Sommerfest" in what or "Herbstputz" in what for _, what in _events(text))


def test_named_rows_under_a_heading_of_another_kind_are_not_read() -> None:
    text = ("Kleingartenverein Am Teich\n\nSource: Kleingartenverein Am Teich\n\nVorstand\n\n"
            "Vorsitzender   seit 4. Juli 2020\nKassierer   seit 03.10.2021\n")
    assert _events(text) == []


def test_financial_calendar_rows_naming_the_year_reported() -> None:
    # "Annual results 2023 | 28 February" in the calendar of 2024: the row's year is the period reported on, the day's
    # year is the calendar's (seen in world-hundredthirtyfourth, a financial calendar)
    text = ("Financial calendar\n\nSource: Nordvik Industries ASA\n\nFinancial calendar 2024\n\n"
            "Annual results 2023   28 February\nAnnual general meeting   25 April\n"
            "First quarter results 2024   8 May\nHalf-year results 2024   21 August\n")
    assert [day for day, _ in _events(text)] == ["2024-02-28", "2024-04-25", "2024-05-08", "2024-08-21"]
