"""A venue line, or the title, naming another country than the organisation's: where the item's events are. Pure.

"Venue: General Silvestras Zukauskas Training Area, 18174 Pabradé, Lithuania" in a German army office's invitation
to an exercise in Lithuania: the office is in Germany, its programme's times are Lithuania's. "RECCA V in Dushanbe,
26-27 March 2012" from an embassy in London, over an agenda of bare times: the conference keeps Dushanbe's clock.
"""

from __future__ import annotations

from parsers.places import CITY, COUNTRY, REGION, Place, best_place, find_places
from parsers.reading import VENUE_LINE, Reading


def venue_abroad(context: Reading, home: Place | None) -> Place | None:
    """The place every "Venue:" / "Location:" line of the item names, when it is out of the country of the
    organisation's home (a country or region) and keeps one clock; else None. Venue lines of two clocks, or one
    at home, say nothing of the others."""
    if home is None or home.kind not in (COUNTRY, REGION):
        return None
    found: list[Place] = []
    for block in context.blocks:
        line = VENUE_LINE.match(block.text)
        place = best_place(find_places(line.group("venue"))) if line else None
        if place is not None:
            found.append(place)
    if not found or len({place.zone for place in found}) != 1:
        return None
    place = max(found, key=lambda place: place.specificity)
    if place.country == home.country or not place.zone or not place.zone_certain:
        return None
    return place


def titled_abroad(title: str, context: Reading, home: Place | None) -> Place | None:
    """The city the title puts the item in ("Donor conference in Amman"), when the body names it too as the place it
    mostly speaks of, and it is out of the country of the organisation's home (a country or region) and keeps one
    clock; else None. An embassy's or a ministry's home says where it sits, the title where its event is."""
    if home is None or home.kind not in (COUNTRY, REGION):
        return None
    place = best_place(find_places(title), locative_only=True)
    if place is None or place.kind != CITY or not place.zone or not place.zone_certain or place.country == home.country:
        return None
    main = context.main_place()
    return place if main is not None and main.name == place.name else None
