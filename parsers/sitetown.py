"""The US town a city's own web address names: "pittsburghpa.gov", "stlouis-mo.gov", "cityofomaha.org". Pure.

A city department's page that names no place in its text (hearings "at 200 Ross Street, 2 PM", the city named
only in the header's logo) keeps its city's clock, which its address spells: the town run together, then its
state's postal code, or "cityof" before it. A bare word ("dart.org", "hoy.com.py") is no such address: many
towns are words.
"""

from __future__ import annotations

import functools
import re
import urllib.parse

from parsers.placeindex import Place, abbreviations, towns_in
from parsers.places import CITY

# A host of a US body: its first label, after "www.", and a generic top-level domain.
_HOST = re.compile(r"(?:www\.)?(?P<label>[a-z][a-z-]{3,40})\.(?:gov|us|org|com|net)", re.IGNORECASE)
_PREFIX = re.compile(r"(?:city|town|village)-?of-?")


@functools.cache
def _us_towns() -> dict[str, list[Place]]:
    """A US town's name run together in lower case ("stlouis") -> the towns of that name, of every table."""
    towns: dict[str, list[Place]] = {}
    for name, zone in towns_in("US"):
        towns.setdefault(_squashed(name), []).append(Place(name, CITY, f"{name}, United States", "US", zone, True))
    return towns


def _squashed(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def host_town(host: str) -> Place | None:
    """The US town a host name spells ("pittsburghpa.gov": Pittsburgh), when its towns of that name keep one clock
    (or one in the state it names); else None."""
    found = _HOST.fullmatch(host.strip().rstrip("/").lower())
    if found is None:
        return None
    label = found.group("label")
    prefixed = _PREFIX.match(label)
    if prefixed:
        return _one_clock(_us_towns().get(_squashed(label[prefixed.end():]), []), None)
    state = abbreviations().get(label[-2:].upper())
    if state is None or state.country != "US":
        return None
    return _one_clock(_us_towns().get(_squashed(label[:-2]), []), state)


def site_town(url: str) -> Place | None:
    """The US town of `url`'s host name ("https://www.stlouis-mo.gov/..."), else None."""
    return host_town(urllib.parse.urlsplit(url).hostname or "")


def _one_clock(towns: list[Place], state: Place | None) -> Place | None:
    if state is not None and state.zone_certain:
        towns = [town for town in towns if town.zone == state.zone]
    return towns[0] if towns and len({town.zone for town in towns}) == 1 else None
