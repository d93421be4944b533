"""A line of a Catalan week agenda that holds only a weekday and its day of the month, "Dilluns, 27", "Dimecres 29"
(issue #10, "Layout": day headings): the heading of that day's rows, the month in context, as the Italian "Lunedì 23"
and the Spanish "Jueves 6" are. Seen in world-ninetyfifth (a parliament's agenda of its groups for a week, each day's
"09:30h" rows under "Dilluns, 27" were put on the week's last day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(text: str, reference: dt.date) -> list[str]:
    """The events' wall-clock starts, "YYYY-MM-DD HH:MM"."""
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in extract(text, source="test", reference=reference).events
                  if isinstance(e.start, dt.datetime))


def test_headings_under_a_week_span() -> None:
    text = ("Agenda de la setmana\n\nSource: Consell Comarcal\n\n9 de març de 2026 - 15 de març de 2026\n\n"
            "Dilluns, 9\n\n10:00h\n\nComissió de Territori, sessió ordinària amb els alcaldes\n\nSala 1\n\n"
            "Dimecres, 11\n\n17:30h\n\nPle del Consell, també en directe\n\nSala de plens\n")
    assert _starts(text, dt.date(2026, 3, 1)) == ["2026-03-09 10:00", "2026-03-11 17:30"]


def test_heading_without_a_comma() -> None:
    text = ("Activitat dels grups\n\nSource: Consell General\n\nPublicat el 2 de febrer de 2026\n\n"
            "Aquesta setmana hi haurà sessions de les comissions i dels grups.\n\nDijous 5\n\n"
            "11:00h\n\nComissió d'Economia amb els representants del sector\n")
    assert _starts(text, dt.date(2026, 2, 1)) == ["2026-02-05 11:00"]
