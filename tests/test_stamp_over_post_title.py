"""A post's day alone on the line above the item's title said again, over a text that tells on later days what the
title names: "dimanche 20 juin 2010" / "Cérémonies d'hommage au Général Bigeard" / "... les cérémonies ... Lundi 21
juin à 15 heures" (issue #10, "Dates": a blog or a news page puts the day it posted over the post's title). The day
is the post's, no event; what the text tells keeps its days. The title under its day with nothing later that names
it stays that day's event. Seen in world-ninetysixth (a funeral notice reposted on a blog); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_the_posts_day_over_its_title_is_no_event() -> None:
    text = ("Cérémonies d'hommage au colonel Martin\n\nSource: Armée de Terre\n\nmardi 3 mars 2026\n\n"
            "Cérémonies d'hommage au colonel Martin\n\n"
            "Le chef d'état-major fait connaître les cérémonies prévues pour le colonel Martin les 12 et 13 mars.\n"
            "Jeudi 12 mars à 10 heures : cérémonie religieuse à Metz.\n"
            "Vendredi 13 mars à 11 heures : hommage aux Invalides.\n")
    assert "2026-03-03" not in _events(text)
    assert {"2026-03-12 10:00", "2026-03-13 11:00"} <= set(_events(text))


def test_the_title_on_its_own_day_stays_its_event() -> None:
    text = ("Journée portes ouvertes de la base\n\nSource: Armée de Terre\n\nsamedi 14 mars 2026\n\n"
            "Journée portes ouvertes de la base\n\n"
            "La base ouvre ses portes au public ce jour-là, à 10 heures, pour présenter ses matériels.\n")
    assert _events(text) == ["2026-03-14 10:00"]


def test_a_second_one_later_is_another_event() -> None:
    text = ("Public hearing on the data bill\n\nSource: A portfolio committee\n\nTuesday 10 March 2026\n"
            "Public hearing on the data bill\n\nSociety groups present their submissions in Room 46. A second public "
            "hearing on the data bill follows on Tuesday 17 March 2026 at 10:00.\n")
    assert "2026-03-10" in _events(text)
