"""Australian addresses: a town, its state and a postcode of four digits ("Parramatta NSW 2150", "Geelong VIC
3220", "Ballarat, Victoria 3350", "PARRAMATTA NSW 2150"). Pure.

The postcode settles that the state is Australia's: "Victoria 3350" is the state, not the Canadian city the
gazetteer knows by that name, and a town the gazetteer lacks is on its state's clock. The first digit of the
postcode must fit the state (Australia Post numbers its states so), which keeps other numbers out.
"""

from __future__ import annotations

import functools
import re

from parsers.placeindex import CITY, REGION, Place, region_places

# State as written -> (its name in regions.py, or "" for Victoria, which the table leaves to the Canadian city;
# the postcodes' first digits).
_STATES = {
    "NSW": ("New South Wales", "12"), "New South Wales": ("New South Wales", "12"),
    "ACT": ("Australian Capital Territory", "02"),
    "Australian Capital Territory": ("Australian Capital Territory", "02"),
    "VIC": ("", "38"), "Vic": ("", "38"), "Victoria": ("", "38"),
    "QLD": ("Queensland", "49"), "Qld": ("Queensland", "49"), "Queensland": ("Queensland", "49"),
    "SA": ("South Australia", "5"), "South Australia": ("South Australia", "5"),
    "WA": ("Western Australia", "6"), "Western Australia": ("Western Australia", "6"),
    "TAS": ("Tasmania", "7"), "Tas": ("Tasmania", "7"), "Tasmania": ("Tasmania", "7"),
    "NT": ("Northern Territory", "0"), "Northern Territory": ("Northern Territory", "0"),
}
_VICTORIA = Place("Victoria", REGION, "Victoria, Australia", "AU", "Australia/Melbourne", True)
_STATE_NAMES = "|".join(sorted(map(re.escape, _STATES), key=len, reverse=True))
# Up to three capitalised words (or one in capitals, as Australia Post prints the town), an optional comma, the
# state, the postcode.
_ADDRESS = re.compile(rf"(?<![\w'’.-])(?P<town>(?:[A-Z][\w'’-]*[ \t]){{0,2}}[A-Z][\w'’-]*),?[ \t]+"
                      rf"(?P<state>{_STATE_NAMES})\.?[ \t]+(?P<code>\d{{4}})(?![\w-])")
# "10 Market Street Parramatta NSW 2150": the street's words before the town are no part of its name.
_STREET_WORD = re.compile(r"^.*\b(?:Street|St|Road|Rd|Avenue|Ave|Parade|Pde|Highway|Hwy|Lane|Ln|Drive|Dr|Place|Pl"
                          r"|Terrace|Tce|Crescent|Cres|Court|Ct|Way|Boulevard|Close|Square|Level|Floor|Box)\b\.?\s*",
                          re.IGNORECASE)
# A state before four digits: only a text that has one is searched for the town before it (most texts have years).
_GATE = re.compile(rf"(?:{_STATE_NAMES})\.?[ \t]+\d{{4}}(?![\w-])")


@functools.cache
def _state(written: str) -> tuple[Place, str]:
    name, digits = _STATES[written]
    return (region_places()[name] if name else _VICTORIA), digits


def australian_addresses(text: str) -> list[tuple[int, int, Place, int, int, Place]]:
    """(start, end, town, start, end, state) of every Australian town named with its state and postcode."""
    if _GATE.search(text) is None:
        return []
    found = []
    for match in _ADDRESS.finditer(text):
        state, digits = _state(match.group("state"))
        if match.group("code")[0] not in digits:
            continue
        town = match.group("town")
        street = _STREET_WORD.match(town)
        start = match.start("town") + (street.end() if street else 0)
        name = text[start : match.end("town")]
        if not name or not name[0].isupper():
            continue
        name = name.title() if name.isupper() else name  # "PARRAMATTA"
        place = Place(name, CITY, f"{name}, {state.name}", "AU", state.zone, state.zone_certain)
        found.append((start, match.end("town"), place, match.start("state"), match.end("state"), state))
    return found
