"""Is a capitalised town's name the town, or a word of a longer name: a person's ("Elizabeth Truss", "Nancy N.
Rabalais"), a building's named after one ("San Anton Palace"), inside a headline in title case? Pure."""

from __future__ import annotations

import re
from collections.abc import Container

from parsers.datewords import MONTH_NAMES, WEEKDAY_NAMES

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’.-]*) $")
# "0830  Departs Canberra for Darwin", "9.30am – Visits Larrakeyah": a row's clock in a column of its own, then the
# row's verb, capitalised as a sentence's first word is (not "1800 Wisma Negara": a house named with its words)
_ROW_VERB = re.compile(r"[A-Z][a-z]+(?:s|ed|ing)")
_ROW_CLOCK = re.compile(r"\s*(?:(?:\d{1,2}[:.h]\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)(?:\s*(?:hrs?\.?|h|[ap]\.?m\.?))?"
                        r"|\d{1,2}\s*[ap]\.?m\.?)\s*[-–—:|]?\s*", re.IGNORECASE)
_INITIALS = re.compile(r"[A-Z]{3,8}|UN|EU|AU")  # (two letters are as often a person's: "TH Barry")
_HOUSE_BEFORE_TOWN = re.compile(r"College|University|Polytechnic|Conservatoire|Conservatory")
# A person's title before a capitalised word makes it a name ("President Lugo", "Senator Lima").
PERSON_TITLES = (r"President|Senator|Governor|Mayor|Ambassador|Minister|Premier|Chancellor|Speaker|Mr\.?|Mrs\.?|Ms\.?"
                 r"|Dr\.?")
_TITLE = re.compile(rf"(?:{PERSON_TITLES})")
# A person's title as Spanish, Portuguese and French write it before a name, in lower case ("la ministra Elizabeth
# Gómez Alcorta", "el presidente Santiago Peña", "o governador Vitória Souza", "le ministre Nancy ..."): the
# capitalised word after it opens the person's name, not a town's.
_LOWER_TITLE = re.compile(r"(?:vice)?(?:ministr[ao]|ministre|president[ae]|présidente?|canciller|chanceler"
                          r"|senador[a]?|sénat(?:eur|rice)|diputad[ao]|deputad[ao]|député[e]?|secretari[ao]|secretári[ao]"
                          r"|gobernador[a]?|governador[a]?|alcalde(?:sa)?|prefeit[ao]|intendente|embajador[a]?"
                          r"|embaixador[a]?|ambassad(?:eur|rice)|señor[a]?|senhor[a]?|doña|dona)")
# The capitalised word right after a name, on the same line: does the name go on?
# (Accented letters are letters: "Fernando Lugo Méndez" goes on past the town of Lugo.)
_FOLLOWER = re.compile(r"[ \t]([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*)((?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,4})")
# Words a town's name is followed by in a sentence without being part of a longer name: "in Lagos Monday",
# "Tokyo On Monday" (a headline), "Lima And Quito".
_PLAIN = re.compile(r"(?:On|In|At|To|For|From|With|And|Or|Of|By|As|After|Before|Ahead|Amid|During|Via|Next|This"
                    r"|Today|Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January"
                    r"|February|March|April|May|June|July|August|September|October|November|December)")
# What a building named after a person or a saint is ("San Anton Palace", "Santa Maria Hospital"), and a room named
# after one ("the Shirley Boehm Heritage Room", a hospital board's meeting room: "Shirley" is no town of England). A
# longer name ending otherwise is most often the town's own body, venue or event ("Chicago Plan Commission", "Kigali
# Serena Hotel", "London Tech Week"), which stands in the town.
_NAMED_BUILDING = re.compile(r"[ \t](?:Palace|Castle|Church|Cathedral|Chapel|Basilica|Monastery|Convent|Hospital"
                             r"|Clinic|School|College|Street|Road|Avenue|Room|Boardroom|Suite|Lounge)$")
