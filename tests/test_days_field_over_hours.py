"""A when-field listing two days over a line of only their hours ("Días: viernes 31 de octubre y sábado 1 de
noviembre de 2025" / "Horario: 8:00 a.m.–1:00 p.m."): each listed day takes the hours, as the same words in one
sentence do (issue #10, "Any layout"). Seen in world-hundredtwentythird (a mobile consulate's card gave its hours to
the first of its two days only); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    """The timed starts (two days that follow each other may also be one all-day event as a whole)."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


def test_spanish_two_days_over_their_hours() -> None:
    text = ("Jornada consular en Raleigh\n\nSource: Consulado\n\nPublicado el 2 de marzo de 2026\n\n"
            "Días: viernes 13 de marzo y sábado 14 de marzo de 2026\n"
            "Horario: 9:00 a.m.–3:00 p.m.\n"
            "Lugar: 120 Hillsborough St, Raleigh, NC 27603\n")
    assert _starts(text) == ["2026-03-13 09:00", "2026-03-14 09:00"]


def test_english_pair_of_days_over_hours() -> None:
    text = ("Passport clinic in Richmond\n\nSource: Consulate\n\nPublished 2 March 2026\n\n"
            "Days: Friday 20 March and Saturday 21 March 2026\n"
            "Hours: 10:00 a.m.–2:00 p.m.\n"
            "Place: Community Hall, Richmond, VA\n")
    assert _starts(text) == ["2026-03-20 10:00", "2026-03-21 10:00"]


def test_one_day_over_its_hours_is_unchanged() -> None:
    text = ("Passport clinic in Richmond\n\nSource: Consulate\n\nPublished 2 March 2026\n\n"
            "Date: Friday 20 March 2026\n"
            "Hours: 10:00 a.m.–2:00 p.m.\n"
            "Place: Community Hall, Richmond, VA\n")
    assert _starts(text) == ["2026-03-20 10:00"]
