"""Where an organisation stands, read from its name: the town it is "in", a place or city in its name, the body of a
place it is named after, a state's postal code, an English civil parish, its nationality, or the seat of the
international body it belongs to. Pure. (area.py weighs this against the places the item names.)"""

from __future__ import annotations

import functools
import re

from parsers.nationalities import nationalities
from parsers.placeindex import (
    abbreviations,
    has_namesakes,
    initials_place,
    lookup,
    namesakes,
    namesakes_in,
    region_places,
    small_town,
    towns_in,
)
from parsers.placemention import PlaceMention
from parsers.placenames import after_title
from parsers.places import CITY, COUNTRY, VENUE, Place, best_place, find_places
from parsers.seats import organisation_seats
from parsers.sitetown import host_town
from parsers.yearclues import MONTH_FIRST, numeric_order


@functools.cache
def _nationality() -> re.Pattern[str]:
    names = sorted(nationalities(), key=len, reverse=True)  # "South African" before a shorter name within it
    # "Latin American", "Inter-American", "Pan American": a region's adjective, not the nation's; nor is the
    # "Indian" of "Indian Ocean Commission" India's.
    return re.compile(r"(?<![\w-])(?<!Latin )(?<!Pan )(?<!North )(?<!South )(?<!Central )(?:"
                      + "|".join(re.escape(name) for name in names) + r")\b(?!\s+Ocean\b)")


def prepare() -> None:
    """Build now the nationalities' pattern, which the first article read would build
    (`parsers.prepare`, before workers fork)."""
    _nationality()


@functools.cache
def _seat() -> re.Pattern[str]:
    names = sorted(organisation_seats(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in names) + r")(?![\w-])")


_LOCAL_BODY = re.compile(
    r"\b(?:Public Library|Library|City|Town|Village|County|Borough|Township|School District|Schools|Board of"
    r" Education|Housing Authority|Transit|Airport Authority|Port Authority|Park District|Water District"
    r"|University|College"  # a university's talks are on its campus ("American University of Beirut")
    # a house that holds its own events ("National Theatre (London)": talks about a play set in Geneva)
    r"|Theatre|Theater|Opera House|Museum|Gallery|Zoo|Planetarium|Observatory|Botanic Gardens?|Botanical Gardens?)\b")


_MISSION = re.compile(r"\b(?:Embass|Consulat|Konsulat|High\s+Commission|Mission|Delegation|Representation"
                      r"|Embajada|Ambassade|Botschaft|Consolato|Ambasciata)", re.IGNORECASE)


# An item's organisation is asked for its home by several rules (area.py asks up to three times an item), and the
# items of a source share it: the last few answers kept (a pure function of the name; Place is frozen).
@functools.lru_cache(maxsize=16)
def home_of(org: str) -> Place | None:
    """Where an organisation stands: the town it is "in" (a page's postal address: "Columbia River Gorge
    Commission in White Salmon, Washington State" is not in Columbia), else a place in its name, else its
    nationality ("Scottish Government")."""
    _, found_in, town = org.rpartition(" in ")
    home = (best_place(find_places(town)) if found_in else None) or _mission_seat(org) or _named_place(org) \
        or _city_word(org) or _named_after(org) or _served_town(org) or host_town(org)  # "pittsburghpa.gov", ...
    home = american_service_town(org, home) or home
    adjective = _nationality().search(org)
    if home is None and adjective is not None:
        home = lookup(nationalities()[adjective.group()])
    elif home is not None and adjective is not None and not _MISSION.search(org) \
            and (nation := lookup(nationalities()[adjective.group()])) is not None and home.country != nation.country:
        # "French Navy, Brest": the town of that name in the nation the body is named for, not Brest in Belarus (an
        # embassy's adjective is the state it stands for, abroad: "American Embassy, Paris" is not in Texas)
        home = next(iter(namesakes_in(home, nation.country)), home)
    if home is None:
        home = _possessive_country(org)
    if home is None and not org.isupper():
        home = initials_place(org) or _postal_code_first(org) or _civil_parish(org)  # "NSW Government"; ...
    if home is None and (bare := _GLOSS.sub("", org)) != org and bare.strip():
        # "Kyiv Ecological and Cultural Center (press conference at Interfax-Ukraine)": a gloss in brackets, in
        # lower case, keeps the name from reading as a title-case heading, and so its town as a town; the name
        # without its gloss still says where the body stands.
        home = home_of(bare.strip())
    return home


