"""A town the item names once with its state is that town wherever the item names it bare. Pure.

"Riverside Municipal Utilities Authority" over an address "Riverside, NJ 08075": the gazetteer's Riverside is
the largest of the name, in California, three hours away; the address says which Riverside the item means. Only
a town of the same country: a namesake abroad ("London, Ontario" in a speaker's affiliation) is weighed by the
countries the item names (area.settle_namesakes), not by one address.
"""

from __future__ import annotations

import re

from parsers.blocks import Block
from parsers.findings import Finding
from parsers.places import CITY, REGION, Place, find_places

_COMMA = re.compile(r",\s*")


def _written_with_its_state(name: str, country: str, blocks: list[Block]) -> Place | None:
    """The one town of `name` in `country` that a line names with its state or province ("Riverside, NJ")."""
    found = {}
    for block in blocks:
        if f"{name}," not in block.text:  # (cheap: most items never write the town with a comma after it)
            continue
        mentions = find_places(block.text)
        for mention, after in zip(mentions, mentions[1:], strict=False):
            place = mention.place
            # (the state right after the comma: "Riverside, NJ", not "In Riverside, the board meets")
            if place.kind == CITY and place.name == name and place.country == country and after.place.kind == REGION \
                    and _COMMA.fullmatch(block.text, mention.end, after.start):
                found[place.display, place.zone] = place
    return next(iter(found.values())) if len(found) == 1 else None


def settle_by_state(blocks: list[Block], findings: list[Finding]) -> None:
    """Findings placed in a town that another line of the item names with its state take that state's town."""
    settled: dict[tuple[str, str, str], Place | None] = {}
    for finding in findings:
        for where in ("place", "area"):
            place: Place | None = getattr(finding, where)
            if place is None or place.kind != CITY:
                continue
            key = (place.name, place.country, place.zone)
            if key not in settled:
                settled[key] = _written_with_its_state(place.name, place.country, blocks)
            town = settled[key]
            if town is not None and town.zone != place.zone:
                setattr(finding, where, town)
