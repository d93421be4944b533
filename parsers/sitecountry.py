"""The country a site's address names: a country-code domain ("hoy.com.py", "portsmouth.co.uk"). Pure.

A story of a Paraguayan daily that names no place at all ("this Saturday from 6:00 on the avenue") keeps the
clock of the country its site is in, rather than the calendar's. Only a country of one clock says so; codes
sold as brands (.io, .tv, .me, .ai ...) say nothing of where a site is.
"""

from __future__ import annotations

import functools
import urllib.parse

from parsers.gazetteer_table import PLACES_TSV
from parsers.placeindex import COUNTRY, Place, place_named

# Country codes registered worldwide for their letters, not their country.
_BRANDS = frozenset("io co tv me fm ai ly am to cc ws gg sh nu tk ac la im ms vc fo gl ag bz cx ".split())
_ISO_OF = {"uk": "gb"}  # the one domain whose code is not the country's ISO code


@functools.cache
def _countries() -> dict[str, str]:
    """ISO code (lower case) -> the gazetteer's name of the country."""
    found: dict[str, str] = {}
    for line in PLACES_TSV.splitlines():
        name, kind, display, code, _ = line.split("\t")
        if kind == COUNTRY and name == display:
            found.setdefault(code.lower(), name)
    return found


def site_country(url: str) -> Place | None:
    """The country of `url`'s country-code domain, when that country keeps one clock; else None."""
    return domain_country(urllib.parse.urlsplit(url).hostname or "")


def domain_country(host: str) -> Place | None:
    """The country of a host name's country-code domain ("borough.gov.uk"), when that country keeps one clock."""
    code = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if len(code) != 2 or not code.isalpha() or code in _BRANDS:
        return None
    return country_of_code(_ISO_OF.get(code, code))


def country_of_code(iso: str) -> Place | None:
    """The country of an ISO code ("gb"), when it keeps one clock; else None."""
    name = _countries().get(iso.lower())
    place = place_named(name) if name else None
    return place if place is not None and place.zone_certain else None
