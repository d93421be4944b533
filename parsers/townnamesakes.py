"""Which town of a name a text means, told by the state or country named beside it ("Perth, Scotland", "Paris,
Texas", "Oxford, Ohio"). Pure."""

from __future__ import annotations

import itertools
import re

from parsers.placeindex import CITY, COUNTRY, REGION, Place, namesakes_in, region_places, town_in_state
from parsers.placemention import PlaceMention


# "Perth, Scotland", and in a body's name "San Juan (Argentina)": a town, then its state or country after a comma
# or alone in brackets ("London (Ontario delegates attend)" is no state of London's).
def _beside(text: str, town: PlaceMention, after: PlaceMention) -> bool:
    between = text[town.end : after.start]
    return between == ", " or between == " (" and text.startswith(")", after.end)


# A postcode after a town ("Pretoria, 0028", "Melbourne 3121"): the town closes an address. (Not a year: "Paris,
# London, 2026" is a list of towns and a year.)
_POSTCODE_AFTER = re.compile(r",?\s*(?!(?:19|20)\d\d\b)\d{4,5}\b")


def namesakes_beside(text: str, found: list[PlaceMention]) -> None:
    """"Perth, Scotland", "London, Ontario": the region or country after a town says which town of the name."""
    states = region_places()
    table = [mention.place for mention in found]
    for at, (town, after) in enumerate(itertools.pairwise(found)):
        if not _beside(text, town, after):
            continue
        state = states.get(after.place.name) if after.place.kind == COUNTRY else None
        # "Rome, Georgia": a town not in the country of the name is in the state of the name.
        abroad = state is not None and town.place.kind == CITY and town.place.country != after.place.country
        if after.place.kind == CITY and town.place.kind == CITY and town.place.country != after.place.country:
            # "Geneva, New York": a city of a state's name after a town of another country is the state.
            state = states.get(after.place.name) or states.get(f"{after.place.name} State")
            abroad = state is not None
        if state is not None and (state.country == town.place.country or abroad):
            # "Atlanta, Georgia": after a town of the United States, the state, not the country of the name; so
            # too after a town the state's country has a namesake of ("Athens, Georgia").
            after = PlaceMention(after.start, after.end, state, after.locative, after.topical)
            found[at + 1] = after
        if town.place.kind == CITY and after.place.kind == REGION and after.place.zone_certain \
                and after.place.country == town.place.country and after.place.zone != town.place.zone:
            # "Portland, Maine": not the town of the name the gazetteer knows (in a state on another clock) but
            # one in the state named, on its clock (a state on one clock only: "Pensacola, Florida" stays).
            found[at] = PlaceMention(town.start, town.end, town_in_state(text[town.start : town.end], after.place),
                                     town.locative, town.topical)
        if town.place.kind == CITY and after.place.kind in (REGION, COUNTRY) \
                and after.place.country != town.place.country:
            there = namesakes_in(town.place, after.place.country)
            if there and (after.place.kind == COUNTRY or any(p.zone == after.place.zone for p in there)):
                # "Oxford, Ohio": of the country's towns of the name, the one on the state's clock
                other = min(there, key=lambda p: p.zone != after.place.zone)
                found[at] = PlaceMention(town.start, town.end, other, town.locative, town.topical)
            elif after.place.kind == REGION:
                # "Paris, Texas", "Geneva, New York": a town abroad by the name, or a namesake on another clock,
                # is not meant; the town is one of the state named, on its clock.
                found[at] = PlaceMention(town.start, town.end, town_in_state(text[town.start : town.end],
                                                                             after.place), town.locative, town.topical)
        if town.place.kind == CITY and after.place.kind == CITY and town.place.country != after.place.country \
                and _POSTCODE_AFTER.match(text, after.end):
            # "1035 Schoeman St, Hatfield, Pretoria, 0028": a suburb, then its city and the city's postcode; the
            # suburb is a part of that city, not the town of the name abroad (Hatfield in England).
            found[at] = PlaceMention(town.start, town.end, after.place, town.locative, town.topical)
    _same_town_throughout(text, found, table)


def _same_town_throughout(text: str, found: list[PlaceMention], table: list[Place]) -> None:
    """"at the Granada City Complex, ..., Granada, Colorado": the town a state named beside it settles is the town of
    the name elsewhere in the text too, a venue named after it included (not Granada in Spain)."""
    settled = {text[m.start : m.end]: m.place for m, was in zip(found, table, strict=True)
               if m.place.kind == CITY and m.place != was}
    if not settled:
        return
    for at, (mention, was) in enumerate(zip(found, table, strict=True)):
        town = settled.get(text[mention.start : mention.end])
        if town is not None and mention.place == was and was.kind == CITY and was != town:
            found[at] = PlaceMention(mention.start, mention.end, town, mention.locative, mention.topical)
