"""A state's name after "Río" or "Rio", "Río Colorado" (issue #10, "Zones": a town or river named after the Spanish or
Portuguese word for river and a colour is no American state). Seen in world-hundredfortyfirst (a provincial ombudsman's
stop at Río Colorado, Argentina, put every row of the tour on Colorado's clock, America/Denver); the texts are ours."""

from __future__ import annotations

from parsers.places import find_places


def _zones(text: str) -> list[str]:
    return [m.place.zone for m in find_places(text)]


def test_river_town_is_not_the_state() -> None:
    assert "America/Denver" not in _zones("La oficina móvil llega a Río Colorado el martes.")
    assert "America/Denver" not in _zones("Rio Colorado\nHorário: 9 a 12")


def test_the_state_alone_is_still_read() -> None:
    assert _zones("The hearing is in Boulder County, Colorado.")[-1] == "America/Denver"
    assert "America/Denver" in _zones("the Governor of Colorado")
