"""A run of days that announces what the rows below tell, one row with its time for each day: "les cérémonies ...
les 21 et 22 juin" over "Lundi 21 juin à 15 heures : cérémonie religieuse ..." and "Mardi 22 juin à 11 heures :
... cérémonie ..." (issue #10, "Layout": a notice names its days, then gives each its row). The run is those rows
said without their times, not an event of its own. Seen in world-ninetysixth (a funeral notice's ceremonies were
published as a two-day span beside their two rows); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_a_run_of_ceremonies_over_their_rows_is_no_span() -> None:
    text = ("Obsèques du général Laurent\n\nSource: Armée de Terre\n\n"
            "Le chef d'état-major informe les associations des cérémonies prévues pour le général Laurent les 12 et "
            "13 mars 2026.\n"
            "Jeudi 12 mars à 14 heures : cérémonie religieuse en la cathédrale de Metz.\n"
            "Vendredi 13 mars à 10 heures : cérémonie d'hommage militaire dans la cour des Invalides.\n")
    assert _events(text) == ["2026-03-12 14:00", "2026-03-13 10:00"]


def test_a_festival_over_rows_of_other_kinds_keeps_its_days() -> None:
    # the run names a festival; its rows are concerts: the festival is an event of its own
    text = ("Festival de la musique militaire\n\nSource: Armée de Terre\n\n"
            "Le festival de la musique militaire se tient les 12 et 13 juin 2026 sur l'esplanade.\n"
            "Vendredi 12 juin à 20 heures : concert de la musique de la Légion étrangère.\n"
            "Samedi 13 juin à 21 heures : concert de la musique de l'Air.\n")
    assert "2026-06-12" in _events(text)
