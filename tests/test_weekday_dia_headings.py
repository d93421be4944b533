"""A week agenda's day heading that names the day of the month after "dia"/"día": "Terça-feira, dia 18",
"Quarta-feira dia 19", "Martes, día 7" (issue #10, "Layout": day headings). It dates the rows below it, the month
from the stamp or the title, as "Terça-feira (18)" already did. Seen in world-ninetythird (a government's agenda in
its parliament under "Terça-feira, dia 18" / "Quarta-feira, dia 19"); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_portuguese_dia_headings() -> None:
    text = ("Agenda da Câmara na semana de 6 a 10 de outubro\n\nSource: Câmara Municipal de Braga\n\n"
            "Publicado em 3 de outubro de 2025\n\nTerça-feira, dia 7\n\n"
            "10h30 Reunião da Comissão de Finanças, na sala de sessões.\n\nQuinta-feira, dia 9\n\n"
            "15h00 Sessão ordinária da Assembleia Municipal.\n")
    assert _starts(text) == ["2025-10-07 10:30", "2025-10-09 15:00"]


def test_portuguese_dia_heading_without_comma() -> None:
    text = ("Agenda do Município\n\nSource: Município de Viseu\n\nPublicado em 3 de outubro de 2025\n\n"
            "Quarta-feira dia 8\n\n9h00 Visita do presidente às obras da escola secundária.\n")
    assert _starts(text) == ["2025-10-08 09:00"]


def test_spanish_dia_heading() -> None:
    text = ("Agenda de la Diputación\n\nSource: Diputación de Badajoz\n\nPublicado el 3 de octubre de 2025\n\n"
            "Martes, día 7\n\n11:00 horas. Pleno ordinario de la Diputación.\n")
    assert _starts(text) == ["2025-10-07 11:00"]
