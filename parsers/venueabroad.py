"""A venue line naming another country than the organisation's: where the item's events are. Pure.

"Venue: General Silvestras Zukauskas Training Area, 18174 Pabradé, Lithuania" in a German army office's invitation
to an exercise in Lithuania: the office is in Germany, its programme's times are Lithuania's.
"""

from __future__ import annotations

from parsers.places import COUNTRY, REGION, Place, best_place, find_places
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
