"""An entry's where field, then its when field, "Ort: Kulturpalast" over "Zeit: 18:00 Uhr" (issue #10, "Layout":
field lists): the time is the entry's above, whatever line comes under it, a new day's heading or the next entry's
words; as it is when the when field comes first. Seen in world-eightyseventh (a Landtag president's week, "Ort:" then
"Zeit:" under each day's entry); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[tuple[str, str]]:
    """Each event's start ("YYYY-MM-DD HH:MM", or the day alone) and the first words of its title."""
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        when = f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
        out.append((when, e.summary[:20]))
    return sorted(out)


_HEAD = "Termine der Präsidentin\n\nSource: Landtag\n\nPressemitteilung 12/2019 vom 01.03.2019\n\n"


def test_time_under_where_before_a_new_day() -> None:
    text = (_HEAD + "Freitag, 8. März 2019\nDie Präsidentin besucht das Konzert der Philharmonie.\n"
            "Ort: Kulturpalast, Dresden\nZeit: 18:00 Uhr\n\nSamstag, 9. März 2019\nDie Präsidentin eröffnet die "
            "Messe.\nOrt: Messe Leipzig\nZeit: 11:00 Uhr\n")
    assert [when for when, _ in _events(text)] == ["2019-03-08 18:00", "2019-03-09 11:00"]


def test_time_under_where_before_the_next_entry() -> None:
    text = (_HEAD + "Samstag, 9. März 2019\nDie Präsidentin eröffnet die Messe.\nOrt: Messe Leipzig\n"
            "Zeit: 11:00 Uhr\n\nAm Abend besucht die Präsidentin die Oper.\nOrt: Semperoper, Dresden\n"
            "Zeit: 19:00 Uhr\n")
    events = _events(text)
    assert [when for when, _ in events] == ["2019-03-09 11:00", "2019-03-09 19:00"]
    assert events[0][1].startswith("Die Präsidentin erö")


def test_when_field_first_as_before() -> None:
    text = (_HEAD + "Freitag, 8. März 2019\nDie Präsidentin besucht das Konzert der Philharmonie.\n"
            "Zeit: 18:00 Uhr\nOrt: Kulturpalast, Dresden\n\nSamstag, 9. März 2019\nDie Präsidentin eröffnet die "
            "Messe.\nZeit: 11:00 Uhr\nOrt: Messe Leipzig\n")
    assert [when for when, _ in _events(text)] == ["2019-03-08 18:00", "2019-03-09 11:00"]


def test_card_that_goes_on_keeps_its_time_for_what_follows() -> None:
    # "Lugar:" then "Hora:" then "Evento:" with no blank line: the card's fields go on, the time heads the next one.
    text = ("Programa\n\nSource: Municipalidad\n\nPublicado el 2 de julio de 2019\n\nVIERNES 5 DE JULIO\n"
            "Hora: 09:00 a.m.\nEvento: Feria del libro\nLugar: Plaza de Armas\nHora: 11:00 a.m.\n"
            "Evento: Concierto de la banda municipal\nLugar: Teatro Municipal\n")
    events = _events(text)
    assert [when for when, _ in events] == ["2019-07-05 09:00", "2019-07-05 11:00"]
    assert events[1][1].startswith("Evento: Concierto")
