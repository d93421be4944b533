""""At that same hour" set off by a semicolon or a comma after another day ("... el 12 de mayo a las 20:00 horas; el
de Tlaxcala, el 14 de mayo, en el mismo horario", "la seconde, le 19 mai, à la même heure"): that day's event at the
clock told before, as the same words opening a sentence already were; English "at the same time" (besides) still
names no clock (world-hundredfortysixth 13: San Pedro's debate "el primero de mayo, en el mismo horario"). Texts in
our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _starts(body: str, zone: str) -> list[str]:
    text = "Aviso\n\nSource: Instituto\n\nPublicado el 2 de mayo de 2031\n\n" + body + "\n"
    found = extract(text, source="test", reference=dt.date(2031, 1, 1), default_zone=zone).events
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in found
                  if isinstance(e.start, dt.datetime))


def test_spanish_the_same_hour_after_a_semicolon_and_a_day() -> None:
    assert _starts("El debate de Puebla será el 12 de mayo de 2031 a las 20:00 horas; el de Tlaxcala, el 14 de mayo, "
                   "en el mismo horario.", "America/Mexico_City") == ["2031-05-13 02:00", "2031-05-15 02:00"]


def test_french_the_same_hour_after_a_comma_and_a_day() -> None:
    assert _starts("La première audience aura lieu le 12 mai 2031 à 14h ; la seconde, le 19 mai, à la même heure.",
                   "Europe/Paris") == ["2031-05-12 12:00", "2031-05-19 12:00"]


def test_english_at_the_same_time_names_no_clock() -> None:
    assert _starts("The hearing opens on 12 May 2031 at 10:00; the registry, at the same time, moves to Hall B on "
                   "19 May.", "Europe/London") == ["2031-05-12 09:00"]


def test_no_day_read_before_the_phrase_leaves_it_alone() -> None:
    # ("el 21" is read as no day: the clock would go to the day before, the 5th, a second event there)
    assert _starts("Otras citas: lectura de Ana Ruiz el día 5 a las siete de la tarde; el 21, a la misma hora, charla "
                   "de Luis Mora.", "Europe/Madrid").count("2031-05-05 17:00") <= 1
