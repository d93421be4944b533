"""Where each entry of a diary of several days happens, when the diary moves between clocks. Pure.

    Monday 19 January                       the day's entry names the town: the diary is there
    The Secretary-General is in Davos.
    Tuesday 20 January
    09:00 Meeting with the Swiss President  no place of its own: still in Davos, on Davos's clock
    Wednesday 21 January
    Travel to Addis Ababa                   the diary moves on
    Thursday 22 January
    10:00 Opening of the Executive Council  in Addis Ababa

A timed entry that names no place is where the diary last was, not in the town the item names most: article.py
calls this once the item's area is known, for diaries whose entries name towns of two clocks or more.
"""

from __future__ import annotations

from parsers.findings import Finding
from parsers.places import COUNTRY, Place, best_place, find_places


def _named_town(finding: Finding, area: Place | None) -> Place | None:
    """The town of one clock an entry names: its own place (not the item's area, which a row without a place of its
    own is given), else a town it is in or goes to."""
    own = finding.place if finding.place is not area else None
    place = own or best_place(find_places(finding.text), locative_only=True)
    return place if place is not None and place.zone_certain and place.kind != COUNTRY else None


def follow_the_diary(findings: list[Finding], area: Place | None) -> None:
    """Give each timed entry without a place the town the diary was last in, where its towns keep several clocks."""
    towns = [_named_town(f, area) for f in findings]
    if len({t.zone for t in towns if t is not None}) < 2:
        return  # one clock: the item's area says it as well
    here: Place | None = None
    for finding, town in zip(findings, towns, strict=True):
        if town is None and finding.time is not None and here is not None:
            if finding.place is area:
                finding.place = here
            finding.area = here
        here = town or here
