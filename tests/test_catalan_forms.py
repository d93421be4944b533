"""Catalan dates and times (issue #10, "read any organisation's releases"): a regional government's agenda says
"dijous 23 de novembre", "a les 15.30 hores", "cap a les 17 hores", "demà" and tells what is to come in the future
"començarà", "es reunirà"; its nouns in -ió ("una reunió", "de la votació") are no Spanish preterites ("se reunió"),
so the sentence holding one is no history. Seen in world-sixtyseventh (the Government of Catalonia's extraordinary
cabinet, nothing of which was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.lang_catalan import catalan_mentions

_REFERENCE = dt.date(2026, 12, 5)


def _events(text: str) -> list[tuple[object, str]]:
    return [(e.start if isinstance(e.start, dt.datetime) else e.start, e.summary)
            for e in extract(text, source="test", reference=_REFERENCE).events]


def _item(body: str, stamp: str = "Publicat el 2 de març de 2025") -> str:
    return f"Agenda del Govern\n\nSource: Departament de la Presidència\n\n{stamp}\n\n{body}\n"


@pytest.mark.parametrize(("text", "kind", "value", "why"), [
    ("dijous 23 de novembre", "day", (23, 11, None, 3), "weekday, day, 'de', month"),
    ("el 5 d'octubre de 2024", "day", (5, 10, 2024, None), "'d'' before a month of a vowel, 'de' before the year"),
    ("dilluns, 2 de març", "day", (2, 3, None, 0), "a comma after the weekday"),
    ("a les 15.30 hores", "time", dt.time(15, 30), "hours and minutes with 'hores'"),
    ("cap a les 17 hores", "time", dt.time(17, 0), "'cap a' (about) and a whole hour"),
    ("a les 5 de la tarda", "time", dt.time(17, 0), "the afternoon after the hour"),
    ("a les 9 del matí", "time", dt.time(9, 0), "the morning after the hour"),
])
def test_catalan_forms(text: str, kind: str, value: object, why: str) -> None:
    mentions = catalan_mentions(f"La sessió serà {text}, amb els consellers.")
    assert [m.kind for m in mentions] == [kind], why
    found = mentions[0]
    if kind == "day":
        part = found.first
        assert part is not None
        assert (part.day, part.month, part.year, part.weekday) == value, why
    else:
        assert found.time == value, why


def test_a_number_after_les_is_no_clock() -> None:
    assert catalan_mentions("El Govern aprova les 3 propostes amb els vots de tots.") == []


def test_a_spanish_text_is_not_read_as_catalan() -> None:
    assert catalan_mentions("El consejo se reunirá el 23 de octubre a las 10 horas.") == []


def test_a_yearless_cabinet_takes_the_year_its_weekday_fits() -> None:
    text = _item("El Consell Executiu es reunirà el dimarts 14 d'octubre a les 10.00 hores al Palau de la "
                 "Generalitat, amb tots els consellers.", stamp="")
    starts = [s for s, _ in _events(text) if isinstance(s, dt.datetime)]
    assert [(s.date(), s.hour, s.minute) for s in starts] == [(dt.date(2025, 10, 14), 10, 0)]


def test_tomorrow_then_its_date_and_a_time_in_the_next_sentence() -> None:
    text = _item("La consellera ha convocat per a demà, divendres 7 de març, una reunió amb els alcaldes de la "
                 "comarca. La trobada començarà a les 11.30 hores a la seu del Departament.", stamp="")
    starts = [s for s, _ in _events(text) if isinstance(s, dt.datetime)]
    assert [(s.date(), s.hour, s.minute) for s in starts] == [(dt.date(2025, 3, 7), 11, 30)]


def test_a_catalan_noun_in_io_does_not_make_the_sentence_history() -> None:
    text = _item("El president presideix dimecres 12 de març una reunió de seguiment.", stamp="")
    assert [s for s, _ in _events(text)] == [dt.date(2025, 3, 12)]


def test_a_spanish_preterite_in_io_is_still_history() -> None:
    text = ("Agenda\n\nSource: Ayuntamiento\n\nPublicado el 13 de marzo de 2025\n\n"
            "El alcalde se reunió el miércoles 12 de marzo con los vecinos del barrio.\n")
    assert _events(text) == []