# Words that follow a town's name in the names of things that stand in it or belong to it ("Toronto City
# Hall", "Lagos State Government", "Vienna International Centre", "Bonn Climate Change Conference").
_GENERIC = re.compile(
    r"(?:City|Town|Capital|State|County|District|Province|Provincial|Prefecture|Prefectural|Region|Regional|Metro"
    r"|Metropolitan|Municipal|Civic|Central|North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower"
    r"|Old|New|Greater|Grand|Royal|National|International|Global|World|Convention|Congress|Conference|Exhibition"
    r"|Expo|Trade|Olympic|Olympics|Games|Summit|Dialogue|Forum|Talks|Cooperation|Initiative|Communiqu[eé]"
    r"|Climate|Economic|Peace|Security|Press|Public|Housing|Space|Science|Business|Financial|Stock|Cultural"
    r"|Sports?|University|College|School|Academy|Institute|Museum|Gallery|Library|Hospital|Clinic|Hotel|Palace"
    r"|Castle|Abbey|Cathedral|Church|Mosque|Temple|Synagogue|Hall|Centre|Center|Airport|Helipad|Station"
    r"|Terminal|Harbour|Harbor|Port|Bay|Beach|Square|Plaza|Bridge|Gate|Market|Tower|Campus|Piers?|Pier"
    r"|Assembly|Council|Parliament|Government|Secretariat|Office|Governor|Mayor|Police|Court|Marathon|Festival"
    r"|Fair|Show|Week|Heads|Ministers|Energy|Water|Health|Declaration|Agenda|Connectivity|Zoo|Gardens?|Island"
    r"|Islands|Valley|River|Lake|Mountains?|Hills?|Area|Airlines?|Daily|Times|Post|News|Radio|Traffic|Union"
    r"|Chamber|Club|Cup|Open|Declaration|Framework|Platform|Conventions?|Base|Camp|Embassy|Consulate|Mission"
    r"|Headquarters|Campus|Road|Street|Avenue|Declaration|Process|Principles|Group|Format|Charter"
    # not "House": a house named after a town most often stands elsewhere ("Lancaster House" and "Chatham House" are
    # in London, "Hyderabad House" in Delhi, "Gilbert House" in Stanley), a town's own one is rare
    # the town's own bodies ("Atlanta Board of Education", "Boston Redevelopment Authority" begins otherwise)
    r"|Commission|Board|Authority|Department|Agency|Committee|Brigade|Service|Corporation|Company|Bank|Society"
    r"|Association|Foundation|Trust|Fund|Partnership|Network|Coalition|Alliance|League|Bureau|Directorate"
    r"|Hotels?|Resort|Inn|Lodge|Messe|Fairgrounds"
    # the airports a town's name goes before ("arrive at London Heathrow", "depart Washington Dulles")
    r"|Heathrow|Gatwick|Stansted|Dulles|Narita|Haneda|Orly|Schiphol|Changi|Zaventem|Fiumicino|Incheon|Gimpo)")
# A memorial named after a person or a unit ("Kennedy Regiment Memorial Pool") is not the town whose name it shares;
# one of the town's own war or genocide ("Auckland War Memorial Museum", "Kigali Genocide Memorial") stands in it.
_MEMORIAL = re.compile(r"[ \t]Memorial\b")
_REMEMBERED = re.compile(r"(?:War|Wars|Genocide|Holocaust|Anzac|Veterans|Victims|Martyrs|Heroes|Independence|Freedom"
                         r"|Liberation|Centenary|Earthquake|Tsunami|Flood|Famine)")
# The towns whose name is an English verb in "-ing" ("Shaping", China; "Barking", "Felling", "Welling", England;
# "Simmering", Vienna), before two or more capitalised words none of which is a town's body or venue: the verb
# opening a title in title case ("Shaping Gender Norms"). (Not the "-ing" of Chinese towns: "Beijing", "Kunming".)
_GERUND = re.compile(r"(?<![\w'’-])(?:Shaping|Barking|Felling|Welling|Simmering)$")
_INITIAL_THEN_NAME = re.compile(r"[ \t][A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][a-z]")
# The towns named with a word a nation celebrates ("Centennial", Colorado; "Liberty", Missouri; "Republic", Missouri),
# before the hall, square or park that word names: "Centennial Hall", "Liberty Park", "Republic Square" are buildings
# and grounds of that name in any country, most often not in the town. (A town's own hall reads "Centennial City Hall".)
_CELEBRATED = re.compile(r"(?<![\w'’-])(?:Centennial|Bicentennial|Liberty|Republic|Independence|Freedom|Unity"
                         r"|Jubilee|Heritage|Friendship|Victory)$")
