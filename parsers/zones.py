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

UTC_ZONE = "UTC"


@dataclass(frozen=True, slots=True)
class Label:
    zone: str  # the IANA zone of the label's region
    dst: bool | None  # True: a summer label, False: a winter one, None: either


# The region each label names; the first zone is the one shown when no place refines it.
LABELS: dict[str, Label] = {
    "CET": Label("Europe/Brussels", False),
    "CEST": Label("Europe/Brussels", True),
    "MEZ": Label("Europe/Berlin", False),
    "MESZ": Label("Europe/Berlin", True),
    "EET": Label("Europe/Athens", False),
    "EEST": Label("Europe/Athens", True),
    "WET": Label("Europe/Lisbon", False),
    "WEST": Label("Europe/Lisbon", True),
    "BST": Label("Europe/London", True),
    # India Standard Time, which releases mean by "IST" far more often than Ireland's summer clock (Irish Standard
    # Time, which pytz marks winter as DST of): Ireland's when the place is Irish, see AMBIGUOUS.
    "IST": Label("Asia/Kolkata", None),
    "MSK": Label("Europe/Moscow", None),
    "ET": Label("America/New_York", None),
    "EST": Label("America/New_York", False),
    "EDT": Label("America/New_York", True),
    "CT": Label("America/Chicago", None),
    "CST": Label("America/Chicago", False),
    "CDT": Label("America/Chicago", True),
    "MT": Label("America/Denver", None),
    "MST": Label("America/Denver", False),
    "MDT": Label("America/Denver", True),
    "PT": Label("America/Los_Angeles", None),
    "PST": Label("America/Los_Angeles", False),
    "PDT": Label("America/Los_Angeles", True),
    "AKST": Label("America/Anchorage", False),
    "AKDT": Label("America/Anchorage", True),
    "HST": Label("Pacific/Honolulu", None),
    "ADT": Label("America/Halifax", True),
    "NST": Label("America/St_Johns", False),
    "NDT": Label("America/St_Johns", True),
    # "9:30 a.m. NT": Newfoundland time, as Canada's advisories write it (the Northern Territory's where the place is
    # Australian, see AMBIGUOUS)
    "NT": Label("America/St_Johns", None),
    "AEST": Label("Australia/Sydney", False),
    "AEDT": Label("Australia/Sydney", True),
    "ACST": Label("Australia/Adelaide", False),
    "ACDT": Label("Australia/Adelaide", True),
    # "5pm AEDST": Australian Eastern (Central) Daylight Saving Time, as some regulators write summer time
    "AEDST": Label("Australia/Sydney", True),
    "ACDST": Label("Australia/Adelaide", True),
    "AWST": Label("Australia/Perth", None),
    "NZST": Label("Pacific/Auckland", False),
    "NZDT": Label("Pacific/Auckland", True),
    "HKT": Label("Asia/Hong_Kong", None),
    "SGT": Label("Asia/Singapore", None),
    "JST": Label("Asia/Tokyo", None),
    "KST": Label("Asia/Seoul", None),
    "PHT": Label("Asia/Manila", None),
    "WIB": Label("Asia/Jakarta", None),
    "WITA": Label("Asia/Makassar", None),
    "WIT": Label("Asia/Jayapura", None),
    "ICT": Label("Asia/Bangkok", None),
    "PKT": Label("Asia/Karachi", None),
    "SAST": Label("Africa/Johannesburg", None),
    "EAT": Label("Africa/Nairobi", None),
    "CAT": Label("Africa/Maputo", None),
    "WAT": Label("Africa/Lagos", None),
    "GST": Label("Asia/Dubai", None),
    # "AST" names the Atlantic clock where no place says Arabia (AMBIGUOUS below): a winter label, so Puerto
    # Rico, which keeps it all year, keeps its own zone.
    "AST": Label("America/Halifax", False),
    "AET": Label("Australia/Sydney", None),
    "NZT": Label("Pacific/Auckland", None),
    "MYT": Label("Asia/Kuala_Lumpur", None),
    "NPT": Label("Asia/Kathmandu", None),
    "IRST": Label("Asia/Tehran", None),
    # South America's clocks, as its ministries and exchanges abbreviate them.
    "BRT": Label("America/Sao_Paulo", False),
    "BRST": Label("America/Sao_Paulo", True),
    "ART": Label("America/Argentina/Buenos_Aires", None),
    "CLT": Label("America/Santiago", False),
    "CLST": Label("America/Santiago", True),
    "COT": Label("America/Bogota", None),
    "PET": Label("America/Lima", None),
    "UYT": Label("America/Montevideo", None),
    "VET": Label("America/Caracas", None),
    "PACIFIC": Label("America/Los_Angeles", None),  # "1 p.m. Pacific", "All times are Eastern"
    "CENTRAL": Label("America/Chicago", None),
    "MOUNTAIN": Label("America/Denver", None),
    "EASTERN": Label("America/New_York", None),
    "PACIFICTIME": Label("America/Los_Angeles", None),
    "CENTRALTIME": Label("America/Chicago", None),
    "MOUNTAINTIME": Label("America/Denver", None),
    "ATLANTICTIME": Label("America/Halifax", None),
    "INDIASTANDARDTIME": Label("Asia/Kolkata", None),
    "ARABIASTANDARDTIME": Label("Asia/Riyadh", None),
    "GULFSTANDARDTIME": Label("Asia/Dubai", None),
    "EASTAFRICATIME": Label("Africa/Nairobi", None),
    "AUSTRALIANEASTERNSTANDARDTIME": Label("Australia/Sydney", False),
    "AUSTRALIANEASTERNDAYLIGHTTIME": Label("Australia/Sydney", True),
    "CET/CEST": Label("Europe/Brussels", None),
    "CENTRALEUROPEANTIME": Label("Europe/Brussels", None),
    "CENTRALEUROPEANSUMMERTIME": Label("Europe/Brussels", True),
    "EASTERNEUROPEANTIME": Label("Europe/Athens", None),
    "WESTERNEUROPEANTIME": Label("Europe/Lisbon", None),
    "BRITISHSUMMERTIME": Label("Europe/London", True),
    "EASTERNTIME": Label("America/New_York", None),
    "EASTERNSTANDARDTIME": Label("America/New_York", False),
    "EASTERNDAYLIGHTTIME": Label("America/New_York", True),
    "MOSCOWTIME": Label("Europe/Moscow", None),
    "EET/EEST": Label("Europe/Athens", None),
    "WET/WEST": Label("Europe/Lisbon", None),
    "GMT/BST": Label("Europe/London", None),
    # The long names of the clocks above, as releases spell them out ("2 p.m. Central Standard Time").
    "CENTRALSTANDARDTIME": Label("America/Chicago", False),
    "CENTRALDAYLIGHTTIME": Label("America/Chicago", True),
    "MOUNTAINSTANDARDTIME": Label("America/Denver", False),
    "MOUNTAINDAYLIGHTTIME": Label("America/Denver", True),
    "PACIFICSTANDARDTIME": Label("America/Los_Angeles", False),
    "PACIFICDAYLIGHTTIME": Label("America/Los_Angeles", True),
    "ALASKATIME": Label("America/Anchorage", None),
    "HAWAIITIME": Label("Pacific/Honolulu", None),
    "HAWAII-ALEUTIANSTANDARDTIME": Label("Pacific/Honolulu", None),
    "ATLANTICSTANDARDTIME": Label("America/Halifax", False),
    "ATLANTICDAYLIGHTTIME": Label("America/Halifax", True),
    "NEWFOUNDLANDTIME": Label("America/St_Johns", None),
    "YUKONSTANDARDTIME": Label("America/Whitehorse", None),  # UTC-7 all year since 2020
    "YUKONTIME": Label("America/Whitehorse", None),
    "CENTRALEUROPEANSTANDARDTIME": Label("Europe/Brussels", False),
    "EASTERNEUROPEANSUMMERTIME": Label("Europe/Athens", True),
    "WESTERNEUROPEANSUMMERTIME": Label("Europe/Lisbon", True),
    "IRISHSTANDARDTIME": Label("Europe/Dublin", None),
    "IRISHTIME": Label("Europe/Dublin", None),  # "at 11am Irish time", as Dublin's advisories write it
    "MOSCOWSTANDARDTIME": Label("Europe/Moscow", None),
    "ISRAELSTANDARDTIME": Label("Asia/Jerusalem", False),
    "ISRAELDAYLIGHTTIME": Label("Asia/Jerusalem", True),
    "INDIANSTANDARDTIME": Label("Asia/Kolkata", None),
    "PAKISTANSTANDARDTIME": Label("Asia/Karachi", None),
    "NEPALSTANDARDTIME": Label("Asia/Kathmandu", None),
    "NEPALTIME": Label("Asia/Kathmandu", None),
    "MALAYSIASTANDARDTIME": Label("Asia/Kuala_Lumpur", None),
    "MALAYSIATIME": Label("Asia/Kuala_Lumpur", None),
    "NEWFOUNDLANDSTANDARDTIME": Label("America/St_Johns", False),
    "NEWFOUNDLANDDAYLIGHTTIME": Label("America/St_Johns", True),
    "CHINASTANDARDTIME": Label("Asia/Shanghai", None),
    "HONGKONGTIME": Label("Asia/Hong_Kong", None),
    "SINGAPORESTANDARDTIME": Label("Asia/Singapore", None),
    "PHILIPPINESTANDARDTIME": Label("Asia/Manila", None),
    "BANGLADESHSTANDARDTIME": Label("Asia/Dhaka", None),
    "PHILIPPINETIME": Label("Asia/Manila", None),
    "JAPANSTANDARDTIME": Label("Asia/Tokyo", None),
    "KOREASTANDARDTIME": Label("Asia/Seoul", None),
    "KOREANSTANDARDTIME": Label("Asia/Seoul", None),
    "WESTERNINDONESIATIME": Label("Asia/Jakarta", None),
    "CENTRALINDONESIATIME": Label("Asia/Makassar", None),
    "EASTERNINDONESIATIME": Label("Asia/Jayapura", None),
    "CENTRALAFRICATIME": Label("Africa/Maputo", None),
    "WESTAFRICATIME": Label("Africa/Lagos", None),
    "SOUTHAFRICASTANDARDTIME": Label("Africa/Johannesburg", None),
    "SOUTHERNAFRICATIME": Label("Africa/Johannesburg", None),
    "SOUTHAFRICANSTANDARDTIME": Label("Africa/Johannesburg", None),
    "AUSTRALIANCENTRALSTANDARDTIME": Label("Australia/Adelaide", False),
    "AUSTRALIANCENTRALDAYLIGHTTIME": Label("Australia/Adelaide", True),
    "AUSTRALIANWESTERNSTANDARDTIME": Label("Australia/Perth", None),
    "NEWZEALANDSTANDARDTIME": Label("Pacific/Auckland", False),
    "NEWZEALANDDAYLIGHTTIME": Label("Pacific/Auckland", True),
}
# Labels that name different clocks in different places: the place decides, else the first is read.
AMBIGUOUS: dict[str, tuple[Label, ...]] = {
    "IST": (Label("Asia/Kolkata", None), Label("Europe/Dublin", None), Label("Asia/Jerusalem", False)),
    "AST": (Label("America/Halifax", False), Label("Asia/Riyadh", None)),
    "CST": (Label("America/Chicago", False), Label("Asia/Shanghai", None), Label("Australia/Adelaide", False)),
    # Australian releases write their eastern and central clocks without the "A" ("10am EST" in Sydney).
    "EST": (Label("America/New_York", False), Label("Australia/Sydney", False), Label("Australia/Brisbane", None)),
    "EDT": (Label("America/New_York", True), Label("Australia/Sydney", True)),
    "CDT": (Label("America/Chicago", True), Label("Australia/Adelaide", True)),
    "BST": (Label("Europe/London", True), Label("Asia/Dhaka", None)),  # British Summer or Bangladesh Standard Time
    # Pacific, Philippine or Pakistan Standard Time
    "PST": (Label("America/Los_Angeles", False), Label("Asia/Manila", None), Label("Asia/Karachi", None)),
    "NST": (Label("America/St_Johns", False), Label("Asia/Kathmandu", None)),  # Newfoundland or Nepal Standard Time
    "NT": (Label("America/St_Johns", None), Label("Australia/Darwin", None)),  # Newfoundland or Northern Territory
    "MST": (Label("America/Denver", False), Label("Asia/Kuala_Lumpur", None)),  # Mountain or Malaysia Standard Time
}
# The long name of each clock an ambiguous label may name, by whether that clock is then on summer time: what the
# label becomes once its offset from UTC, given beside it, says which clock it is ("10:30 IST (0500 GMT)": India's).
# A region with no name here is not settled by an offset (Adelaide's CST, Sydney's EST): the place decides.
_NAMED_CLOCKS: dict[str, dict[bool, str]] = {
    "Europe/Dublin": {False: "Irish Standard Time", True: "Irish Standard Time"},
    "Asia/Kolkata": {False: "India Standard Time"},
    "Asia/Jerusalem": {False: "Israel Standard Time", True: "Israel Daylight Time"},
    "America/Chicago": {False: "Central Standard Time", True: "Central Daylight Time"},
    "Asia/Shanghai": {False: "China Standard Time"},
    "America/Halifax": {False: "Atlantic Standard Time"},
    "Asia/Riyadh": {False: "Arabia Standard Time"},
    "Europe/London": {True: "British Summer Time"},
    "Asia/Dhaka": {False: "Bangladesh Standard Time"},
    "America/Los_Angeles": {False: "Pacific Standard Time"},
    "Asia/Manila": {False: "Philippine Standard Time"},
    "Asia/Karachi": {False: "Pakistan Standard Time"},
    "America/St_Johns": {False: "Newfoundland Standard Time"},
    "Asia/Kathmandu": {False: "Nepal Standard Time"},
    "America/Denver": {False: "Mountain Standard Time"},
    "Asia/Kuala_Lumpur": {False: "Malaysia Standard Time"},
}
_OFFSET = re.compile(r"^(?:(?:UTC|GMT)\s*/\s*)?(?:UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d\d))?$")
# Greenwich Mean Time, however written: UTC+0, which London keeps in winter only.
# A clock's letters written with dots: "E.T", "P.S.T".
_DOTTED = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$")
_GREENWICH = frozenset({"GMT", "GREENWICH MEAN TIME", "GMT+0", "UTC+0"})


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
    if upper.endswith(" TIME") and label_zone(text) is None:
        return _city_time(wall, text[: -len(" time")])
    if not text:
        if place_zone:
            return Resolved(localize(place_zone, wall), place_zone, False, place_zone_certain)
        return Resolved(localize(default_zone, wall), default_zone, False, False)
    region = _by_place(upper, wall, place_zone) or label_zone(text)
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
    place = lookup(city) or _nation(city)
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


def settled_by_offset(label: str, minutes: int) -> str | None:
    """The clock an ambiguous label names, told by its offset from UTC in minutes ("IST" at +330: India Standard
    Time); None for a label that names one clock, or an offset none of its clocks keeps."""
    for region in AMBIGUOUS.get(label.upper(), ()):
        for summer, name in _NAMED_CLOCKS.get(region.zone, {}).items():
            if (summer or not region.dst) and _season_offset(region.zone, summer) == minutes:  # BST: summer only
                return name
    return None


@functools.cache
def _season_offset(zone_name: str, summer: bool) -> int:
    """Minutes from UTC to a northern zone's clock in July (summer) or January."""
    day = dt.datetime.combine(dt.date(2024, 7 if summer else 1, 15), dt.time(12))  # a wall time: naive
    offset = localize(zone_name, day).utcoffset()
    return int(offset.total_seconds()) // 60 if offset is not None else 0
