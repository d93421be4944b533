"""A French or Italian act named by the day it was signed ("la prolongation de l'arrêté préfectoral du 13 octobre",
"le décret n° 2031-12 du 16 octobre", "l'ordinanza del 8 ottobre") is a paper, not an event: each gave a day event,
while "the order of 13 October" and "el decreto del 13 de octubre" gave none. Only with "du"/"del" between: "le
conseil votera l'arrêté le 13 octobre" is the sitting that votes it. (Left by the p46 page set's town news page;
texts of our own.)"""

from __future__ import annotations

import pytest

from tests.test_notevents import events_of, when


@pytest.mark.parametrize("body", [
    "La préfecture annonce la prolongation de l'arrêté préfectoral du 13 octobre 2031 pour quinze jours.",
    "Le décret n° 2031-1262 du 16 octobre 2031 prolonge les mesures sanitaires dans le département.",
    "La loi du 3 mai 2031 relative aux associations entre en vigueur.",
    "Les mesures de l'arrêté municipal du 2 octobre 2031 restent applicables.",
    "L'ordinanza del 8 ottobre 2031 proroga le misure fino a nuovo avviso.",
    "La delibera n. 12 del 5 ottobre 2031 approva il bilancio del comune.",
])
def test_an_act_named_by_its_day_is_no_event(body: str) -> None:
    assert when(events_of(body, zone="Europe/Paris")) == []


@pytest.mark.parametrize(("body", "day"), [
    ("Le conseil municipal votera l'arrêté le 13 octobre 2031 en mairie.", "2031-10-13"),
    ("Le conseil municipal se réunira le 13 octobre 2031 pour examiner le décret.", "2031-10-13"),
    ("La réunion du 14 octobre 2031 sur la loi de finances aura lieu en préfecture.", "2031-10-14"),
])
def test_the_sitting_that_takes_up_an_act_is_still_an_event(body: str, day: str) -> None:
    assert when(events_of(body, zone="Europe/Paris")) == [day]
