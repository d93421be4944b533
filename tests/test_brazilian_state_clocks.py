"""The states of Brazil that keep a clock behind Brasília's name it as their towns do: "Governo do Estado de Mato
Grosso" (Cuiabá's clock, an hour behind Brasília, and on summer time when Brazil kept it), "Mato Grosso do Sul"
(Campo Grande's, not the shorter name's), "Rondônia" and "Roraima" (no summer time). Seen in world-seventysixth
(a Mato Grosso governor's week, whose rows name no town: every row was read on Brasília's clock, an hour early).
Their two-letter abbreviations are left out: "MT" and "MS" are Montana's and Mississippi's. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import best_place, find_places


@pytest.mark.parametrize(("text", "zone"), [
    ("o Governo do Estado de Mato Grosso anunciou", "America/Cuiaba"),
    ("a Assembleia Legislativa de Mato Grosso do Sul", "America/Campo_Grande"),
    ("a Secretaria de Saúde de Rondônia", "America/Porto_Velho"),
    ("o governo de Roraima", "America/Boa_Vista"),
])
def test_state_names_its_clock(text: str, zone: str) -> None:
    place = best_place(find_places(text))
    assert place is not None
    assert place.zone == zone


def test_montana_keeps_its_abbreviation() -> None:
    place = best_place(find_places("a town hall in Billings, MT"))
    assert place is not None
    assert place.zone == "America/Denver"


AGENDA = """Agenda da vice-governadora

Source: Governo do Estado de Mato Grosso

Publicado em 3 de novembro de 2018

Nesta segunda-feira (5.11), às 10h, a vice-governadora recebe os reitores das universidades estaduais.
"""

OESTE = """Agenda do secretário

Source: Secretaria de Estado da Educação de Rondônia

Publicado em 3 de setembro de 2031

Nesta quinta-feira (4.9), às 14h, o secretário visita as escolas da zona rural.
"""


def _utc(text: str, reference: dt.date) -> list[str]:
    events = extract(text, source="s", reference=reference, default_zone="America/Sao_Paulo").events
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


def test_a_mato_grosso_row_is_on_cuiaba_summer_time() -> None:
    # Mato Grosso kept summer time in November 2018: UTC-3
    assert _utc(AGENDA, dt.date(2018, 11, 3)) == ["2018-11-05 13:00"]


def test_a_rondonia_row_is_four_hours_behind_utc() -> None:
    assert _utc(OESTE, dt.date(2031, 9, 3)) == ["2031-09-04 18:00"]


@pytest.mark.parametrize("row", [
    # (found by review) a state named as where people come from is not where they meet: Brasília's clock stays
    "O ministro recebe nesta quinta-feira (4.9), às 10h, produtores de soja de Mato Grosso no ministério.",
    "A bancada de Roraima se reúne com o ministro nesta quinta-feira (4.9), às 10h, na Esplanada.",
])
def test_a_state_people_come_from_keeps_brasilias_clock(row: str) -> None:
    text = f"Agenda do ministro\n\nSource: Ministério da Agricultura\n\nPublicado em 3 de setembro de 2031\n\n{row}\n"
    events = [e for e in extract(text, source="s", reference=dt.date(2031, 9, 3),
                                 default_zone="America/Sao_Paulo").events if not e.all_day]
    assert [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events] \
        == [("2031-09-04 13:00", "America/Sao_Paulo")]


def test_a_state_the_event_is_in_tells_its_clock() -> None:
    # (found by review) "visita Roraima": there, on Boa Vista's clock (UTC-4)
    row = "O ministro visita Roraima nesta quinta-feira (4.9), às 10h, para inaugurar a ponte."
    text = f"Agenda do ministro\n\nSource: Ministério da Agricultura\n\nPublicado em 3 de setembro de 2031\n\n{row}\n"
    events = [e for e in extract(text, source="s", reference=dt.date(2031, 9, 3),
                                 default_zone="America/Sao_Paulo").events if not e.all_day]
    assert [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events] == ["2031-09-04 14:00"]