_BUILDING_NOUN = re.compile(r"Halls?|Park|Square|Plaza|Stadium|Arena|Centre|Center|Auditorium|Pavilion|Gardens?"
                            r"|Theatre|Theater|Building|Tower|Field|Oval|Grounds?|Monument")


def name_goes_on(text: str, end: int, names: Container[str]) -> bool:
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
    if _BUILDING_NOUN.fullmatch(word) and _CELEBRATED.search(text, max(0, end - 16), end):
        return True  # "Venue: Centennial Hall" in Nauru, "Liberty Hall" in Dublin: a building, not the town
    if _GENERIC.fullmatch(word) or _PLAIN.fullmatch(word) or word in names:
        return False
    if word == "House" and not rest:
        return True  # "Gilbert House", "(Chatham House)": a house named after a town, in a headline too
    if _PARTY_AFTER.match(text, follower.end()):
        return True  # "Stanley Ray Chesney v. State of Mississippi", "... Chesney a/k/a ...": a party to a case or a
        # person known by another name, not the town ("Stanley", England)
    if _MEMORIAL.search(rest) and not _REMEMBERED.fullmatch(word):
        return not title_case(text, end)
    if rest and _GERUND.search(text, max(0, end - 30), end) is not None \
            and not any(_GENERIC.fullmatch(after) for after in rest.split()):
        return True  # "Shaping Gender Norms", "Barking Up The Wrong Tree": a verb opening a title, not the town
    if rest and _NAMED_BUILDING.search(rest) and _CELL_END.match(text, follower.end()):
        return True  # "..., Centennial United Methodist Church, 5401 Freeport Blvd.": a building's name, its cell ends
    return (not rest or _NAMED_BUILDING.search(rest) is not None) and not title_case(text, end)


# What follows a person's whole name in a court's list of cases and in a police notice: "v."/"vs." (versus), "a/k/a",
# "aka", "alias" (a party's other names). A body's name before "v." keeps its town: its next word is generic.
_PARTY_AFTER = re.compile(r"[ \t]*,?[ \t]+(?:v\.|vs\.?|a/k/a|aka|alias)[ \t]", re.IGNORECASE)


# The end of a list's cell or an address's part: a comma, a semicolon, a bracket or the line's end (title case or not,
# what stands there is the building's whole name).
_CELL_END = re.compile(r"[ \t]*(?:[,;(]|$)", re.MULTILINE)


def title_case(text: str, at: int | None = None) -> bool:
    """A headline in title case ("Prime Minister To Visit Tokyo", "Lagos Hosts Regional Summit") capitalises every
    word, so capitals there do not join a town to a name. A name alone ("Professor Ana Santos Pinto") is no
    headline: it has no capitalised small word and fewer than four long ones."""
    if at is not None and _STREET_ADDRESS.search(text, text.rfind("\n", 0, at) + 1, _line_end(text, at)):
        return False  # "... Leisure Facility, 90 Sinclair St.": the word's line is an address, its capitals a name
    words = text.split()
    long_words = [word for word in words if len(word) > 3 and word[0].isalpha()]
    if len(long_words) < 2 or not all(word[0].isupper() for word in long_words):
        return False
    return len(long_words) >= 4 or any(word in _SMALL_WORDS for word in words)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A street number, then the street's name and its kind ("90 Sinclair St.", "12 Market Street").
_STREET_ADDRESS = re.compile(r"(?<![\w.,:/-])\d{1,5}[A-Za-z]?[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?[ \t]+"
                             r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Lane|Way|Cres|Crescent)\b")
_SMALL_WORDS = frozenset({"To", "On", "In", "At", "For", "With", "And", "From", "Of", "By", "As"})


