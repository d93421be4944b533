"""Zone labels in German, French, Spanish and Portuguese after a time, and datelines in accented capitals.
Items in our own words, written for the zonehunt fault hunt."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.area import dateline_place
from parsers.dates import find_mentions

from .conftest import REFERENCE


@pytest.mark.parametrize(("text", "zone"), [
    ("à 15 h 00, heure de Paris.", "Paris time"),
    ("à 14 h, heure de Genève", "Geneva time"),
    ("à 10 h (heure locale)", "local time"),
    ("a las 10:00 horas (hora peninsular)", "Madrid time"),
    ("a las 10:00 horas, hora del centro de México.", "Mexico City time"),
    ("às 14h (horário de Brasília)", "Brasília time"),
    ("um 15 Uhr Ortszeit", "local time"),
    ("a las 10:00, hora de inicio", ""),  # "start time": no clock
    ("a las 11:00 a. m. hora del Este", "Eastern Time"),
    ("a las 9:00 hora del Pacífico", "Pacific Time"),
    ("a las 10:00 horas, tiempo del centro de México", "Mexico City time"),
    ("desde las 11:30 horas de Perú", "Perú time"),  # the time takes "horas"; the country's name follows it
    ("a las 19:00 horas de Colombia", "Colombia time"),
    ("a las 19:00 horas del domingo", ""),  # a day, no clock
])
def test_foreign_labels_in_their_english_form(text: str, zone: str) -> None:
    assert [m.zone for m in find_mentions(text) if m.kind == "time"] == [zone]


def _utc_starts(body: str, source: str) -> list[str]:
    events = extract(f"Aviso\n\nSource: {source}\n\n{body}\n", source="words", reference=REFERENCE).events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%dT%H:%M}" for e in events if not e.all_day)


def test_geneva_time_in_french_from_new_york() -> None:
    body = "NEW YORK – Le point de presse aura lieu le jeudi 10 juillet 2025 à 15 h, heure de Genève."
    assert _utc_starts(body, "Bureau des exemples à New York") == ["2025-07-10T13:00"]


def test_brasilia_time_for_an_event_in_manaus() -> None:
    body = "A entrevista coletiva em Manaus será na terça-feira, 5 de maio de 2026, às 14h (horário de Brasília)."
    assert _utc_starts(body, "Secretaria de Exemplos") == ["2026-05-05T17:00"]


def test_peninsular_time_in_the_canaries() -> None:
    body = ("La rueda de prensa en Santa Cruz de Tenerife será el martes 5 de mayo de 2026 a las 12:00 horas "
            "(hora peninsular).")
    assert _utc_starts(body, "Cabildo de Ejemplo") == ["2026-05-05T10:00"]


def test_central_mexico_time() -> None:
    body = "La conferencia de prensa será el jueves 5 de marzo de 2026 a las 10:00 horas, hora del centro de México."
    assert _utc_starts(body, "Secretaría de Ejemplos") == ["2026-03-05T16:00"]


@pytest.mark.parametrize(("line", "zone"), [
    ("MONTRÉAL – La conférence commence", "America/Toronto"),
    ("BOGOTÁ, 5 de mayo de 2026 – El ministro", "America/Bogota"),
])
def test_a_dateline_in_accented_capitals(line: str, zone: str) -> None:
    place = dateline_place(line)
    assert place is not None
    assert place.zone == zone


@pytest.mark.parametrize(("text", "zones"), [
    ("at 9:00, 10:00 and 14:00 EST", ["EST", "EST", "EST"]),
    ("at 9 am and again at 2 pm PDT", ["PDT", "PDT"]),
    ("at 15:00 CET, 14:00 GMT", ["CET", "GMT"]),  # one time said in two zones: each keeps its own
    ("opens at 9:00; the talk is at 14:00 EST", ["", "EST"]),  # no list between them
])
def test_a_label_after_a_list_of_times_is_each_times(text: str, zones: list[str]) -> None:
    assert [m.zone for m in find_mentions(text) if m.kind == "time"] == zones


def test_each_listed_time_is_an_event_in_the_lists_zone() -> None:
    text = ("Results briefing\n\nSource: Harbour Grain Ltd\n\nHarbour Grain presents its annual results on "
            "10 December 2026 at 9:00, 10:00 and 14:00 EST.\n")
    events = extract(text, source="test", reference=REFERENCE).events
    assert [f"{e.start:%H:%M}" for e in events] == ["09:00", "10:00", "14:00"]
    assert {e.timezone for e in events} == {"America/New_York"}


@pytest.mark.parametrize(("text", "zone", "why"), [
    ("à 10 h, heure de Varsovie", "Warsaw time", "a French exonym: the gazetteer's English name"),
    ("a las 9:00, hora de Atenas", "Athens time", "a Spanish one, which no hand-made list held"),
    ("às 11h (horário de Lisboa)", "Lisbon time", "a Portuguese one"),
    ("a las 10:00 (hora de Asuncion)", "Asunción time", "written without its accent: the gazetteer's spelling"),
    ("à 10 h, heure de Brégançon-Village", "Brégançon-Village time", "a town the gazetteer lacks keeps its name"),
])
def test_a_towns_clock_named_as_the_gazetteer_names_the_town(text: str, zone: str, why: str) -> None:
    assert [m.zone for m in find_mentions(text) if m.kind == "time"] == [zone], why
