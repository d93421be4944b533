"""A date used as the name of an observance, "uma sessão que evoca o 5 de Maio: o «Dia Mundial ...»", is no day of
the text's events: a Portuguese article ("o", "ao", "do") or a Spanish "al"/"del" makes it a noun, its month has a
capital as a proper name does, and the day's name follows. A programme below it is on the day the text gives its
session. "el 8 de Marzo, Día ..." and "em 5 de maio" say when, and stay. (Seen in world-hundredthirtieth: a language
institute's programme of "11h00:" rows under "3 de maio de 2024" put on the observance's 5 May.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"Nota\n\nSource: Instituto Exemplo\n\n{body}\n"
    return [str(e.start) for e in extract(text, source="t", reference=REFERENCE,
                                          default_zone="Atlantic/Cape_Verde").events]


def test_rows_under_an_evoked_observance_keep_the_sessions_day() -> None:
    body = ("No dia 22 de abril de 2025, a biblioteca acolhe uma sessão que evoca o 25 de Abril: o «Dia da"
            " Liberdade».\n\nPrograma\n10h00: abertura pela Diretora;\n10h30: leitura de poemas;")
    assert _starts(body) == ["2025-04-22 10:00:00-01:00", "2025-04-22 10:30:00-01:00"]


@pytest.mark.parametrize("body", [
    "Na quinta-feira, 8 de maio de 2025, o museu lembra ao 1º de Maio, «Dia do Trabalhador», com uma conferência.",
    "El viernes 9 de mayo de 2025 el centro rinde homenaje al 1 de Mayo, Día del Trabajo, con una charla.",
])
def test_an_evoked_observance_is_no_second_day(body: str) -> None:
    assert [s[:10] for s in _starts(body)] == ["2025-05-08" if "quinta" in body else "2025-05-09"]


@pytest.mark.parametrize(("body", "day"), [
    ("El 8 de Marzo, Día Internacional de la Mujer, habrá un acto en la plaza.", "2025-03-08"),
    ("A conferência realiza-se em 5 de maio de 2025, Dia Mundial da Língua Portuguesa.", "2025-05-05"),
])
def test_a_date_that_says_when_stays(body: str, day: str) -> None:
    text = body if "2025" in body else body.replace("8 de Marzo", "8 de Marzo de 2025")
    assert [s[:10] for s in _starts(text)] == [day]


def test_a_sentences_only_day_naming_an_observance_stays() -> None:
    body = "Em Maputo, o Presidente preside esta manhã à cerimónia das celebrações do 3 de Fevereiro, Dia dos Heróis."
    text = f"Nota\n\nSource: Instituto Exemplo\n\nMaputo, 3 de fevereiro de 2025\n\n{body}\n"
    days = [str(e.start)[:10] for e in extract(text, source="t", reference=REFERENCE,
                                               default_zone="Africa/Maputo").events]
    assert days == ["2025-02-03"]
