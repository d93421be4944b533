"""Smaller towns written after a street address: "200 S. School Street, Ukiah", "45 Main St., Brattleboro". Pure.

The gazetteer's main table holds towns of 100,000 people and more outside Europe; its table of smaller towns is
read only where an organisation is named after one, since in running text such names are as often people, words
or streets. After a house number and a street, the comma is followed by the town the building stands in, and
nothing else: there a smaller town is a place, and its clock is the event's.
"""

from __future__ import annotations

import re

from parsers.placeindex import Place, small_town

# A house number, an optional compass point, up to three capitalised words, the street's kind, a comma, then up to
# three capitalised words: the town.
_ADDRESS_TOWN = re.compile(
    r"(?<![\w.,:/-])\d{1,5}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Ln|Way|Pl|Place|Ct|Court|Pkwy|Parkway|Hwy|Highway)"
    r"\.?,[ \t]+(?P<town>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})")
# After the town: a stop, a comma, the line's end, or its state's code or ZIP code; not a part of the building
# ("12 Main Street, Annex B", "Suite 200").
_TOWN_ENDS = re.compile(r"[ \t]*(?:[,.;:)]|$|\n|[A-Z]{2}\b|\d{5}\b)", re.MULTILINE)
_WORD_GAP = re.compile(r"[ \t]")


def towns_after_addresses(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, town) of each smaller town named right after a street address, its longest known name."""
    found = []
    for address in _ADDRESS_TOWN.finditer(text):
        start, words = address.start("town"), address.group("town")
        gaps = [gap.start() for gap in _WORD_GAP.finditer(words)] + [len(words)]
        for end in reversed(gaps):  # "Fort Bragg" before "Fort"
            if _TOWN_ENDS.match(text, start + end) and (town := small_town(words[:end])) is not None:
                found.append((start, start + end, town))
                break
    return found
