"""The province a Canadian telephone number's area code puts its body in: "call us at 250-563-9251" is British
Columbia's, on Pacific time. Pure.

A careful reader of a library's programme page that names no town, whose only clue is its desk's number, knows the
number's province from its area code: each of these codes is one province's, and each province here keeps one clock
(the territories' 867, Labrador's share of 709 and north-western Ontario's 807 keep several and are left out). Only
where every North American number of the text has a code of this table, all of one province.
"""

from __future__ import annotations

import re

from parsers.placeindex import Place
from parsers.places import REGION, find_places

_CODES = {
    "British Columbia": "236 250 604 672 778",
    "Alberta": "368 403 587 780 825",
    "Saskatchewan": "306 474 639",
    "Manitoba": "204 431 584",
    "Ontario": "226 249 289 343 365 382 416 437 519 548 613 647 683 705 742 753 905",
    "Quebec": "263 354 367 418 438 450 468 514 579 581 819 873",
    "Nova Scotia": "782 902",
    "New Brunswick": "428 506",
}
_PROVINCE_OF = {code: province for province, codes in _CODES.items() for code in codes.split()}
# "250-563-9251", "(604) 555-0100", "604.555.0100", "+1 604 555 0100": a North American number and its area code.
_NUMBER = re.compile(r"(?<![\d+/.-])(?:\+?1[\s.-]?)?\(?([2-9]\d\d)\)?[\s.-]?[2-9]\d\d[\s.-]\d{4}(?![\d/-])")
# A telephone's word shortly before it ("Call us at", "Tel.", "Phone:", "fax", a "Media contact:" block): an order
# number or an ID is no number to dial.
_PHONE_WORD = re.compile(r"(?i:\b(?:call|phone|tel|telephone|fax|dial|ph|text|contacts?|media|inquiries|enquiries"
                         r"|information|info|office|desk)\b)")
_PHONE_REACH = 60
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})  # every province's: they say nothing


def province_of_numbers(body: str) -> Place | None:
    """The province whose area codes every North American telephone number of `body` has, else None."""
    provinces = {_PROVINCE_OF.get(number.group(1)) for number in _NUMBER.finditer(body)
                 if number.group(1) not in _TOLL_FREE
                 and _PHONE_WORD.search(body, max(0, number.start() - _PHONE_REACH), number.start())}
    if len(provinces) != 1 or None in provinces:
        return None
    name = provinces.pop()
    return next((m.place for m in find_places(name or "") if m.place.kind == REGION and m.place.name == name), None)
