"""A weekday with its day of the month in brackets ("na próxima terça-feira (1º)", "na sexta-feira (1)") under a stamp
that names only a month ("Publicado em novembro de 2026"), where the weekday misses that day of the stamped month but
fits it in the month after: an item written late in a month tells the next month's first days (issue #10, "the right
year"). A swearing-in ("posse") so dated is a gathering, which dates the programme's cards under it. Seen in
world-hundrednineteenth (a governor's inauguration "na próxima quinta-feira (1º)" under "Publicado em dezembro de
2014": none of its three timed cards was published); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


def test_the_first_of_the_next_month() -> None:
    text = ("Prefeito inaugura a nova ponte\n\nSource: Prefeitura\n\nPublicado em novembro de 2026\n\n"
            "O prefeito inaugura a nova ponte sobre o rio na próxima terça-feira (1º), às 9h, com a presença do "
            "governador.\n")
    assert _starts(text) == ["2026-12-01 09:00"]


def test_a_swearing_in_dates_the_cards_under_it() -> None:
    text = ("Posse da nova prefeita: a programação\n\nSource: Prefeitura\n\nPublicado em dezembro de 2026\n\n"
            "A posse da prefeita eleita será na próxima sexta-feira (1º). A cerimônia começa às 15h e termina "
            "no fim da tarde.\n\n"
            "Sessão solene\nLocal: Câmara Municipal\nHora: 15h\n\n"
            "Transmissão do cargo\nLocal: Paço Municipal\nHora: 17h\n")
    starts = _starts(text)
    assert "2027-01-01 15:00" in starts
    assert "2027-01-01 17:00" in starts


def test_the_possession_of_arms_is_no_swearing_in() -> None:
    # (review: "posse" is also possession; a report on gun possession released on a Friday names no gathering)
    from parsers.dating import _GATHERING

    assert _GATHERING.search("O relatório sobre a posse de armas será divulgado na sexta-feira (21)") is None
    assert _GATHERING.search("A posse do governador será na sexta-feira (1º)") is not None
