"""Time-zone labels (`CET`, `Brussels time`, `local time`) to IANA zones. Pure.

Policy, for labels that name a region's clock (CET, CEST, EET, BST, ET, ...):
the label names the clock of its region, not a fixed offset. A time given as
"14:00 CET" on a July date is read as 14:00 on Brussels clocks (CEST) and a
note says the label did not fit the season: press offices write "CET" all
year, and a reader in Brussels goes by the wall clock. `UTC`, `Z`, `GMT+2`
and other explicit offsets are fixed offsets and are taken literally; so is
`GMT` itself: wires, UN agencies and central banks (London's too) write "1400
GMT" in July for UTC, never for London's summer clock, which they call BST.

Where the event's place has a zone that keeps the same clock as the label's
region on that day and all year (Belgrade for CET), the place's zone is used,
so the calendar shows the place's own zone.

Local times that do not exist (the hour skipped in spring) move forward by
the gap, as clocks do; ambiguous ones (the hour repeated in autumn) take the
label's side (CEST = summer, CET = winter) or else the first occurrence.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import pytz

from parsers.nationalities import nationalities
from parsers.placeindex import CITY, Place, lookup
from parsers.zonelabels import AMBIGUOUS, LABELS, NAMED_CLOCKS, Label

UTC_ZONE = "UTC"
_OFFSET = re.compile(r"^(?:(?:UTC|GMT)\s*/\s*)?(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?:[:.]?(?P<m>\d\d))?$")
# A clock's letters written with dots: "E.T", "P.S.T".
_DOTTED = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$")
# Greenwich Mean Time, however written: UTC+0, which London keeps in winter only.
_GREENWICH = frozenset({"GMT", "GREENWICH MEAN TIME", "GMT+0", "UTC+0"})
# A country's everyday short name, which the gazetteer (by official and local names) lacks, as clocks are named
# after it: "10.00 a.m. Korea time", "East Timor time", "9 p.m. Holland time".
_EVERYDAY_NAMES = {"korea": "South Korea", "east timor": "Timor-Leste", "holland": "Netherlands"}


class UnknownZone(ValueError):
    """A zone label that names no zone we know."""


@dataclass(frozen=True, slots=True)
class Resolved:
    start: dt.datetime  # aware
    zone: str  # IANA name, or "UTC"
    stated: bool  # the text named the zone (not inferred from place or default)
    certain: bool  # False where the zone is a guess (no label, no place)
    note: str = ""


def iana_name(label: str) -> str | None:
    """The IANA zone a label spells ("America/New_York", "America/New York" as calendar plugins print it), else
    None."""
    name = "_".join(label.split())
    return name if name in _iana_names() else None


@functools.cache
def _iana_names() -> frozenset[str]:
    return frozenset(pytz.all_timezones)  # (the lazy set of pytz iterates empty)


def label_zone(label: str) -> Label | None:
    """The region a label names: 'CET', 'Brussels time', ...; None for unknown labels."""
    return LABELS.get(label.upper().replace(" ", ""))


def localize(zone_name: str, wall: dt.datetime, prefer_dst: bool | None = None) -> dt.datetime:
    """`wall` (naive) on the clocks of `zone_name`, following the module's gap/overlap policy."""
    zone = pytz.timezone(zone_name)
    try:
        local: dt.datetime = zone.localize(wall, is_dst=None)
    except pytz.NonExistentTimeError:
        # Spring forward: 02:30 does not exist; clocks show 03:30.
        local = zone.normalize(zone.localize(wall, is_dst=False))
    except pytz.AmbiguousTimeError:
        local = zone.localize(wall, is_dst=True if prefer_dst is None else prefer_dst)
    return local


