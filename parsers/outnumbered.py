"""A place named once against many towns of another clock: which one the page's unlabelled times keep. Pure.

A ticket shop's listing names its towns entry by entry ("GLASGOW: Stereo", "EXETER: Cavern", "Liverpool Valley
Community Theatre") and a charity banner once says "our programme in Nairobi, Kenya". The one "in Nairobi" is the only
place the page names after "in", yet the events are where the many towns of one clock are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from parsers.places import CITY, COUNTRY, VENUE, Place, find_places
from parsers.zones import in_zone

_SEVERAL = 3  # towns of one other clock, each named, for them to outweigh a place named once
# "GLASGOW: Stereo", "BIRMINGHAM: Kitchen Garden Cafe": a line opening with a town in capitals and a colon,
# the town of a listing entry over its venue.
_CAPS_TOWN = re.compile(r"^[ \t]*(?P<town>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):[ \t]+(?=\S)", re.MULTILINE)
_LOWER_WORDS = frozenset({"of", "the", "upon", "on", "de", "la", "du"})


def _as_written(capitals: str) -> str:
    """'NEWCASTLE UPON TYNE' -> 'Newcastle upon Tyne': a name as the gazetteer spells it."""
    return " ".join(w.lower() if at and w.lower() in _LOWER_WORDS else w.capitalize()
                    for at, w in enumerate(capitals.split()))


def _capital_towns(text: str) -> list[Place]:
    """The towns opening the text's lines in capitals before a colon."""
    found = []
    for line in _CAPS_TOWN.finditer(text):
        name = _as_written(line.group("town"))
        named = find_places(name)
        if named and named[0].start == 0 and named[0].end == len(name) and named[0].place.kind == CITY:
            found.append(named[0].place)
    return found


def _clock(zone: str) -> tuple[dt.timedelta | None, ...]:
    """A zone's offsets in January and July: zones of one clock under other names agree."""
    return tuple(in_zone(dt.datetime(2021, month, 1, 12, tzinfo=dt.UTC), zone).utcoffset() for month in (1, 7))


def outnumbering_town(main: Place, texts: Iterable[str]) -> Place | None:
    """The town to take instead of `main`, a place the texts name once: the most named of the towns the texts name
    (in prose or as a listing entry's capitals), when at least three towns are named besides it, all keeping one
    clock that is not main's. Towns of several clocks, or fewer, leave `main` as it is."""
    if not main.zone:
        return None
    counts: dict[str, tuple[int, int, Place]] = {}
    for text in texts:
        places = [m.place for m in find_places(text) if m.place.kind in (CITY, VENUE)] + _capital_towns(text)
        for place in places:
            if place.name != main.name:
                seen, _, kept = counts.get(place.name, (0, 0, place))
                counts[place.name] = (seen + 1, kept.specificity, kept)
    towns = [place for _, _, place in counts.values()]
    if len(towns) < _SEVERAL or not all(place.zone and place.zone_certain and place.kind != COUNTRY
                                        for place in towns):
        return None
    clocks = {_clock(place.zone) for place in towns if place.zone}
    if len(clocks) != 1 or _clock(main.zone) in clocks:
        return None
    return max(counts.values(), key=lambda c: (c[0], c[1]))[2]