# "Finland's Presidency of the Council of the EU", "Canada's Department of ...": a country's name in the possessive,
# opening the organisation's name, stands for the nation as its adjective does ("Finnish Presidency").
_POSSESSIVE = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+[A-Z]")


def _possessive_country(org: str) -> Place | None:
    """The country whose name, in the possessive, opens an organisation's name."""
    named = _POSSESSIVE.match(org)
    place = lookup(named.group("name")) if named else None
    return place if place is not None and place.kind == COUNTRY else None


# "Permanent Mission of Norway to the UN", "Permanent Representation of Ireland to the EU", "Delegation of Canada to
# NATO": a state's mission stands at the seat of the body it is sent to, not in the state.
_MISSION_TO = re.compile(r"\b(?:Mission|Representation|Delegation)\s+of\s+.+?\s+to\s+(?:the\s+)?(?P<body>.+)$")
# (bodies the seat table leaves out, as their meetings are held in many towns; a mission to one is in this one)
_MISSION_SEATS = {"UN": "New York City", "European Union": "Brussels", "EU": "Brussels", "NATO": "Brussels",
                  "North Atlantic Treaty Organization": "Brussels"}


def _mission_seat(org: str) -> Place | None:
    """The seat of the international body a state's mission is sent to."""
    sent = _MISSION_TO.search(org)
    if sent is None:
        return None
    body = sent.group("body").strip(" .")
    # ("to the United Nations Office at Nairobi": the town the body's name gives first)
    named = best_place(find_places(body))
    if named is not None and named.kind == CITY:
        return named
    town = _MISSION_SEATS.get(body) or organisation_seats().get(body)
    if town is None and (seat := _seat().fullmatch(body)):
        town = organisation_seats()[seat.group()]
    return lookup(town) if town else None


def _named_place(org: str) -> Place | None:
    """The place an organisation's name names (`best_place`); of two as specific, the one that keeps one clock:
    "Joint Region Marianas (U.S. Navy, Guam)" stands in Guam, not somewhere in the United States."""
    found = best_place(mentions := find_places(org))
    if found is not None and found.kind == CITY and (state := _qualifier_elsewhere(org, mentions, found)) is not None:
        return next(iter(namesakes_in(found, state.country)), state)
    if found is None or found.zone_certain:
        return found
    kept = [m.place for m in mentions if not m.topical and m.place.specificity == found.specificity
            and m.place.zone and m.place.zone_certain]
    return kept[0] if kept else found


# "Livingstone Shire Council (Queensland)", "Springfield City Council, Oregon": the state or country that qualifies a
# body's name, in brackets or after a comma.
_QUALIFIER_OPENS = re.compile(r"[(,]\s*$")


def _qualifier_elsewhere(org: str, mentions: list[PlaceMention], town: Place) -> Place | None:
    """The state or country set after a body's name as its qualifier, when the town the name gives is another
    country's ("Livingstone Shire Council (Queensland)": not Livingstone in Zambia, but the shire in Queensland).
    A qualifier that is a country's name and a state's ("Georgia") is read as the one that has the town: "Columbus
    City Council, Georgia" is the American town in the state, and "Athens City Council, Georgia" its namesake there."""
    for mention in mentions:
        if mention.topical or mention.place.kind in (CITY, VENUE) \
                or _QUALIFIER_OPENS.search(org, 0, mention.start) is None:
            continue
        state = region_places().get(mention.place.name)
        readings = [mention.place] + ([state] if state is not None and state != mention.place else [])
        if any(place.country == town.country for place in readings):
            continue
        return next((place for place in readings if namesakes_in(town, place.country)), mention.place)
    return None


# A bracketed gloss after or within an organisation's name.
_GLOSS = re.compile(r"\s*\([^()]*\)")


def written_as_its_namesake(home: Place | None, body: str) -> Place | None:
    """The town of the organisation's name in the one country of that name's towns that writes its numeric dates
    as the item does: "City of Santa Fe ..." writing "Sunday, 10/25" (month first, as the United States writes it) is
    in New Mexico, not in Argentina, which writes the day first."""
    if home is None or not has_namesakes(home) or home.country in MONTH_FIRST or "/" not in body \
            or numeric_order(body, "") != "mdy":
        return home
    month_first = [place for place, _ in namesakes()[home.name] if place.country in MONTH_FIRST]
    return month_first[0] if len(month_first) == 1 else home


# Two-letter postal codes that are also words or Latin abbreviations ("IN", "ME", "OR", "ON", "PA", "AL").
_WORD_CODES = frozenset("IN ME OR OK HI OH MA AL LA DE PA ID MO GA CO ON".split())