# A person's title in lower case after a comma, as an apposition to a name ("Miguel Albuquerque, presidente do Governo
# Regional", "Jane Lima, minister of health", "Ana Paris, la ministra"): the name before it is a person's.
_TITLE_AFTER = re.compile(r",[ \t]+(?:the|o|a|el|la|le|il)?[ \t]*(?:" + _LOWER_TITLE.pattern
                          + r"|president|minister|governor|mayor|premier|chancellor|secretary|ambassador|speaker"
                          + r"|chair(?:man|woman|person)?)\b")


def titled_after(text: str, start: int, end: int) -> bool:
    """"Miguel Albuquerque, presidente do Governo Regional, ...": a capitalised word, a town's name, then a comma and
    a person's title in lower case: the two words are the person's name (not "In Albuquerque, the mayor said")."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[0].isupper() or _PLAIN.fullmatch(before.group(1).rstrip(".")) \
            or _PARTICIPLE.search(before.group(1)):
        return False  # ("Visiting Lisbon, the minister ...": a clause that opens with a verb, the town its object)
    return _TITLE_AFTER.match(text, end) is not None


def after_title(text: str, start: int) -> bool:
    """Does a person's title, in either case, stand right before the word at `start` ("President Kennedy",
    "Presidente Lucena", "Governador Valadares")? Then the word is a person's name, or part of a town's named
    after one, not the town of that name alone."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and (_TITLE.fullmatch(before.group(1)) is not None
                                   or _LOWER_TITLE.fullmatch(before.group(1).lower()) is not None)


_PARTICIPLE = re.compile(r"ing$")  # (not "-ed": "Ahmed", "Mohamed" are given names)


def inside_name(text: str, start: int) -> bool:
    """A single capitalised word glued to a capitalised word before it is part of a person's name."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and _LOWER_TITLE.fullmatch(before.group(1)):
        return True  # "la ministra Elizabeth Gómez Alcorta": a title in lower case, then the person's name
    if before is None or not before.group(1)[0].isupper():
        return False
    if _TITLE.fullmatch(before.group(1)):
        return True  # "President Lugo arrives", a sentence's first words too: a title, then the person's name
    if _INITIALS.fullmatch(before.group(1)):
        return False  # "UN Bangkok", "UNICEF Nairobi": an organisation's initials, then the town of its office
    if _HOUSE_BEFORE_TOWN.fullmatch(before.group(1)):
        return False  # "Trinity College Dublin", "Queen's University Belfast": a house named with its town
    sentence_start = before.start() == 0 or text[: before.start()].rstrip()[-1:] in ".!?" \
        or _ROW_VERB.fullmatch(before.group(1)) is not None \
        and _ROW_CLOCK.fullmatch(text, text.rfind("\n", 0, before.start()) + 1, before.start()) is not None
    if sentence_start and _NAMED_ROW.match(text, start) and not _PLAIN.fullmatch(before.group(1)) \
            and not _GENERIC.fullmatch(before.group(1)) and not _PARTICIPLE.search(before.group(1)) \
            and not _QUARTER.fullmatch(before.group(1)) and before.start() == text.rfind("\n", 0, before.start()) + 1:
        return True  # "Louis Rodriguez — Thursday, May 3, 6 p.m.": a row opening with a speaker's whole name, its day
    return not sentence_start


# A part of a town before its name ("Downtown Denver — Thursday, May 3"): the town, where the row's event is.
_QUARTER = re.compile(r"Downtown|Uptown|Midtown|Inner|Outer|Historic|Suburban|Rural|Coastal")
# A row of a list of speakers or guests: two capitalised words opening the line, a dash, then the row's day
# ("Louis Rodriguez — Thursday, May 3", "Ana Paris – 14 May"): the second word is the person's surname, not the town
# of that name ("Rodriguez", Rizal; "Paris"); a town heading a row stands alone ("Paris — Thursday, May 3").
# (The row's clause may end at its dash: the day after it is read apart.)
_NAMED_ROW = re.compile(r"[A-Z][\w'’-]*[ \t]+[–—-](?:[ \t]*\Z|[ \t]+(?:\d|"
                        + "|".join(WEEKDAY_NAMES + MONTH_NAMES) + "))")
