"""A regular service stopped for a while, told in Spanish or Portuguese ("Desde el 3 de marzo ... dejará de ofrecer
atención presencial", "serão suspensas a partir de 10 de março"): the day the series stops is no event, as a line's
closure is none; the last sitting before the pause stays one (world-hundredfortysixth 8: a prosecutor's office
"dejará de ofrecer ruedas de prensa" from 1 March, its last conference on 29 February). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def _events(body: str, zone: str = "America/Merida") -> list[str]:
    text = "Aviso\n\nSource: Defensoría\n\nPublicado el 20 de febrero de 2031\n\n" + body + "\n"
    found = extract(text, source="test", reference=dt.date(2031, 1, 1), default_zone=zone).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in found)


def test_spanish_a_service_stopped_from_a_day() -> None:
    assert _events("A partir del 3 de marzo de 2031 la Defensoría dejará de ofrecer atención presencial en su sede "
                   "de Mérida, por obras en el edificio.") == []


def test_portuguese_hearings_suspended_from_a_day() -> None:
    assert _events("As audiências de conciliação serão suspensas a partir de 10 de março de 2031 por causa da reforma "
                   "do fórum.", "America/Sao_Paulo") == []


def test_the_last_sitting_before_the_pause_stays() -> None:
    assert _events("La última audiencia pública del periodo será el 28 de febrero de 2031 en el salón de plenos.") == \
        ["2031-02-28"]


def test_a_series_put_off_to_a_day_is_held_then() -> None:
    assert _events("Las audiencias de la sala se pospondrán al 12 de marzo de 2031 a las 10:00 horas.") == \
        ["2031-03-12"]
    assert _events("As sessões do plenário serão adiadas para o dia 12 de março de 2031, às 14h.",
                   "America/Sao_Paulo") == ["2031-03-12"]


def test_the_day_the_series_goes_on_and_its_last_sitting_stay() -> None:
    # (the pause's own days, told in the same sentence, are not told apart from it here: only the day it goes on)
    assert "2031-03-10" in _events("Por la mudanza, se suspenderán las audiencias del 3 al 7 de marzo de 2031 y se "
                                   "reanudarán el 10 de marzo de 2031 a las 9:00 horas.")
    assert _events("La Fiscalía dejará de realizar la conferencia semanal; la última será el 28 de febrero de 2031 a "
                   "las 11:00 horas.") == ["2031-02-28"]