def in_zone(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """An aware instant shown on the clocks of `zone_name` (with the right offset for that day)."""
    return instant.astimezone(pytz.utc if zone_name == UTC_ZONE else pytz.timezone(zone_name))


def resolve(
    wall: dt.datetime,
    label: str,
    place_zone: str = "",
    place_zone_certain: bool = True,
    default_zone: str = "Europe/Brussels",
    others: tuple[str, ...] = (),
) -> Resolved:
    """The aware instant of a wall time stated with `label` ("" when none) at a place."""
    text = " ".join(label.split())
    if _DOTTED.match(text):
        text = text.replace(".", "")  # "E.T." is "ET", "E.S.T." is "EST"
    upper = text.upper()
    if upper in _GREENWICH:
        upper = "UTC+0"  # "14:00 GMT": Greenwich's own clock, UTC, in every season
    if upper in ("UTC", "Z", "ZULU"):  # "0930 Zulu": UTC, as forces and launch providers write it
        return Resolved(pytz.utc.localize(wall), UTC_ZONE, True, True)
    offset = _OFFSET.match(upper)
    if offset:
        sign = -1 if offset.group("sign") in "-−" else 1
        minutes = sign * (int(offset.group("h")) * 60 + int(offset.group("m") or 0))
        fixed = dt.timezone(dt.timedelta(minutes=minutes))
        if place_zone and localize(place_zone, wall).utcoffset() == dt.timedelta(minutes=minutes):
            # "14:00 (UTC+3)" in Nairobi: the offset is the place's clock that day, shown as the place's zone.
            return Resolved(localize(place_zone, wall), place_zone, True, True)
        # A fixed offset has no IANA zone: keep the instant, shown in UTC.
        return Resolved(wall.replace(tzinfo=fixed).astimezone(dt.UTC), UTC_ZONE, True, True)
    if "/" in text and (named := iana_name(text)) is not None:
        return Resolved(localize(named, wall), named, True, True)  # "America/New_York": the zone itself
    if upper == "LOCAL TIME" or upper == "LOCAL":
        if place_zone:
            return Resolved(localize(place_zone, wall), place_zone, False, place_zone_certain)
        return Resolved(localize(default_zone, wall), default_zone, False, False,
                        "the text says local time but names no place; the default zone is assumed")
    if upper.endswith(" LOCAL TIME") and label_zone(text) is None:
        # "5:00 a.m. Singapore local time": the town's clock; a town the gazetteer does not know ("The Hague local
        # time") leaves the local time of the place
        try:
            return _city_time(wall, text[: -len(" local time")])
        except UnknownZone:
            return resolve(wall, "local time", place_zone, place_zone_certain, default_zone, others)
    if upper.endswith(" TIME") and label_zone(text) is None:
        return _city_time(wall, text[: -len(" time")])
    if not text:
        if place_zone:
            return Resolved(localize(place_zone, wall), place_zone, False, place_zone_certain)
        return Resolved(localize(default_zone, wall), default_zone, False, False)
    region = _by_place(upper, wall, place_zone) or _by_named_towns(upper, wall, others) or label_zone(text)
    if region is None:
        raise UnknownZone(f"unknown time-zone label {label!r}")
    return _regional(wall, text, region, _keeper(wall, region, place_zone, others))


def _keeper(wall: dt.datetime, region: Label, place_zone: str, others: tuple[str, ...]) -> str:
    """The place whose clock a regional label names: the event's own, else another town the item names that keeps
    the label that day while the event's does not ("9:30 a.m. MST" in April, in a letter from Ottawa about a
    hearing in Whitehorse, where clocks show MST all year)."""
    if not place_zone or not others or _keeps_label(place_zone, region, wall) or _same_clock(place_zone, region.zone,
                                                                                           wall):
        return place_zone
    if region.dst is None or bool(localize(region.zone, wall, region.dst).dst()) == region.dst:
        return place_zone  # the label is right on its own region's clock that day: no other place needed
    keepers = [zone for zone in dict.fromkeys(others) if zone != region.zone and _keeps_label(zone, region, wall)]
    return keepers[0] if len(keepers) == 1 else place_zone


def _by_place(upper: str, wall: dt.datetime, place_zone: str) -> Label | None:
    """Of the clocks an ambiguous label may name ("IST": India, Ireland, Israel), the one the place keeps."""
    if upper not in AMBIGUOUS or not place_zone:
        return None
    offset = localize(place_zone, wall).utcoffset()
    for region in AMBIGUOUS[upper]:
        if localize(region.zone, wall, region.dst).utcoffset() == offset:
            return region
    return None


def _by_named_towns(upper: str, wall: dt.datetime, others: tuple[str, ...]) -> Label | None:
    """Of the clocks an ambiguous label may name, the one kept by the towns the item names, when only one is: "a
    flash appeal in Geneva at 1400 hrs PST" in a statement from Islamabad is Pakistan's clock, not the Pacific's."""
    if upper not in AMBIGUOUS or not others:
        return None
    offsets = {localize(zone, wall).utcoffset() for zone in others}
    kept = [region for region in AMBIGUOUS[upper] if localize(region.zone, wall, region.dst).utcoffset() in offsets]
    return kept[0] if len(kept) == 1 else None


def _regional(wall: dt.datetime, text: str, region: Label, place_zone: str) -> Resolved:
    zone = region.zone
    if place_zone and place_zone != zone and (_same_clock(place_zone, zone, wall)
                                              or _keeps_label(place_zone, region, wall)):
        zone = place_zone
    start = localize(zone, wall, region.dst)
    note = ""
    in_summer = bool(start.dst())
    if region.dst is not None and in_summer != region.dst:
        local = start.tzname()
        note = (f"the text says {text.upper()} but on {wall:%d %B %Y} the clocks there show {local}; "
                f"read as local time ({local}, UTC{start:%z})")
    return Resolved(start, zone, True, True, note)


def _city_time(wall: dt.datetime, city: str) -> Resolved:
    """"Geneva time", and a country's or its people's name for a land of one clock: "Japan time", "Korean time"."""
    place = lookup(city) or _nation(city) or (lookup(_EVERYDAY_NAMES[city.lower()])
                                              if city.lower() in _EVERYDAY_NAMES else None)
    if place is None or not place.zone or place.kind != CITY and not place.zone_certain:
        # "US time" names no one clock: the country keeps several.
        raise UnknownZone(f"unknown time-zone label {city + ' time'!r}")
    return Resolved(localize(place.zone, wall), place.zone, True, place.zone_certain)


def _nation(adjective: str) -> Place | None:
    """The country of a nationality ("Korean" -> South Korea), if the word is one."""
    country = nationalities().get(adjective)
    return lookup(country) if country else None


def _keeps_label(place_zone: str, region: Label, wall: dt.datetime) -> bool:
    """A place whose clocks show the label's offset that day: "EST" in Panama, "AEST" in Brisbane in January.

    Where there is no summer time, a winter label is right all year; the place's zone keeps it so.
    """
    if region.dst is None:
        return False
    winter = wall.replace(month=1 if region.zone.startswith(("Europe", "America", "Asia", "Africa")) else 7, day=15)
    stated = localize(region.zone, winter).utcoffset()
    if region.dst:
        summer = wall.replace(month=7 if winter.month == 1 else 1, day=15)
        stated = localize(region.zone, summer).utcoffset()
    return localize(place_zone, wall).utcoffset() == stated


@functools.lru_cache(maxsize=4096)
def _same_clock(candidate: str, reference: str, wall: dt.datetime) -> bool:
    """Do two zones show the same time on this day and in both seasons of its year? (Cached: tz data is fixed.)"""
    days = (wall, wall.replace(month=1, day=15), wall.replace(month=7, day=15))
    return all(localize(candidate, day).utcoffset() == localize(reference, day).utcoffset() for day in days)


def offset_label(minutes: int) -> str:
    """'UTC+09:00' for a clock 540 minutes ahead of UTC."""
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def settled_by_offset(label: str, minutes: int) -> str | None:
    """The clock an ambiguous label names, told by its offset from UTC in minutes ("IST" at +330: India Standard
    Time); None for a label that names one clock, or an offset none of its clocks keeps."""
    for region in AMBIGUOUS.get(label.upper(), ()):
        for summer, name in NAMED_CLOCKS.get(region.zone, {}).items():
            if (summer or not region.dst) and season_offset(region.zone, summer) == minutes:  # BST: summer only
                return name
    return None


@functools.cache
def season_offset(zone_name: str, summer: bool) -> int:
    """Minutes from UTC to a northern zone's clock in July (summer) or January."""
    day = dt.datetime.combine(dt.date(2024, 7 if summer else 1, 15), dt.time(12))  # a wall time: naive
    offset = localize(zone_name, day).utcoffset()
    return int(offset.total_seconds()) // 60 if offset is not None else 0
