"""An hour written "hora 9" or "a la hora 14" is a time on a 24-hour clock, as Uruguay and Argentina write it, in a
row ("Municipio B – hora 9 – Teatro") or in a sentence (world-seventeenth 13). "1 hora 30 minutos" is a length of
time. Items in our own words."""

from __future__ import annotations

from .conftest import listed

ROWS = """Los concejos vecinales eligen a sus mesas

Source: Una intendencia

Agosto de 2025

Viernes 15 de agosto
Concejo 1 – hora 9 – en la Casa de la Cultura
Concejo 2 – hora 18.30 – sede del concejo, Avenida Italia 2500
"""

SENTENCE = """Presentación del plan de veredas

Source: Una intendencia

El intendente presentará el plan el lunes 16 de agosto de 2027 a la hora 14 en la sala de acuerdos. La visita
durará 1 hora 30 minutos.
"""


def test_hours_in_rows_are_times() -> None:
    assert listed(ROWS) == ["2025-08-15 09:00", "2025-08-15 18:30"]


def test_a_la_hora_in_a_sentence_is_a_time() -> None:
    assert listed(SENTENCE) == ["2027-08-16 14:00"]


def test_a_row_without_its_hour_keeps_one_dash() -> None:
    from parsers import kinds

    assert kinds.sentence_summary(kinds.EVENT, "Concejo 1 – – en la Casa de la Cultura") == \
        "Event: Concejo 1 – en la Casa de la Cultura"
