"""Canadian postal codes: "V2N 1B2", "T2P 1J9". Pure.

A Canadian address gives its province by its postal code's first letter (Canada Post assigns them so: V British
Columbia, T Alberta, M Toronto's Ontario, H Montreal's Quebec, ...), however its lines are split ("Prince George," /
"BC" / "V2N 1B2", one per block of a built page). For the clock of an item that names no town with its province.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parsers.placeindex import Place, abbreviations

# The first letter -> the province's postal abbreviation (X, the territories of several clocks, says none).
_PROVINCES = {"A": "NL", "B": "NS", "C": "PE", "E": "NB", "G": "QC", "H": "QC", "J": "QC", "K": "ON", "L": "ON",
              "M": "ON", "N": "ON", "P": "ON", "R": "MB", "S": "SK", "T": "AB", "V": "BC", "Y": "YT"}
# Letter, digit, letter, a space, digit, letter, digit: D, F, I, O, Q and U are never used (nor W, Z first).
_CODE = re.compile(r"(?<![\w-])([ABCEGHJ-NPRSTVXY])\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d(?![\w-])")


def province_of_postcodes(texts: Iterable[str]) -> Place | None:
    """The province the item's Canadian postal codes put it in, when they all keep one clock."""
    letters = [found.group(1) for text in texts for found in _CODE.finditer(text)]
    places = [abbreviations().get(_PROVINCES.get(letter, "")) for letter in letters]
    zones = {place.zone for place in places if place is not None}
    if not places or None in places or len(zones) != 1:
        return None
    return places[0]
