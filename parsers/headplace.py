"""The place a body's first line names and nothing else ("Mendoza, Argentina" over a table of sittings): where the item
is, as a dateline says it. Pure."""

from __future__ import annotations

import itertools
import re

from parsers.blocks import Block
from parsers.places import CITY, Place, find_places

_HEAD_PLACE_LENGTH = 60  # characters of a line that names only a place
_PLACE_SEPARATORS = re.compile(r"[\s,]*")


def place_at_the_head(blocks: list[Block]) -> Place | None:
    """The town the body's first line names with its state or country and nothing else ("Mendoza, Argentina",
    "Rosario, Santa Fe, Argentina"), when its clock is sure."""
    if not blocks or len(blocks[0].text) > _HEAD_PLACE_LENGTH:
        return None
    text = blocks[0].text.strip(" .")
    found = find_places(text)
    if not found or found[0].start > 0 or found[-1].end < len(text) \
            or not all(_PLACE_SEPARATORS.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(found)):
        return None
    towns = [m.place for m in found if m.place.kind == CITY]
    # (a town with its state or country: not a lone country, a topic's tag as often, nor a tour's list of towns)
    return towns[0] if len(towns) == 1 and towns[0].zone and towns[0].zone_certain else None
