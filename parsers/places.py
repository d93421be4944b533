"""Find places in text with the gazetteer: countries, cities, venues. Pure.

A place gives an event its LOCATION and, for `local time` or a zone label
shared by many countries, its IANA zone. placeindex.py looks names up in the
table; here we find the names in a text and pick the place an event is at.
placeroles.py tells a place named as where something happens ("in Belgrade")
from one named as a topic, a party or an origin ("a debate on Mexico",
"Croatia v. Serbia", "back from Tokyo"), which never says where; placenames.py
tells a town from a word of a person's or a building's name.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Container, Iterable

from parsers.addresstowns import towns_after_addresses
from parsers.argentineprovinces import province_named, provinces_in
from parsers.lang_iberian import MONTHS as IBERIAN_MONTHS
from parsers.lang_iberian import WEEKDAYS as IBERIAN_WEEKDAYS
from parsers.placeindex import (
    CITY,
    COUNTRY,
    REGION,
    VENUE,
    WORD,
    Place,
    abbreviations,
    first_words,
    known_names,
    namesakes_in,
    place_named,
    town_beneath,
    town_in_state,
)
from parsers.placemention import PlaceMention
from parsers.placenames import after_title, inside_name, name_goes_on, title_case, titled_after
from parsers.placeroles import LOCATIVE, role
from parsers.postcodes import australian_addresses
from parsers.sendingstate import sending_state
from parsers.streetnames import street_named_after
from parsers.townnamesakes import namesakes_beside
from parsers.townregions import REGION_AFTER_A_TOWN, regions_after_a_town
from parsers.uncasedplaces import uncased_places

# Imported from here by many callers: the record, the kinds of place.
__all__ = ["CITY", "COUNTRY", "GROUND_WORDS", "REGION", "VENUE", "Place", "PlaceMention", "best_place", "closing_place",
           "find_places"]

# "Poultney, VT", "Ottawa, ON K1A 0G9": a postal abbreviation after a town names its state or province.
# "Annapolis, Md.", "Richmond, B.C.": news style abbreviates states and provinces so too.
# (Every form opens with a capital, taken before the look-behind: the engine then skips to capitals.)
# "COLUMBUS, OH 43207": an address in capitals; there the ZIP code after the two letters tells them a state's.
_ABBREVIATION = re.compile(r"[A-Z](?:(?<=[a-z.], .)(?:[A-Z]{1,2}\b(?![.'’-]\w)|[a-z]{1,3}\.|\.(?:[A-Z]\.){1,2}"
                           r"|(?<=W)\.Va\.)|(?<=[A-Z], .)[A-Z](?=\s+\d{5}(?:-\d{4})?\b))")
# "Frederick, MD": up to three capitalised words before a state's abbreviation, not a title ("Senator X, NC").
TOWN_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:Senator|Governor|Mayor|President|Minister|Secretary|Sen|Rep|Gov)\b)"
                          r"((?:[A-Z][a-z][\w'’-]*\s){0,2}[A-Z][a-z][\w'’-]*), $")
_STREET = re.compile(
    r"\s+(?:Day\b|Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Drive|Lane|Way\b|Terrace|Crescent"
    r"|Square\b|Plaza\b"  # "Victoria Square, Adelaide": a square named after a town stands in another
    # "the Paris Agreement", "the Lima Group", "The New York Times": a name a place lends, not the place.
    r"|Agreements?\b|Accords?\b|Conventions?\b(?!\s+Cent)|Protocol\b|Treaty\b|Declaration\b|Principles\b|Process\b"
    r"|Format\b|Group\b|Club\b|Consensus\b|Charter\b|Statute\b|Times\b|Post\b|Herald\b|Journal\b|Tribune\b"
    r"|Gazette\b|Chronicle\b"
    # "15:00 Geneva time / 9:00 New York time": a town whose clock tells the time, not where it is
    r"|[Tt]ime\b"
    # "the Micronesia Ballroom of the Hilton Guam", "the Tokyo Room": a room of a hotel or a hall named after a
    # place, most often far from it (the building around it says where)
    r"|Ballroom\b|Room\b|Suite\b|Lounge\b"
    # "in the Santa Rosa meeting room": the room's kind in lower case after its name
    r"|(?:[Mm]eeting|[Cc]onference|[Cc]ommittee|[Bb]oard|[Bb]riefing|[Pp]ress)\s+room\b"
    # "the Columbia River Gorge Commission": a river a place lends its name to is no venue.
    r"|River\b(?!\s+(?:Hall|Center|Centre|Room|Park)\b))"
)
_MAX_WORDS = 6
# Words that do not start in lower case: where a place name can begin.
# May start inside a word ("McDonald"): harmless extra look-ups. (A cheap class first, the exact one behind it:
# the engine rules out lower case and spaces by a bitmap test, not a test of Unicode categories at every
# position. The same matches.)
_CAPITALISED = re.compile(r"[^\x00-@\[-\x7f](?<=[^\W\d_a-z])[\w'’.-]*")  # [^...]: A-Z and all but ASCII
# "Adelaide Oval", "Leeds Arena": a ground named after its town stands in that town (also after "England").
GROUND_WORDS = r"(?:Oval|Stadium|Arena|Park|Grounds?|Showgrounds?|Racecourse|Velodrome)"
_GROUND = re.compile(rf"\s+{GROUND_WORDS}\b")
_CONNECTORS = frozenset({"and", "of", "the", "de", "la", "du", "del", "des", "d.c."})
_TRAILING_CONNECTORS = _CONNECTORS - {"d.c."}  # a name may end with "D.C.", never with "of"


# "City of Akron Appointee", "Town of Wayland Clerk": a town named as its government, whatever word follows
_GOVERNMENT_OF = re.compile(r"\b(?:City|Town|Village|Borough|Township|Municipality)\s+of\s+$")
# "Supreme Court of Victoria", "Parliament of Victoria", "Premier of Victoria": the Australian state a state's own
# court, house or office is of, not the Canadian town (whose offices say "City of Victoria", "Victoria City Council")
_STATE_OFFICE_OF = re.compile(
    r"\b(?:(?:Supreme|County|Magistrates['’]?|Coroners['’]?|Children['’]?s)\s+Court|Parliament|Premier|Government"
    r"|Governor|Legislative\s+(?:Assembly|Council)|State\s+Library|Ombudsman|Auditor-General|Attorney-General"
    r"|Treasurer|Legal\s+Aid)\s+of\s+$")
_VICTORIA_STATE = Place("Victoria", REGION, "Victoria, Australia", "AU", "Australia/Melbourne", True)
# "Buffalo City Metropolitan Municipality", "Makana Local Municipality", "Amathole District Municipality": South
# Africa's three kinds of municipality (the Municipal Structures Act's categories A, B and C), a town's or district's
# name before them. The municipality is in South Africa, not the American or British town of that name.
_SOUTH_AFRICAN_MUNICIPALITY = re.compile(r"(?:[ \t]+City)?[ \t]+(?:Metropolitan|Local|District)[ \t]+Municipality\b")
# "Como o teatro tem lotação limitada", "Nada se sabe": a town whose name is a common word of Spanish or
# Portuguese ("como", "nada"), opening a sentence before an article or pronoun, is that word, not the town.
_ROMANCE_WORD_TOWNS = frozenset({"Como", "Nada"})
_ROMANCE_FOLLOWER = re.compile(r"\s+(?:o|a|os|as|el|la|los|las|lo|le|les|se|un|una|um|uma|en|em|no|na|que|es|é)\s",
                               re.IGNORECASE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
# "Tema" / "Medicina del trabajo", "Tema: la salud", "Sala: Auditorio 2": a town whose name is an event page's field
# label ("tema", topic in Spanish, Italian and Portuguese; "sala", room), alone on its line or before a colon, is that
# label, not Tema in Ghana or Sala in Sweden.
_LABEL_WORD_TOWNS = frozenset({"Tema", "Sala"})
# "Mesa Directiva", "Mesa del Congreso", "la Mesa de la Asamblea": the board of a chamber in Spanish and Catalan, not
# Mesa in Arizona.
_CHAMBER_BOARD = re.compile(r"\s+(?:Directiva|(?:del?|de\s+la|de\s+les)\s+(?:Parlament\w*|Congreso|Congr[ée]s|Senado"
                            r"|Senat|C[áà]mara|Asamblea|Assemblea|Cortes|Corts|Diputaci[óo]n?|Junta|Legislatura"
                            r"|Consell|Consejo))\b")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")
# "Casa Grande del Pueblo", "Defensoría del Pueblo", "Plaza del Pueblo": "the people" in Spanish, not Pueblo in
# Colorado.
_OF_THE = re.compile(r"\b(?:del|de\s+el)\s+$", re.IGNORECASE)
# The image format that shares Papua New Guinea's initials: a file's word after it, another format beside it, or "a"
# or "as" right before it ("a PNG", "saved as PNG"; "in PNG" is _FILE_IN_BEFORE's). The formats in any case.
_FORMATS = r"(?i:jpe?g|gif|tiff?|svg|pdf|bmp|webp|heic|eps|raw|png)"
_OF_AN_IMAGE = re.compile(rf"(?:[ \t]*(?:files?|images?|formats?|graphics?|pictures?|photos?|logos?|versions?"
                          rf"|screenshots?|icons?|exports?|scans?)\b|[ \t]*(?:/|,|or\b|and\b)[ \t]*{_FORMATS}\b"
                          rf"|\.(?:png|PNG)\b)", re.IGNORECASE)
_FORMAT_BEFORE = re.compile(rf"(?:\b{_FORMATS}[ \t]*(?:/|,|or|and)[ \t]*|\b(?:a|as)[ \t]+|\.)$")
# ("Photos are available in PNG.", "the logo can be had as PNG, ...": a file's word earlier in the sentence, then
# "in" or "as", and the clause ends; not "the summit in PNG", which names no file, nor "photos shown in PNG next week")
_CLAUSE_END = re.compile(r"[ \t]*(?:[,;:)!?]|\n|$)")
_FILE_IN_BEFORE = re.compile(r"\b(?:photos?|images?|pictures?|logos?|graphics?|files?|screenshots?|icons?|scans?"
                             r"|downloads?|flyers?|posters?)\b[^.!?\n]{0,40}\b(?:in|as)[ \t]+$", re.IGNORECASE)
_LABEL_END = re.compile(r"[ \t]*(?::|\n|$)")
# "unzählige Male", "zum ersten Male": after a count, German "Male" is a number of times, not the Maldives' capital.
_GERMAN_TIMES = re.compile(r"\b(?:unzählige|zahllose|viele|einige|etliche|mehrere|manche|dutzende|hundert|tausend|zwei"
                           r"|drei|vier|fünf|sechs|sieben|acht|neun|zehn|paar|ersten|letzten|anderen|\d+)\s+$",
                           re.IGNORECASE)
# "the Commonwealth countries", "the Pacific Island nations": a word before a plural of states names a group of
# them, not the town of that name (a barangay of Quezon City is called Commonwealth).
_STATES_AFTER = re.compile(r"\s+(?:countries|nations|realms|member\s+states)\b", re.IGNORECASE)
# "waste management in the Commonwealth" (Pennsylvania, Massachusetts, Virginia, Kentucky), "across the Republic":
# after "the", a town named with a word for a state is that state, not the barangay or the Missouri town.
_STATE_WORD_TOWNS = frozenset({"Commonwealth", "Republic"})
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# ... and elsewhere, unless its city follows it ("Commonwealth, Quezon City"): "Commonwealth Secretariat",
# "Northern Marianas Commonwealth Legislature", "Commonwealth heads of government", "Republic Day" name the word
_TOWN_COMMA_AFTER = re.compile(r",\s+[A-Z]")
# A place's name with the years since a meeting there glued to it: "Helsinki+50", "Rio+20" (not "Vienna +43 1 ...",
# a telephone number after the town)
_PLUS_YEARS = re.compile(r"\+\d{1,3}(?![\d\w])")
# "Río Colorado", "Rio Colorado": a state's name after the Spanish or Portuguese word for river names the river, or a
# town named after it (Río Colorado in Argentina's Río Negro), not the state of Colorado.
_RIVER_BEFORE = re.compile(r"\bR[íi]o\s+$")
# "Noticias de América Latina", "África Occidental", "Europa Central": a word after a continent's name (in Spanish,
# Portuguese or Italian) names a part of it (Latin America, West Africa), not the town that shares the word (Latina).
_CONTINENT_BEFORE = re.compile(r"\b(?:Am[ée]rica|Africa|África|Europa|Asia|Oceania|Oceanía)\s+$")


# The places of the texts read lately. Rules ask again for the places of the text they read ("- Lock-Up" is read as a
# caption and for its place; a sentence for its event's place and for its own; a block by the rules of its line, its
# paragraph and the item's area), most within the next few dozen texts: 4 texts kept found 40% of the asks again on the
# corpora, 128 keep all but a tenth of those (_places_in was 9% of reading them). Only a memo of a pure function of the
# text (the gazetteer's tables are fixed): lru_cache is safe for threads reading texts at once, and no caller can
# change what it keeps (Place and PlaceMention are frozen; each caller gets a list of its own).
_RECENT_TEXTS = 128


def find_places(text: str) -> list[PlaceMention]:
    """Every place named in `text`, longest name first where names overlap."""
    return list(_places_of(text))


@functools.lru_cache(maxsize=_RECENT_TEXTS)
def _places_of(text: str) -> tuple[PlaceMention, ...]:
    return tuple(_places_in(text))


# "gira por ciudad Delicias", "en ciudad Juárez": Mexican papers write the town's word "Ciudad" in lower case; the
# name is still the whole "Ciudad Delicias" (a Chihuahua town), not "Delicias" (a namesake in Spain).
_LOWER_CIUDAD = re.compile(r"(?<![\w-])ciudad (?=[A-ZÁÉÍÓÚÑ])")


def _town_word_raised(text: str, names: Container[str]) -> str:
    """`text` with a lower-case "ciudad" raised to "Ciudad" where the words after it make a known town's name
    (the same length, so every offset holds)."""
    if "ciudad " not in text:
        return text
    for lower in reversed(list(_LOWER_CIUDAD.finditer(text))):
        words = [w.group().rstrip(".") for w in itertools.islice(WORD.finditer(text, lower.end()), 3)]
        if any("Ciudad " + " ".join(words[:n]) in names for n in range(1, len(words) + 1)):
            text = f"{text[: lower.start()]}C{text[lower.start() + 1 :]}"
    return text


# "San Pedro de Poás", "Casa Grande del Pueblo": a name of two or more words that goes on with "de"/"del"/"do"/"da" and
# a capitalised word is a longer name (a canton, a palace) that merely begins as a town abroad does; "San José de Costa
# Rica", "San Juan de Puerto Rico" name a known place after the particle and keep their town.
_ROMANCE_PARTICLE = re.compile(r"[ \t]+(?:de|del|do|da|dos|das)[ \t]+(?:(?:la|las|los|el)[ \t]+)?"
                               r"([A-ZÁÉÍÓÚÑÀÂÊÔÇ][\w'’-]*(?:[ \t]+[A-ZÁÉÍÓÚÑÀÂÊÔÇ][\w'’-]*)?)")


def _longer_romance_name(text: str, end: int, names: Container[str]) -> int:
    """Where the longer name ends when a town name of several words goes on as one ("San Pedro de Poás", "Casa Grande
    del Pueblo"); 0 when it does not."""
    if (after := _ROMANCE_PARTICLE.match(text, end)) is None:
        return 0
    following = after.group(1)
    # ("Santo Domingo de Lunes a Viernes", "Lima de Enero a Marzo": a heading's capitalised days and months are no name)
    if following.split()[0].lower() in IBERIAN_WEEKDAYS or following.split()[0].lower() in IBERIAN_MONTHS:
        return 0
    return 0 if following in names or following.split()[0] in names else after.end()


def _places_in(text: str) -> list[PlaceMention]:
    names = known_names()
    firsts = first_words()
    text = _town_word_raised(text, names)
    found: list[PlaceMention] = []
    resume = 0  # text before this is inside a place already found
    for capital in _CAPITALISED.finditer(text):
        word = capital.group()  # (asked once: most words are no name's first, and leave at the tests below)
        most = firsts.get(word.rstrip("."))
        folded = False
        # "Sófia", "Bulgária", "Panamá": a name the table writes without the accents a Portuguese, Spanish or
        # French text gives it; not a word of a person's name ("Estadio Ebal Rodríguez"), nor a word opening a
        # sentence ("Réunion publique ...": a meeting, not the island) unless a comma or the line's end follows
        # (never a word with "ä" or "ö", letters of their own in German, the Nordic languages, Finnish and Turkish,
        # which the accents of those three languages never are: "der Länder" is the German states, not Lander)
        may_fold = not word.isascii() and capital.start() >= resume and not _OWN_LETTERS.search(word) \
            and not _NAME_BEFORE.search(text, max(0, capital.start() - 40), capital.start()) \
            and not (_SENTENCE_START.search(text, max(0, capital.start() - 3), capital.start())
                     and not _ALONE_AFTER.match(text, capital.end()))
        if not most and may_fold:
            most, folded = firsts.get(_unaccented(word.rstrip("."))), True
        if not most and "-" in word \
                and (district := _POSTAL_DISTRICT.fullmatch(word.rstrip("."))) \
                and capital.start() >= resume and (town := _district_town(text, capital.start(), district)):
            found.append(town)
            resume = town.end
            continue
        if not most or capital.start() < resume or not word[0].isupper():
            continue
        # Only here, at a word some name starts with, are the words around it needed.
        words = list(itertools.islice(WORD.finditer(text, capital.start()), min(most, _MAX_WORDS)))
        match = _longest_at(text, words, names, folded)
        if match is None and may_fold and not folded:
            # "Hà Nội": its first word begins a name as written ("Hà ..."), the whole only without its accents
            # ("Ha Noi"), as Vietnamese writes every name with them
            match = _longest_at(text, words, names, folded=True)
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
        elif place.kind == CITY and last == 0 and not _GOVERNMENT_OF.search(text, max(0, start - 20), start) \
                and (inside_name(text, start) and not title_case(text, start) or name_goes_on(text, end, names)
                     or titled_after(text, start, end) or after_title(text, start)):
            # "Ana Santos Pinto", "San Anton Palace": a word of a longer name, not the town; "Prefeitura Municipal
            # de Presidente Lucena": a title-case name holding a town named after a president, not Lucena
            continue
        if place.kind == CITY and _STATES_AFTER.match(text, end):
            continue
        if place.kind == REGION and _RIVER_BEFORE.search(text, max(0, start - 5), start):
            resume = end
            continue  # "Río Colorado": a river or its town, not the state
        if place.kind == CITY and last > 0 and (longer := _longer_romance_name(text, end, names)):
            resume = longer
            continue  # "San Pedro de Poás", "Casa Grande del Pueblo": a longer name that only begins as a town does
        if place.kind == CITY and last == 0 and _CONTINENT_BEFORE.search(text, max(0, start - 10), start):
            continue
        if last == 0 and text[start:end].rstrip(".") in _STATE_WORD_TOWNS \
                and (_THE_BEFORE.search(text, max(0, start - 5), start) or not _TOWN_COMMA_AFTER.match(text, end)):
            continue
        if last == 0 and text[start:end] in _ROMANCE_WORD_TOWNS and _ROMANCE_FOLLOWER.match(text, end) \
                and _SENTENCE_START.search(text, max(0, start - 3), start):
            continue
        if last == 0 and text[start:end] in _LABEL_WORD_TOWNS and _LABEL_END.match(text, end) \
                and _LINE_START.search(text, max(0, start - 8), start):
            continue
        if text[start:end] == "Male" and _GERMAN_TIMES.search(text, max(0, start - 20), start):
            continue
        if text[start:end].rstrip(".") == "PNG" and (_OF_AN_IMAGE.match(text, end)
                                         or _FORMAT_BEFORE.search(text, max(0, start - 12), start)
                                         or _FILE_IN_BEFORE.search(text, max(0, start - 70), start)
                                         and (text[end - 1] == "." or _CLAUSE_END.match(text, end))):
            continue  # "a PNG file", "JPEG or PNG", "as PNG": the image format, not Papua New Guinea
        if text[start:end] == "Mesa" and _CHAMBER_BOARD.match(text, end):
            continue
        if text[start:end].rstrip(".") == "Pueblo" and _OF_THE.search(text, max(0, start - 8), start):
            continue
        if text[start:end] == "Victoria" and _STATE_OFFICE_OF.search(text, max(0, start - 40), start):
            place = _VICTORIA_STATE
        elif place.kind in (CITY, REGION) and (municipality := _SOUTH_AFRICAN_MUNICIPALITY.match(text, end)):
            end = municipality.end()
            name = text[start:end]
            place = Place(name, CITY, f"{name}, South Africa", "ZA", "Africa/Johannesburg", True)
        elif place.country != "AR" and (province := province_named(text, start, end)) is not None:
            # "Gobierno de la Provincia de Santa Cruz": Argentina's province, not a town abroad (a name the gazetteer
            # already places in Argentina, "Provincia de Mendoza", keeps its town)
            place = province
        elif place.kind == REGION and place.country == "BR" and not _seat_of_a_state(text, start):
            namesake = town_beneath(place.name)  # "Santa Catarina, Nuevo León", "Paraná, Entre Ríos": a town abroad
            if namesake is None:
                continue  # "produtores de soja de Mato Grosso", "A bancada de Roraima": where people come from
            place = namesake
        if place.kind == COUNTRY and sending_state(text, start):
            resume = end
            continue  # "Embajada de Colombia", "the Embassy of India": the state the mission represents, not its seat
        if _PLUS_YEARS.match(text, end):
            continue  # "Helsinki+50", "Rio+20", "Beijing+25": a process named after where it began, years on
        if place.kind != VENUE and _STREET.match(text, end):
            continue  # "150 Wellington Street", "Columbus Day": a street, a square or a holiday named after a place
        if place.kind != VENUE and street_named_after(text, start):
            resume = end  # nor is "York" of "Calle Nueva York" a town
            continue  # "Rue de Londres 8, 75009 Paris": a street the town lends its name to, its word before it
        found.append(PlaceMention(start, end, place, *role(text, start, end, place)))
        resume = end
    if ", " in text:
        _add_abbreviations(text, found)
        _regions_after_towns(text, found)
    if ", " in text or " (" in text:
        namesakes_beside(text, found)
    if ", " in text:
        _towns_of_clocked_states(text, found)
        _countries_of_unknown_towns(text, found)
        _grounds_in_towns(text, found)
    for address in australian_addresses(text):
        _add_address(text, found, *address)
    if ", " in text:
        _towns_after_addresses(text, found)  # (after the Australian addresses, which read their towns themselves)
    for start, end, province in provinces_in(text):
        if not any(m.start < end and start < m.end for m in found):
            found.append(PlaceMention(start, end, province, *role(text, start, end, province)))
            found.sort(key=lambda mention: mention.start)
    if (uncased := uncased_places(text)):
        found = sorted([*found, *uncased], key=lambda mention: mention.start)
    return found


# "Governo do Estado de Mato Grosso", "Secretaria de Saúde de Rondônia", "a Assembleia Legislativa de Mato Grosso do
# Sul": a Brazilian state's own bodies, which name where its events are; a state named otherwise ("produtores de
# soja de Mato Grosso", "A bancada de Roraima") is where people come from, not where they meet (Brasília, often)
_STATE_BODY_BEFORE = re.compile(
    r"\b(?i:governo|estado|secretaria|assembleia|tribunal|governador[a]?|governadoria|casa\s+civil|pol[íi]cia"
    r"|defensoria|procuradoria|minist[ée]rio\s+p[úu]blico)\b[^.;\n]{0,40}?\b(?:de|do|da|dos|das)\s+$")
_STATE_BODY_REACH = 60
# "opens the new hospital in Rondônia", "O ministro visita Roraima", "em Mato Grosso": where the event is
_VISITED_STATE_BEFORE = re.compile(r"\b(?:in|to|em|no|na|para|visita|visitará|visits?|visiting)\s+"
                                   r"(?:the\s+state\s+of\s+|o\s+estado\s+(?:de|do)\s+)?$", re.IGNORECASE)


def _seat_of_a_state(text: str, start: int) -> bool:
    """Is a Brazilian state named by one of its bodies, or alone at a line's start (a dateline: "Mato Grosso, 5 de
    novembro")?"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() \
        or _STATE_BODY_BEFORE.search(text, max(0, start - _STATE_BODY_REACH), start) is not None \
        or _VISITED_STATE_BEFORE.search(text, max(0, start - _STATE_BODY_REACH), start) is not None


# "Republic Building, Colombo-01", "Colombo-7": a town written with its postal district's number.
_POSTAL_DISTRICT = re.compile(r"([A-Z][\w'’]*)-\d{1,2}")


def _district_town(text: str, start: int, district: re.Match[str]) -> PlaceMention | None:
    place = place_named(district.group(1))
    if place is None or place.kind != CITY:
        return None
    end = start + len(district.group(1))
    return PlaceMention(start, end, place, *role(text, start, end, place))


def _towns_of_clocked_states(text: str, found: list[PlaceMention]) -> None:
    """"City of Oak Ridge, Tennessee": a town the table lacks, before a state of several clocks, tells the clock
    where the smaller towns' table knows it (the state alone is a guess)."""
    for at, state in reversed(list(enumerate(found))):
        if state.place.kind != REGION or state.place.zone_certain:
            continue
        town = _unknown_town_before(text, state.start, state.place, found)
        if town is not None and town.place.zone_certain:
            found.insert(at, town)


def _countries_of_unknown_towns(text: str, found: list[PlaceMention]) -> None:
    """"in Rotorua, New Zealand": a country written after a town the table lacks, itself named where something
    happens, is where it happens too (a country of one clock then tells the clock). So is a state or province of one
    clock ("at 7 p.m. in Duluth, Minnesota"): a row's own state outranks a town carried from the row before."""
    for at, country in enumerate(found):
        if country.place.kind not in (COUNTRY, REGION) or country.locative or country.topical \
                or (country.place.kind == REGION and not country.place.zone_certain):
            continue
        town = TOWN_BEFORE.search(text, max(0, country.start - 40), country.start)
        if town is None or any(m.start < town.end(1) and town.start(1) < m.end for m in found):
            continue
        if role(text, town.start(1), town.end(1), country.place)[0]:  # the town's role is the country's
            found[at] = PlaceMention(country.start, country.end, country.place, True)


def _unknown_town_before(text: str, start: int, state: Place, found: list[PlaceMention]) -> PlaceMention | None:
    """The town the gazetteer lacks written right before a state that starts at `start` ("Frederick, MD",
    "Oak Ridge, Tennessee"), as a town of that state; None when no such name stands there."""
    unknown = TOWN_BEFORE.search(text, max(0, start - 40), start)
    if unknown is None or any(m.start < unknown.end(1) and unknown.start(1) < m.end for m in found):
        return None
    return PlaceMention(unknown.start(1), unknown.end(1), town_in_state(unknown.group(1), state),
                        bool(LOCATIVE.search(text[max(0, unknown.start(1) - 20) : unknown.start(1)])))


def _add_address(text: str, found: list[PlaceMention], start: int, end: int, town: Place,
                 state_start: int, state_end: int, state: Place) -> None:
    """"Parramatta NSW 2150", "Ballarat, Victoria 3350": the town in the state its postcode confirms, in place of
    any other reading of those words (the Canadian "Victoria", a namesake town abroad)."""
    known = next((m.place for m in found if m.start == start and m.end == end and m.place.country == "AU"
                  and m.place.zone == town.zone), None)
    found[:] = [m for m in found if m.end <= start or m.start >= state_end]
    found.append(PlaceMention(start, end, known or town, *role(text, start, end, town)))
    found.append(PlaceMention(state_start, state_end, state, False))
    found.sort(key=lambda m: m.start)


def _towns_after_addresses(text: str, found: list[PlaceMention]) -> None:
    """"200 S. School Street, Ukiah": a smaller town the building stands in, where no place is read already. Where
    the text names places of other countries only ("12 George Street, Hull, England"), the name is a town of theirs
    the smaller table does not hold, not its namesake abroad (Hull, Quebec)."""
    countries = {mention.place.country for mention in found if mention.place.country}
    added = [PlaceMention(start, end, town, *role(text, start, end, town))
             for start, end, town in towns_after_addresses(text)
             if not any(m.start < end and start < m.end for m in found)
             and (not countries or town.country in countries)]
    if added:
        found[:] = sorted([*found, *added], key=lambda mention: mention.start)


def _grounds_in_towns(text: str, found: list[PlaceMention]) -> None:
    """"Riverside Park, Tulsa, Oklahoma": a ground named after a town stands in the town named right after it."""
    for at, (ground, town) in enumerate(itertools.pairwise(found)):
        if ground.place.kind == VENUE and town.place.kind == CITY and ground.place.zone != town.place.zone \
                and text[ground.end : town.start] == ", ":
            name = ground.place.name
            found[at] = PlaceMention(ground.start, ground.end, Place(
                name, VENUE, f"{name}, {town.place.display}", town.place.country, town.place.zone,
                town.place.zone_certain), ground.locative, ground.topical)


def _regions_after_towns(text: str, found: list[PlaceMention]) -> None:
    """"Truro, Cornwall", "Windsor, Berkshire": a county read only after a town (townregions.py) says where the town
    is. A town the gazetteer lacks is one of that county, on its clock; a known town of the name abroad is its
    namesake in the county's country."""
    for match in REGION_AFTER_A_TOWN.finditer(text):
        region, start, end = regions_after_a_town()[match.group(1)], match.start(1), match.end(1)
        before = next((at for at, m in enumerate(found) if m.end == match.start()), None)
        if before is not None:
            town = found[before]
            if town.place.kind != CITY:
                continue  # "Devon, Cornwall": a list of counties, no town
            if town.place.country != region.country:
                # "Windsor, Berkshire": the town of the name in the county's country, not the Windsor of Ontario
                # ("Akron, Kent and Canton": a town no namesake of which is there is no town of the county).
                there = namesakes_in(town.place, region.country)
                if not there:
                    continue
                found[before] = PlaceMention(town.start, town.end, there[0], town.locative, town.topical)
        else:
            unknown = _unknown_town_before(text, start, region, found)
            if unknown is None or unknown.place.name in regions_after_a_town():
                continue
            found.append(unknown)  # "Truro, Cornwall": the town the gazetteer lacks, of the county
        # (the county's name read as a town abroad, "Norfolk" of Virginia, gives way to the county)
        found[:] = [m for m in found if m.end <= start or m.start >= end]
        found.append(PlaceMention(start, end, region, False))
        found.sort(key=lambda m: m.start)


def _add_abbreviations(text: str, found: list[PlaceMention]) -> None:
    """States and provinces written as postal abbreviations after a town ("Poultney, VT")."""
    table = abbreviations()
    for match in _ABBREVIATION.finditer(text):
        place = table.get(match.group())
        if place is None or any(m.start <= match.start() < m.end for m in found):
            continue
        if len(match.group()) == 2 and not _ZIP_AFTER.match(text, match.end()) \
                and (_LOWER_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
                     or _CAPITALS_AFTER.match(text, match.end())):
            continue  # "en sesión extraordinaria, LA CÁMARA": a word in capitals ("in downtown, LA 70360" a state)
        town = next((at for at, m in enumerate(found) if 0 < match.start() - m.end <= 2), None)
        if town is not None and found[town].place.kind == CITY and found[town].place.zone != place.zone:
            # "Springfield, VT" is not the Springfield the gazetteer knows: the town is in the state named.
            near = found[town]
            found[town] = PlaceMention(near.start, near.end, town_in_state(text[near.start : near.end], place),
                                       near.locative)
        elif town is None and (unknown := _unknown_town_before(text, match.start(), place, found)) is not None:
            found.append(unknown)  # "Frederick, MD": it tells where better than the state
        found.append(PlaceMention(match.start(), match.end(), place, False))
    found.sort(key=lambda m: m.start)


# Two capitals after a comma that ends a lower-case word ("extraordinaria, LA CÁMARA") are a word in capitals, as
# Spanish writes a body's name: a state's code follows a town's name ("Houma, LA") or goes before its ZIP code.
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[a-zà-öø-ÿ][\w'’-]*, $")
_ZIP_AFTER = re.compile(r"\s+\d{5}(?:-\d{4})?\b")
# ... and two before a word in capitals ("Presidencia, LA COMISIÓN"), but for a country's ("Portland, OR USA").
_CAPITALS_AFTER = re.compile(r"[ \t]+(?!USA?\b)[A-ZÀ-ÖØ-Þ]{2,}\b")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# Letters a name keeps as they are ("Malmö", "Jönköping"): a word holding one is never looked up without its accents
_OWN_LETTERS = re.compile("[äöÄÖ]")
_ALONE_AFTER = re.compile(r"\s*(?:,|$)", re.MULTILINE)


@functools.lru_cache(maxsize=1024)  # (a word asked of again and again: most are the same few capitalised words)
def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _longest_at(text: str, words: list[re.Match[str]], names: Container[str],
                folded: bool = False) -> tuple[Place, int] | None:
    """The longest name made of words[0] and the words after it, as (place, index of its last word)."""
    for last in range(len(words) - 1, -1, -1):
        if words[last].group().lower().rstrip(".") in _TRAILING_CONNECTORS:
            continue
        name = " ".join(text[words[0].start() : words[last].end()].split())
        name = _unaccented(name) if folded else name
        if name not in names:  # (a test of the name before a look-up: most are no place's)
            name = name.rstrip(".")
            if name not in names:
                continue
        place = place_named(name)
        if place is not None:
            return place, last
    return None


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


# A venue's cell after the town that closes a line: a short name in capitals, no clause ("Bendlerblock", "Villa
# Hammerschmidt", "Room 4")
_VENUE_CELL = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,2}")


def closing_place(text: str) -> Place | None:
    """The place a list line ends with, after a comma, a dash or a bracket: where its entry happens.

    "7:00 p.m. Reception at the Summit, Los Angeles, California": the town and its state close the
    line as a venue does; the most specific of that run of names is taken.
    """
    mentions = [m for m in find_places(text) if not m.topical]
    # "Meeting with the finance minister (Government Office, Tallinn)": a venue in brackets closes it as well
    end = len(text.rstrip(" .;)")) if text.rstrip(" .;").endswith(")") else len(text.rstrip(" .;"))
    if mentions and mentions[-1].end < end and _VENUE_CELL.fullmatch(text, mentions[-1].end, end):
        end = mentions[-1].end  # "Talks with the Lithuanian minister, Berlin, Bendlerblock": the town, then its venue
    if not mentions or mentions[-1].end < end:
        return None
    run = [mentions[-1]]
    for before in reversed(mentions[:-1]):
        if text[before.end : run[-1].start] != ", ":
            break
        run.append(before)
    # (and a table's last cell: "09:30 | Meeting with the Prime Minister of Estonia | NATO HQ")
    while run and not text[max(0, run[-1].start - 3) : run[-1].start].endswith((", ", " – ", " — ", " - ", " (",
                                                                                  "| ")):
        # "Talks with the President of Ghana": a name's end, not a venue; but in "Talks with the Foreign
        # Minister of Japan, Tokyo" the town after the name still closes the line.
        run.pop()
    return max(run, key=lambda m: (m.place.specificity, -m.start)).place if run else None


def most_named_place(texts: Iterable[str]) -> tuple[Place | None, bool]:
    """The place the texts name most often after "in", "at", "to" (the most specific on a tie), and whether they
    name it more than once."""
    counts: dict[str, tuple[int, int, Place]] = {}
    for text in texts:
        for mention in find_places(text):
            if mention.locative:
                seen, _, place = counts.get(mention.place.name, (0, 0, mention.place))
                counts[mention.place.name] = (seen + 1, place.specificity, place)
    if not counts:
        return None, False
    seen, _, place = max(counts.values(), key=lambda c: (c[0], c[1]))
    return place, seen > 1
