"""Presidencies and chairs that look like the Council of the EU's but are another body's: France's or Spain's turn
at the head of the UN Security Council or the OECD's Council of Ministers ("la présidence française du Conseil de
sécurité", "la Presidencia española del Consejo de Seguridad"), a country's own council's chair ("the British Council
Chair"). None of them bounds an undated item's year."""

from __future__ import annotations

import pytest

from parsers import presidencies
from tests.year_texts import REFERENCE, days_of, events_of


@pytest.mark.parametrize("text", [
    "Pendant la présidence française du Conseil de sécurité, le ministre préside une réunion.",
    "La présidence française du Conseil des ministres de l'OCDE réunit les ministres.",
    "Durante la Presidencia española del Consejo de Seguridad, el ministro preside una reunión.",
    "Die deutsche Präsidentschaft des Europarats lädt die Minister ein.",
    "The British Council Chair opens the exhibition in Brussels, with EU ambassadors.",
])
def test_other_bodies_bound_nothing(text: str) -> None:
    assert presidencies.window(text, REFERENCE) is None


@pytest.mark.parametrize("text", [
    "La présidence française du Conseil de l'UE réunit les ministres.",
    "La Presidencia española del Consejo de la UE reúne a los ministros.",
    "The Swedish Council Presidency convenes the ministers of the EU.",
    "The Swedish EU Council Chair convenes the ministers.",
])
def test_the_councils_own_still_bound(text: str) -> None:
    assert presidencies.window(text, REFERENCE) is not None


def test_the_security_councils_presidency_leaves_the_year_to_the_reference_date() -> None:
    events = events_of("Pendant la présidence française du Conseil de sécurité, le ministre présidera une réunion le"
                       " 14 septembre à 10h00 à New York.", "Avis aux médias")
    assert days_of(events) == ["2026-09-14"]