def _postal_code_first(org: str) -> Place | None:
    """A state's or province's two-letter postal code opening a body's name, before a capitalised word ("NL Health
    Services", "NB Power", "NJ Transit"): the body of that state or province. Not a code that is also a word."""
    first, _, rest = org.partition(" ")
    if len(first) != 2 or not first.isupper() or first in _WORD_CODES or not rest[:1].isupper():
        return None
    return abbreviations().get(first)


# "Castor Parish Council": the council of a civil parish, England's (and Wales's) smallest local body, named after
# its village; not a church's parish council ("St Mary's Parish Council") nor a Louisiana parish's ("Lafourche").
_PARISH_COUNCIL = re.compile(r"(?!(?:St|Saint|Holy|Our|Sacred|Immaculate|Christ|Blessed)\b)"
                             r"(?P<name>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,3}) Parish Council")
_LOUISIANA_PARISHES = frozenset((
    "Acadia Allen Ascension Assumption Avoyelles Beauregard Bienville Bossier Caddo Calcasieu Caldwell Cameron "
    "Catahoula Claiborne Concordia Evangeline Franklin Grant Iberia Iberville Jackson Jefferson Lafayette Lafourche "
    "LaSalle Lincoln Livingston Madison Morehouse Natchitoches Orleans Ouachita Plaquemines Rapides Richland Sabine "
    "Tangipahoa Tensas Terrebonne Union Vermilion Vernon Washington Webster Winn").split()) | {
    "De Soto", "East Baton Rouge", "East Carroll", "East Feliciana", "Jefferson Davis", "Pointe Coupee", "Red River",
    "West Baton Rouge", "West Carroll", "West Feliciana"}


def _civil_parish(org: str) -> Place | None:
    """An English civil parish's council ("Castor Parish Council"): England's clock."""
    named = _PARISH_COUNCIL.fullmatch(org.strip())
    if named is None or named.group("name") in _LOUISIANA_PARISHES:
        return None
    return lookup("England")


# "Catholic Diocese of Parramatta", "City of Corner Brook": a body of a place, named "... of" the place (not
# "University of Buckingham" or "Friends of Spring": a town's name is often a word or a person's name).
_OF_TOWN = re.compile(r"\b(?:City|Town|Village|Borough|Township|Municipality|Shire|County|District|Diocese"
                      r"|Archdiocese|Eparchy|Parish|Mayor)\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s*$")


# "Prefeitura de Itaúna", "Câmara Municipal de Itatiaia", "Ville de Rimouski", "Ayuntamiento de Tarifa", "Comune di
# Solaro": a town hall or council named after its town in the Romance languages, the town first in a longer name
# ("Prefeitura de Itaúna (Secretaria Municipal de Saúde), Minas Gerais").
_ROMANCE_TOWN_BODY = re.compile(
    r"\b(?:Prefeitura(?:\s+Municipal)?|C[âa]mara\s+Municipal|Munic[íi]pio|Municipalidad(?:\s+(?:Provincial|Distrital))?"
    r"|Municipio|Ayuntamiento|Alcald[íi]a(?:\s+Municipal)?|Mairie|Ville|Commune|Comune|Citt[àa])"
    r"\s+(?:de|di|du|del|do|da|d['’])\s*(?P<town>[A-ZÀ-Ý][\w'’-]*(?:\s(?:de\s|do\s|da\s|del\s)?[A-ZÀ-Ý][\w'’-]*){0,2})"
    r"(?=\s*(?:$|[(,]))")


def _named_after(org: str) -> Place | None:
    """A smaller town the table lacks that a body is named after ("Catholic
    Diocese of Parramatta": Sydney's clock; "Prefeitura de Itaúna": Brasília's)."""
    named = _OF_TOWN.search(org) or _ROMANCE_TOWN_BODY.search(org)
    return small_town(named.group(1)) if named else None


# A town's own service named town first ("Poway Fire Department", "Gilroy Chamber of Commerce", "Cobourg Police
# Service"), or a body "serving" its towns ("Chamber of Commerce serving Maple Ridge and Pitt Meadows").
_SERVICE = (r"(?:Police|Fire|Sheriff'?s?|Fire\s+(?:and|&)\s+Rescue|Fire\s+Protection|Fire\s+Rescue)"
            r"(?:\s+(?:Department|Service|Services|Office|District|Bureau|Authority))?|Chamber\s+of\s+Commerce"
            r"|Public\s+Library|Board\s+of\s+Education|School\s+District")
