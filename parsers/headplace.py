"""The place a body's first line names and nothing else ("Mendoza, Argentina" over a table of sittings): where the item
is, as a dateline says it. Pure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping

from parsers.blocks import Block
from parsers.dates import Mention
from parsers.places import CITY, Place, find_places

_HEAD_PLACE_LENGTH = 60  # characters of a line that names only a place
_PLACE_SEPARATORS = re.compile(r"[\s,]*")
_CARD_REACH = 8  # lines from the body's head within which a card's town line may stand


def place_at_the_head(blocks: list[Block], mentions_of: Mapping[int, list[Mention]] | None = None) -> Place | None:
    """The town the body's first line names with its state or country and nothing else ("Mendoza, Argentina",
    "Rosario, Santa Fe, Argentina"), when its clock is sure; else the one such town of a card near the body's head,
    on the line over its days ("Meeting information" / "Lisbon, Portugal" / "8 - 9 March 2023")."""
    if not blocks:
        return None
    if (town := _town_line(blocks[0])) is not None or mentions_of is None:
        return town
    towns = {town.name: town for line, below in itertools.pairwise(blocks[:_CARD_REACH])
             if below.number == line.number + 1 and (town := _town_line(line)) is not None
             and any(m.kind in ("day", "span") for m in mentions_of.get(below.number, ()))}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _town_line(block: Block) -> Place | None:
    """The town a line names with its state or country and nothing else, when its clock is sure."""
    if len(block.text) > _HEAD_PLACE_LENGTH:
        return None
    text = block.text.strip(" .")
    found = find_places(text)
    if not found or found[0].start > 0 or found[-1].end < len(text) \
            or not all(_PLACE_SEPARATORS.fullmatch(text, a.end, b.start) for a, b in itertools.pairwise(found)):
        return None
    towns = [m.place for m in found if m.place.kind == CITY]
    # (a town with its state or country: not a lone country, a topic's tag as often, nor a tour's list of towns)
    return towns[0] if len(towns) == 1 and towns[0].zone and towns[0].zone_certain else None
