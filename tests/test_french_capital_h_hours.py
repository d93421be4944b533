"""A French whole hour written with a capital letter, "à 9H", "dès 10H" (issue #10, "Times": West African communiqués
type the hour's letter in capitals, as they do "9H30"). Seen in world-hundredsixteenth (a river basin organisation's
"lundi 14 décembre à 9H" was read as the day alone, while "jeudi 17 décembre à 8h30" kept its clock); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_capital_h_after_a() -> None:
    text = ("Atelier régional à Dakar\n\nSource: Commission du fleuve\n\nPublié le 5 mars 2026\n\n"
            "L'atelier des techniciens s'ouvrira mardi 10 mars à 9H à l'hôtel du Fleuve, à Dakar.\n")
    assert _starts(text) == ["2026-03-10 09:00"]


def test_two_openings_in_one_sentence() -> None:
    text = ("Conseil des ministres à Bamako\n\nSource: Commission du fleuve\n\nPublié le 2 février 2026\n\n"
            "Ouverture de la réunion technique : mercredi 11 février à 10H ; ouverture de la session des "
            "ministres : vendredi 13 février à 15h30, à Bamako.\n")
    assert _starts(text) == ["2026-02-11 10:00", "2026-02-13 15:30"]


def test_capital_h_with_its_minutes_still_reads() -> None:
    text = ("Visite à Niamey\n\nSource: Commission du fleuve\n\nPublié le 2 février 2026\n\n"
            "La délégation sera reçue jeudi 12 février à 11H30 au siège, à Niamey.\n")
    assert _starts(text) == ["2026-02-12 11:30"]
