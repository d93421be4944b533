"""A ground or a club named after a town the gazetteer knows abroad, in an item whose places all lie in one other
country: "Kaizer Chiefs v Bidvest Wits (Orlando Stadium, 6pm)" and "Orlando Pirates v ..." among matches "at
stadiums in Gauteng", beside Richards Bay and Polokwane, are Soweto's ground and club, not Florida's town. Pure."""

from __future__ import annotations

import re
from collections import Counter

from parsers.blocks import Block
from parsers.findings import Finding
from parsers.placeindex import CITY, COUNTRY, VENUE, Place
from parsers.places import GROUND_WORDS, best_place, find_places

_HOME_PLACES = 2  # the item's own country must be named by this many places of it at least


def _named_after(place: Place, finding: Finding) -> str:
    """The town a ground ("Orlando Stadium") or, in the row's words, a club ("Orlando Pirates") is named after."""
    if place.kind == VENUE and (ground := re.fullmatch(rf"(.+?)\s+{GROUND_WORDS}", place.name)):
        return ground.group(1)
    # (the name asked for in the text first: the pattern, made of the name, is compiled anew for most names)
    if place.kind == CITY and place.name in finding.text \
            and re.search(rf"\b{re.escape(place.name)}\s+[A-Z][a-z]", finding.text) \
            and not re.search(rf"\b{re.escape(place.name)}\s*,", finding.text):
        return place.name  # "Orlando Pirates v ...": the town's name opens a longer name
    return ""


def settle_grounds(blocks: list[Block], findings: list[Finding]) -> None:
    """Such a ground's or club's finding takes a place of the item's country: one its own words name, else the
    item's area, else the place of that country the item names first."""
    candidates = [f for f in findings if f.place is not None and _named_after(f.place, f)]
    if not candidates:
        return
    named = [m.place for b in blocks for m in find_places(b.text) if m.place.kind != COUNTRY]
    for finding in candidates:
        place = finding.place
        assert place is not None
        town = _named_after(place, finding)
        others = [p for p in named if p.country != place.country]
        home = Counter(p.country for p in {p.name: p for p in others}.values()).most_common(1)
        # Abroad, only the town itself (as a town, a ground or a club); at home, several places of one country.
        abroad = [p for p in named if p.country == place.country and not p.name.startswith(town)]
        if not home or home[0][1] < _HOME_PLACES or abroad:
            continue
        country = home[0][0]
        own = best_place([m for m in find_places(finding.text) if m.place.country == country])
        if own is not None:
            finding.place = own
        elif finding.area is not None and finding.area.country == country:
            finding.place = None
        else:
            finding.place = next(p for p in others if p.country == country)
