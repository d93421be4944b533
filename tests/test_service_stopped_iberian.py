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