# A town's own council ("Whangarei District Council", "Stellenbosch Municipality").
_COUNCIL = r"(?:District|City|Town|Borough|Shire|Municipal|Regional)\s+Council|Municipality|Municipal\s+Corporation"
_TOWN = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"
_TOWN_FIRST = re.compile(rf"^(?:The\s+)?(?P<town>{_TOWN})\s+(?:{_SERVICE})\b")
_CITY_OR_SHIRE = re.compile(r"\b(?:City|Shire)\s+Council\b")
_COUNCIL_FIRST = re.compile(rf"^(?:The\s+)?(?P<town>{_TOWN})\s+(?:{_COUNCIL})\b")
_SERVING = re.compile(rf"\bserving\s+(?:the\s+)?(?P<town>{_TOWN})")
# The names North America gives a city's services: its police or fire "department", its "sheriff's office".
_AMERICAN_SERVICE = re.compile(r"\b(?:Police|Fire)\s+Department\b|\bSheriff'?s\s+Office\b")


def _served_town(org: str) -> Place | None:
    """A smaller town the city table lacks, whose service or council the body is ("Poway Fire Department",
    "Whangarei District Council") or that it serves ("... serving Maple Ridge and Pitt Meadows"): that town's clock."""
    named = _TOWN_FIRST.match(org) or _SERVING.search(org)
    if named is not None:
        return small_town(named.group("town"))
    council = _COUNCIL_FIRST.match(org)
    town = small_town(council.group("town")) if council else None
    # (A council's smaller town in a country of several clocks is as likely a district of another country that
    # shares its name, "Eden District Council" an English one, not Eden in North Carolina: only a town of a
    # country of one clock is taken, where the council's name tells the country.)
    # A city's or a shire's council names a town, not a district ("Broken Hill City Council", "Murweh Shire
    # Council"): its town is taken in a country of several clocks as well, on the town's own.
    if town is not None and council is not None and _CITY_OR_SHIRE.search(council.group()) is not None:
        return town
    return town if town is not None and len({zone for _, zone in towns_in(town.country)}) == 1 else None


def american_service_town(org: str, home: Place | None) -> Place | None:
    """"Santa Cruz Police Department": a town of several namesakes whose police or fire "department" the body is, is
    the one of the United States (else of Canada), where services are so named; not the gazetteer's first. None
    where the name is not so (or its town is already American)."""
    named = _TOWN_FIRST.match(org)
    if home is None or named is None or named.group("town") != home.name or home.country in ("US", "CA") \
            or not _AMERICAN_SERVICE.search(org) or not has_namesakes(home):
        return None
    american = [p for p, _ in namesakes()[home.name] if p.country in ("US", "CA")]
    return min(american, key=lambda p: p.country != "US") if american else None


def _city_word(org: str) -> Place | None:
    """A city of one clock as the last word of a title-case name ("Rough Draft Atlanta", "Time Out London"): a local
    publisher named after its city, read as part of the longer name when the name is read whole. (Not the first
    word: "Richmond Fellowship", "Victoria Hospice" are bodies named after a person or a district, anywhere.)"""
    words = org.split()
    if len(words) < 2 or after_title(org, org.rindex(words[-1])):
        return None  # ("Prefeitura Municipal de Presidente Lucena": a town named after a president, not Lucena)
    place = best_place(find_places(words[-1].strip(".,:;")))
    return place if place is not None and place.kind == CITY and place.zone_certain else None


# A body's unit named by its own acronym after the body's ("SEAMEO INNOTECH" in Manila, "SEAMEO RELC" in Singapore,
# "UNESCO IESALC" in Caracas): a centre of it, which sits where it was founded, not at the body's seat.
_UNIT = re.compile(r"\s+[A-Z]{3,}\b")


def seat_of(org: str) -> Place | None:
    """The seat of the international body an organisation is or belongs to ("UNESCO": Paris), for an item that
    names no place at all: its meetings are often elsewhere, so any place the text names comes first."""
    if "Regional" in org or not (body := _seat().search(org)):  # a regional office sits elsewhere
        return None
    if _UNIT.match(org, body.end()):
        return None
    return lookup(organisation_seats()[body.group()])


def org_is_local(org: str) -> bool:
    """A city's own body ("Indianapolis Public Library", "Riverton City Council"), not a state's or a union's."""
    return bool(_LOCAL_BODY.search(org))
