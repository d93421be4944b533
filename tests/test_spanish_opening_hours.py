"""Spanish opening hours under an exhibition's days: "Martes a sábado de 12:00 a 14:00h y de 17:30 a 20:30h",
"Domingos y festivos de 10:00 a 14:00h", "Lunes cerrado". A week's rule of when the hall is open, not events on the
exhibition's first day (pages-p38, a university's cultural service). Texts in our own words."""

from __future__ import annotations

from .conftest import listed

ITEM = """Grabados del puerto

Source: Servicio de Cultura

Del 3 de mayo al 28 de mayo de 2031
Sala de Exposiciones del Colegio Mayor
Horario:
{hours}

La muestra reúne veinte grabados sobre la vida del puerto.
"""


def test_weekday_range_and_hours_joined_by_a_are_opening_hours() -> None:
    found = listed(ITEM.format(hours="Martes a sábado de 12:00 a 14:00h y de 17:30 a 20:30h"))
    assert found == [], found  # (the exhibition span itself is not read here: a day line with no name above)


def test_days_in_the_plural_with_holidays_are_opening_hours() -> None:
    found = listed(ITEM.format(hours="Domingos y festivos de 10:00 a 14:00h\nLunes cerrado"))
    assert found == [], found  # (the exhibition span itself is not read here: a day line with no name above)


def test_lunes_a_viernes_with_a_dash() -> None:
    found = listed(ITEM.format(hours="De lunes a viernes, 9:00 - 21:00h"))
    assert found == [], found  # (the exhibition span itself is not read here: a day line with no name above)


def test_one_named_sunday_with_its_hours_stays_an_event() -> None:
    text = ITEM.format(hours="Lunes cerrado").replace(
        "La muestra", "El domingo 8 de mayo de 2031, de 11:00 a 12:00, visita guiada con la comisaria. La muestra")
    assert "2031-05-08 11:00" in listed(text)


def test_a_journey_to_a_town_is_no_week_of_hours() -> None:
    # (found by review) "Salida a Santiago" opens with the letters of "sábado" and "a" joins nothing of a week
    text = ("Agenda del ministro\n\nSource: Ministerio\n\nMartes 6 de mayo de 2031\n"
            "Salida a Santiago de 10:00 a 12:00.\n")
    assert listed(text) == ["2031-05-06 10:00"]
