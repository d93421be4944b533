"""A clock, its "a.m."/"p.m." or "horas", then "del" and a weekday with its day of the month, the month said later:
"arranca a las 7:00 a.m. del sábado 17 y termina a las 7:00 p.m. del domingo 18 de julio" (a health ministry's
vacunatón, seen in world-hundredtwentyfourth, where only the end, on Sunday at 7 p.m., was published). "a las 08:30
del miércoles 10" was read already; the words a clock ends with no longer hide the weekday's "del"
(parsers/lang_iberian.py, form "w"). A weekday whose month follows its day ("del domingo 18 de julio") stays a whole
date. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2027, 10, 1)


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in find_mentions(text)]


def test_the_weekday_after_a_meridiem_clock() -> None:
    assert ("weekday", "del sábado 9") in _kinds("La jornada empieza a las 8:30 a.m. del sábado 9 en el estadio.")
    assert ("weekday", "del martes 5") in _kinds("La feria abre a las 10 horas del martes 5, en la plaza.")


def test_a_whole_date_after_the_clock_stays_whole() -> None:
    assert ("day", "domingo 10 de octubre") in _kinds("y cierra a las 6:00 p.m. del domingo 10 de octubre.")


def test_the_start_is_published_on_its_day() -> None:
    text = ("Jornada de donación\n\nSource: Ministerio de Ejemplo\n\n"
            "La jornada arranca a las 8:00 a.m. del sábado 9 y termina a las 6:00 p.m. del domingo 10 de octubre de "
            "2027 en Lima.\n")
    events = extract(text, source="test", reference=_REFERENCE).events
    starts = [f"{e.start.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for e in events
              if isinstance(e.start, dt.datetime)]
    assert "2027-10-09 13:00" in starts
