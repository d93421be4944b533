"""Where an article's events happen when an event names no place: the zone of its unlabelled times. Pure.

Also the places that only the whole item settles: the address line under a timed sentence, and which
of several towns of one name ("Durham", "Richmond") the item means.
"""

from __future__ import annotations

import re

from model import Article
from parsers.areacodes import province_of_numbers
from parsers.blocks import HEADING, Block, sentence_around
from parsers.capostcodes import province_of_postcodes
from parsers.contactcountry import contact_country
from parsers.findings import Finding
from parsers.headplace import place_at_the_head
from parsers.institutioncountry import institution_country, institution_place
from parsers.orghome import american_service_town, home_of, org_is_local, seat_of, written_as_its_namesake
from parsers.outnumbered import outnumbering_town
from parsers.placeindex import (
    has_namesakes,
    in_countries,
    in_seat_country,
    namesakes_in,
    town_in_state,
)
from parsers.placemention import PlaceMention
from parsers.placenames import inside_name
from parsers.placeroles import travels_to
from parsers.places import CITY, COUNTRY, REGION, TOWN_BEFORE, VENUE, Place, best_place, find_places
from parsers.reading import VENUE_LINE, Reading
from parsers.scriptcountry import script_country
from parsers.seats import organisation_seats
from parsers.sitecountry import site_country
from parsers.sitetown import site_town
from parsers.venueabroad import titled_abroad, venue_abroad
from parsers.zones import season_offset

_REPEATED = 2  # times a town is named before its zone is taken for the text's unplaced times
# A wire dateline opening a line: "SINGAPORE:", "NAIROBI —", "GENEVA (ILO News) –", "ANNAPOLIS, Md. —",
# "THE HAGUE, 12 July 2024." (a comma and a date after the place, then a full stop, colon or dash), "DENVER—The".
# Capitals only: "Note:" is no place.
# The state may be a country's or state's full name: "SAN JUAN, Puerto Rico –", "PORT MORESBY, Papua New Guinea —".
_DATELINE = re.compile(r"^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3})"  # "BOGOTÁ"
                       r"(?:,\s(?P<state>[A-Z][A-Za-z.]{1,5}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
                       # ("..., June 3, 2024 [Press Secretary, PMO] –": the office that filed it in square brackets)
                       r"(?:\s*\((?P<aside>[^)\n]{1,40})\))?(?:\s*(?::|[–—]|--?)\s"
                       # "DENVER—The ...": the dash closed up on both sides, as the AP writes it
                       r"|[–—](?=[A-Z][a-z])"
                       r"|,\s[^\n]{0,40}?\d[^\n]{0,20}?(?:\s\[[^]\n]{1,40}\])?(?:[.:]|\s[–—-]+)\s"
                       # "PERTH, 3 March 2025" and "SANTIAGO, Chile, March 3, 2025": a line of the place and the day
                       r"|,\s[^\n]{0,30}?\d[^\n]{0,20}?\b\d{4}[ \t]*$|,\s\d{4}-\d\d-\d\d[ \t]*$"
                       # "WASHINGTON (March 4, 2019)" alone on its line
                       r"|\s*\([^()\n]{0,30}\b(?:19|20)\d\d\)[ \t]*$)",
                       re.MULTILINE)
# The same in a town's own spelling ("Bhubaneswar: The programme ...", "Nairobi, 12 May 2022 – ..."): a town
# only, as a country so written is more often a heading's topic ("Ukraine: statement on ..."). A line of only the
# town and the dates an agenda covers ("Panama City, Panama. September 29 to 30, 2011") heads it the same way, and so
# does a line of the town and the day in figures ("Tehran, 2024-07-23").
# (Letters with accents too, and a particle inside the name: "Bogotá", "Genève", "Ciudad de México"; Greek and
# Cyrillic: "Αθήνα", "Київ", "Крагујевац".)
_TOWN_WORD = r"[A-ZÀ-ÖØ-ÞΑ-ΩΆ-ΏА-ЯЁЄІЇЂЈЉЊЋЏ][a-zß-öø-ÿά-ώа-яёєіїђјљњћџ'’.-]+"
_TOWN_DATELINE = re.compile(rf"^(?P<place>{_TOWN_WORD}(?: (?:de |del |la |do |da )?{_TOWN_WORD}){{0,2}})"
                            r"(?:,\s(?P<state>[A-Z][A-Za-z.]{1,5}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}))?"
                            r"(?:\s*\([^)\n]{1,40}\))?(?:\s*(?::|\s[–—-])\s(?=[A-Z])"
                            r"|,\s[^\n]{0,30}?\d[^\n]{0,20}?(?:[.:][–—-]?|\s[–—-]+)\s"  # (".-": Mexico's)
                            r"|,\s[^\n]{0,30}?\d[^\n]{0,20}?\b\d{4}(?:\s(?:року|года|г\.|р\.|r\.))?[ \t]*$"
                            r"|,\s\d{4}-\d\d-\d\d[ \t]*$"
                            r"|,\s[0-3]?\d/[0-3]?\d/\d\d(?:\d\d)?[ \t]*$"  # ("Canberra, 12/03/19")
                            r"|\s*\([^()\n]{0,30}\b(?:19|20)\d\d\)[ \t]*$)",  # ("Washington (May 4, 2019)")
                            re.MULTILINE)
# (and after the town its state or province, abbreviated or written out: "Lunenburg, N.S.", "Sydney, Nova Scotia")
# "PRESS RELEASE 12 March 2019 | Canberra", "12 March 2019 – Suva": a header line that ends with the town after its date
_DATE_THEN_TOWN = re.compile(rf"^[^\n]{{0,40}}?\b(?:19|20)\d\d[ \t]*[|–—-][ \t]*(?P<place>{_TOWN_WORD}"
                             rf"(?: (?:de |del |la |do |da )?{_TOWN_WORD}){{0,2}})[ \t]*$", re.MULTILINE)
# "17-10-2016 18:22" / "ANKARA": a wire's stamp line, then the town in capitals alone on the next line.
_STAMP_OVER_TOWN = re.compile(r"^[^\n]{0,40}?\b(?:19|20)\d\d\b[^\n\d]{0,3}(?:\d\d?[:.]\d\d)?[ \t]*\n"
                              r"(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,2})[ \t]*$",
                              re.MULTILINE)
_POSTCODE_AFTER = re.compile(r"\s\d{4}\b")
_TOWN_SPACE_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z][\w'’-]*\s){0,2}[A-Z][a-z][\w'’-]*) $")
# "COLUMBUS, OH 43207": an address line in capitals, the town before its state and ZIP code.
_CAPS_TOWN_BEFORE = re.compile(r"(?<![\w'’.-])((?:[A-Z][A-Z'’-]+\s){0,2}[A-Z][A-Z'’-]+), $")
_ZIP_AFTER = re.compile(r"\s+\d{5}(?:-\d{4})?\b")
# "report of Moldova", "the delegation of the Republic of Kenya": a country after "of", whose a thing is
_OF_THE_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation|Principality)\s+of\s+"
                             r"(?:the\s+)?)?$")
_STATE_CODE = 6  # characters of a state's abbreviation after a dateline's town ("N.S.", "Ont."); longer, its name
_DATELINE_REACH = 1500  # a dateline opens the text: look only at its first lines
_SEVERAL = 3  # places of one clock named in an item that names no place twice, for that clock to be the item's
_LOWER_WORDS = frozenset({"of", "the", "de", "la", "du", "del", "des", "upon", "on"})


def is_local(context: Reading) -> bool:
    """Has the article said its times are local ("Note: All times local")?"""
    return context.zone_label.lower().startswith("local")


# A comma set tight between a town and a state's postal abbreviation in a page's title ("Norcross,GA").
_TIGHT_COMMA = re.compile(r"(?<=[a-z]),(?=[A-Z]{2}\b)")


def _as_written(capitals: str) -> str:
    """'MINISTER TO VISIT NEW DELHI' -> 'Minister To Visit New Delhi': place names as the gazetteer spells them."""
    return " ".join(w.lower() if at and w.lower() in _LOWER_WORDS else w.capitalize()
                    for at, w in enumerate(capitals.split()))


def spelled_out(initials: str, name: str) -> bool:
    """Does `name` spell out `initials` ("ITU", "International Telecommunication Union"): the first letters of its
    capitalised words, the small ones ("of", "for the") left out?"""
    letters = "".join(c for c in initials if c.isalpha())
    firsts = "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper())
    return len(letters) >= 2 and letters.upper() == firsts.upper()


def dateline_place(body: str) -> Place | None:
    """The place a capitalised wire dateline names ("SINGAPORE: ...", "LONDON, Ont. — ..."), if the body has one."""
    for match in _DATELINE.finditer(body, 0, _DATELINE_REACH):
        if match.group("aside") and spelled_out(match.group("place"), match.group("aside")):
            continue  # "ITU (International Telecommunication Union): ...": a body's initials, not the town Itu
        name = _as_written(match.group("place").rstrip("."))
        # Read as the text would write it ("London, Ont."): the state or province settles which town it is.
        named = find_places(f"{name}, {match.group('state')}" if match.group("state") else name)
        if named and named[0].start == 0:
            return named[0].place
        if (town := _town_of_the_state(name, match.group("state"))) is not None:
            return town
    for match in _TOWN_DATELINE.finditer(body, 0, _DATELINE_REACH):
        name, state = match.group("place"), match.group("state")
        if state and len(state) > _STATE_CODE and _state_named(state) is None:
            state = None  # ("Hallstatt Lakeside Hall, Austria - ...": a country written out, read below)
        named = find_places(f"{name}, {state}" if state else name)
        # "Nancy N. Rabalais - The Dead Zone": a speaker's name opening a line is no dateline; the town must be
        # all of the name before the colon or dash.
        if named and named[0].start == 0 and named[0].end >= len(name.rstrip(".")) \
                and (named[0].place.kind in (CITY, VENUE) or _dated_country(match, named[0].place)):
            return named[0].place
        if not named and (country := _country_after_the_town(match)) is not None:
            return country
        if (town := _town_of_the_state(name, state)) is not None:
            return town
    for match in _STAMP_OVER_TOWN.finditer(body, 0, _DATELINE_REACH):
        named = find_places(_as_written(match.group("place").rstrip(".")))
        if named and named[0].start == 0 and named[0].place.kind == CITY:
            return named[0].place
    for match in _DATE_THEN_TOWN.finditer(body, 0, _DATELINE_REACH):
        name = match.group("place")
        named = find_places(name)
        if named and named[0].start == 0 and named[0].end >= len(name) and named[0].place.kind == CITY:
            return named[0].place
    return None


def _town_of_the_state(name: str, state: str | None) -> Place | None:
    """"Lunenburg, Nova Scotia, May 2, 2030": a town the gazetteer lacks, then its state or province written out, as a
    town of that state (on its clock), as "Lunenburg, N.S." reads; None when the words after the town are no state."""
    if not state or any(m.start < len(name) for m in find_places(f"{name}, {state}")):
        return None  # (a town the gazetteer knows is read with its state already)
    region = _state_named(state)
    return town_in_state(name, region) if region is not None else None


def _state_named(words: str) -> Place | None:
    """The state or province the words name, all of them and nothing else ("Nova Scotia", "Western Australia")."""
    states = find_places(words)
    if len(states) != 1 or states[0].start > 0 or states[0].end < len(words) or states[0].place.kind != REGION:
        return None
    return states[0].place


# ", Republic of Korea - Tuesday 11 September 2012": the country after a dateline's town, then the day.
_COUNTRY_THEN_DAY = re.compile(r",\s(?P<country>[^\n,–—]{2,40}?)(?:\s[–—-]\s|,\s)")


def _country_after_the_town(match: re.Match[str]) -> Place | None:
    """"Jeju Island, Republic of Korea - Tuesday 11 September 2012": a dateline whose town the gazetteer does not
    know (an island, a resort, a venue) but whose country, written out after it, keeps one clock: that clock."""
    after = _COUNTRY_THEN_DAY.match(match.group(), len(match.group("place")))
    if after is None:
        return None
    named = find_places(after.group("country"))
    if not named or named[0].start > 0 or named[0].end < len(after.group("country")):
        return None
    place = named[0].place
    return place if place.kind == COUNTRY and place.zone_certain and place.zone else None


def _dated_country(match: re.Match[str], place: Place) -> bool:
    """"Singapore, 12 January 2026", "Luxembourg, 3 March", "Singapore — The ...": a country of one clock before a
    comma and a date, or a dash, heads the item as a town does (city-states write so); before a colon it is more
    often a topic ("Ukraine: ...")."""
    return place.kind == COUNTRY and place.zone_certain and bool(place.zone) \
        and not match.group().startswith(":", len(match.group("place")))


def area_of(article: Article, context: Reading) -> Place | None:
    """Where the item's events happen when one names no place: for the zone of its unlabelled times.

    The place the text says things happen in, else the place in its title, else its wire dateline
    ("SINGAPORE: ..."), else its organisation's ("New Zealand Government", "Governor of Colorado"),
    else the town or region it names most ("Montpelier, VT" under each entry of a schedule). A place the
    title says something goes to ("... bring their message to Ottawa") outranks a country the text is
    about ("the crisis in Mexico"), however often it is named.
    """
    home = written_as_its_namesake(home_of(article.org), article.body)
    if (abroad := venue_abroad(context, home) or titled_abroad(article.title, context, home)) is not None:
        return abroad
    main = context.main_place()
    if main is not None and not context.main_place_repeated:
        # "... our programme in Nairobi, Kenya" once, over a listing of "GLASGOW: Stereo", "EXETER: Cavern", ...
        main = outnumbering_town(main, (b.text for b in context.blocks)) or main
    # ("Mendoza, Argentina" on a line of its own at the body's head: where the item is, as a dateline says it)
    dateline = dateline_place(article.body) or place_at_the_head(context.blocks, context.mentions_of)
    if main is not None and (spanned := town_of_the_span(context)) is not None:
        # "In New York the Assembly sits from September 17 to 30" over rows under "22 September:": the rows are
        # in New York, though the item names Lyon more often (a conference a month later, a campaign's name)
        return spanned
    if home is not None and (main is None or (not context.main_place_repeated and home.kind in (COUNTRY, REGION)
                                              and not is_local(context))):
        # A diary of "New Zealand Government" naming a trip to Bangkok once; "a victim from New Mexico"
        # in a schedule of the Governor of Colorado. A dateline is nearer than the organisation, and so is a
        # town named once in a country of several clocks ("Cricket Australia" playing "in Brisbane").
        if main is not None and not home.zone_certain and main.country == home.country and main.zone_certain \
                and not _only_travelled_to(main, context):
            return main  # (not a town the diary only travels to: "Gira de trabajo por Tijuana" on Thursday)
        return dateline or home
    seat = seat_of(article.org) if home is None else None
    if seat is not None and main is not None and main.kind == COUNTRY and not main.zone_certain \
            and not context.main_place_repeated:
        # A UN briefing "on the outbreak in the DRC": a country of several clocks named once is a guess at best,
        # and less likely where a body's press room is than the body's seat.
        return dateline or seat
    if home is not None and main is not None and home.kind == CITY and home.zone_certain and not is_local(context) \
            and main.country != home.country and not context.main_place_repeated \
            and (org_is_local(article.org) or not _named_where_events_are(main, context)):
        # A city's library or council naming a branch "Southport" once: its town is where its meetings are. So is a
        # body's town when the place abroad is named once where nothing is dated ("the governor is touring Australia:
        # in Melbourne he visits universities" beside the cabinet's 15:00 at home).
        return dateline or home
    title = _as_written(article.title) if article.title.isupper() else article.title
    if "," in title:
        title = _TIGHT_COMMA.sub(", ", title)  # "Meeting Portal - Norcross,GA": the town and its state
    in_title = find_places(title)
    titled = best_place(in_title, locative_only=True)
    if main is not None and main.kind == COUNTRY and titled is not None and titled.kind != COUNTRY:
        return titled
    named = titled or best_place(in_title)
    if named is not None and named.kind == COUNTRY and titled is None and dateline is not None \
            and _OF_THE_COUNTRY.search(title, 0, max((m.start for m in in_title if m.place == named), default=0)):
        # "Committee to review report of Moldova" over "GENEVA (24 February 2027) -": a country a title names only
        # as whose a thing is, is what the item is about; the dateline says where it is filed and held. (A country
        # that hosts, "Japan hosts trade talks", or heads the title, "Peru: ...", keeps its clock.)
        named = None
    stays = dateline or seat
    if main is not None and stays is not None and not context.main_place_repeated and main.zone != stays.zone \
            and _only_travelled_to(main, context):
        # "Winnipeg, Manitoba" atop an itinerary whose last row is "The Prime Minister will travel to Ottawa": the
        # rows are in Winnipeg; the town set out for is where the traveller goes after them. So at a body's seat: a
        # UN noon briefing's "at 1:00 p.m., a press conference" before "on Monday, she will travel to Addis Ababa".
        return named or stays
    found = main or named or dateline or home
    if found is not None:
        return found
    if (kept := _shared_place(context.findings)) is not None:
        return kept
    venues = _venue_places(context)
    if venues and len({place.zone for place in venues}) == 1:
        # "Venue: Council Chamber, City Hall, Dame Street, Dublin 2.": where the item's venue lines put its
        # events, when they all keep one clock, though each town is named once.
        return venues[0]
    # Each block's places, found once for the rules below that weigh the whole text.
    placed = [(block, find_places(block.text)) for block in context.blocks]
    counts: dict[str, tuple[int, int, Place]] = {}
    for block, mentions in placed:
        for mention in mentions:
            # (a country merely named is often a topic, "aggression against Ukraine"; a surname is no town)
            if mention.place.kind != COUNTRY and not _surname_elsewhere(article.body, block.text, mention):
                seen, _, place = counts.get(mention.place.name, (0, 0, mention.place))
                counts[mention.place.name] = (seen + 1, place.specificity, place)
    # A town named once, away from any event ("Journalist, The Guardian, London" in a speaker's
    # affiliation), says nothing of where the events are; one named again and again does.
    repeated = [c for c in counts.values() if c[0] >= _REPEATED]
    if repeated:
        return max(repeated, key=lambda c: (c[0], c[1]))[2]
    # Nothing in the text says where: the country of the site's own domain ("hoy.com.py"), if it keeps one clock.
    # (Else the country its contacts' addresses and telephone numbers are in: "press@borough.gov.uk", "+353 1 ...".)
    # ("Prince George," / "BC" / "V2N 1B2": a Canadian address split over lines says its province by its postal code)
    if seat is not None and (contact := contact_country(article.body)) is not None and contact.country != seat.country:
        # "United Nations Office for ..." with its press contacts on "+41 22 ...": the office is not at the body's
        # seat (New York), and its contacts say where it is (Switzerland, one clock)
        seat = contact
    return _town_with_its_state(placed) or seat or _university_seat(placed) or _one_clock(placed) \
        or _town_of_the_events(context, placed) or institution_place(article.org) \
        or province_of_postcodes(b.text for b in context.blocks) or site_town(article.url) \
        or site_country(article.url) or contact_country(article.body) or province_of_numbers(article.body) \
        or _town_of_the_events(context, placed, dated=True) \
        or (None if context.zone_given else script_country(f"{article.title}\n{article.body}"))


# The capitalised word that opens a block, right before a place's name ("Fernando Quevedo, the Director, ...").
_OPENING_WORD = re.compile(r"[ \t]*([A-ZÀ-ÖØ-Þ][^\W\d_]+)[ \t]+")


def _surname_elsewhere(body: str, text: str, mention: PlaceMention) -> bool:
    """"Fernando Quevedo, the Director of ICTP, welcomes ..." opening a block, as a sentence opens: a person where the
    item writes the same two words inside a sentence too ("by Fernando Quevedo"), not the town of Quevedo."""
    opening = _OPENING_WORD.fullmatch(text, 0, mention.start)
    if opening is None:
        return False
    pair = f"{opening.group(1)} {text[mention.start : mention.end]}"
    return any(inside_name(body, at.start() + len(opening.group(1)) + 1)
               for at in re.finditer(re.escape(pair), body))


def _named_where_events_are(place: Place, context: Reading) -> bool:
    """Is the place named in a block that names a day or a time, or in the lead before the first timed block (a trip's
    destination, "will travel to Lima", over its rows)? Not a place only told of after the rows began."""
    dated = [b.number for b in context.blocks if context.mentions_of.get(b.number)]
    naming = [b.number for b in context.blocks if any(m.place.name == place.name for m in find_places(b.text))]
    timed = [b.number for b in context.blocks if any(m.kind == "time" for m in context.mentions_of.get(b.number, ()))]
    return not timed or any(n in dated or n < timed[0] for n in naming)


def _only_travelled_to(place: Place, context: Reading) -> bool:
    """Is every mention of the place where someone travels to ("will travel to Ottawa", "Déplacement à Toulon"), after
    the day's timed rows or in a diary of several days (which follows the journey, diaryplaces.py)? (Not one set out
    for, "leaves for Buenos Aires, where ...": the day's events are there; nor a journey early in a day's programme,
    "8:00 Travel to Edmonton" over the rows held there.)"""
    timed = [b.number for b in context.blocks if any(m.kind == "time" for m in context.mentions_of.get(b.number, []))]
    last_timed = max(timed, default=-1)
    gone = False
    for block in context.blocks:
        for mention in find_places(block.text):
            if mention.place.name != place.name:
                continue
            if not travels_to(block.text, mention.start) or block.number < last_timed and context.diary_days < 2:
                return False
            gone = True
    return gone


def town_of_the_span(context: Reading) -> Place | None:
    """The town a sentence says a span of days happens in ("In New York the General Assembly sits from September 17
    to 30"), when every timed row of the item falls on a day inside that span (the days written above the rows,
    "22 September:"): the rows happen there. One such town only, of one sure clock; rows under no day, or on a day
    outside the span, leave it open."""
    spans: list[tuple[tuple[int, int], tuple[int, int], Place]] = []
    row_days: list[tuple[int, int] | None] = []
    day: tuple[int, int] | None = None
    for block in context.blocks:
        mentions = context.mentions_of.get(block.number, ())
        for mention in mentions:
            if mention.kind == "span" and mention.first is not None and mention.last is not None:
                begin, end = sentence_around(block.text, mention.start)
                towns = {m.place.name: m.place for m in find_places(block.text[begin:end])
                         if m.locative and m.place.kind == CITY and m.place.zone and m.place.zone_certain}
                if len(towns) == 1:
                    spans.append(((mention.first.month, mention.first.day), (mention.last.month, mention.last.day),
                                  next(iter(towns.values()))))
            elif mention.kind == "day" and mention.first is not None:
                day = (mention.first.month, mention.first.day)
        if any(m.kind == "time" for m in mentions):
            row_days.append(day)
    if len({place.name for _, _, place in spans}) != 1 or not row_days or None in row_days:
        return None
    inside = [place for first, last, place in spans
              if all(day is not None and first <= day <= last for day in row_days)]
    return inside[0] if inside else None


# "The University of Queensland", "Universidad de Chile", "Université de Montréal": a university named for its
# town or region, in the heading of the page (the site's banner), sits there.
_UNIVERSITY_OF = re.compile(r"\b(?:University|Universidad|Universidade|Universit[àé]|Universitat|Universität"
                            r"|Uniwersytet)\s+(?:of|de|do|da|di|degli|des|der)?\s*(?:the\s+|la\s+|l['’])?$")


def _university_seat(placed: list[tuple[Block, list[PlaceMention]]]) -> Place | None:
    """The town or region a university heading of the page is named for ("The University of Queensland" over a list
    of seminars that names no place), when the headings name one such and only one clock."""
    found = [m.place for block, mentions in placed if block.kind == HEADING for m in mentions
             if m.place.kind in (CITY, REGION) and m.place.zone and m.place.zone_certain
             and not has_namesakes(m.place)  # ("University of Washington": the state's, not the capital's)
             and _UNIVERSITY_OF.search(block.text, max(0, m.start - 40), m.start)]
    return found[0] if found and len({place.zone for place in found}) == 1 else None


def _town_with_its_state(placed: list[tuple[Block, list[PlaceMention]]]) -> Place | None:
    """A town named once with its state ("Fernbrook, OR 97000" in the address closing the page), for an item
    that names no other place: the town is where its body sits, and its state tells the clock (a state of
    several clocks only as a guess, which the event notes). Towns in states of different clocks say nothing."""
    found: list[Place] = []
    for block, mentions in placed:
        for mention in mentions:
            state = mention.place
            town = TOWN_BEFORE.search(block.text, max(0, mention.start - 40), mention.start)
            if town is None and _POSTCODE_AFTER.match(block.text, mention.end):
                # "20 Bridge Street, Sydney NSW 2000": Australia's addresses put no comma before the state.
                town = _TOWN_SPACE_BEFORE.search(block.text, max(0, mention.start - 40), mention.start)
            if town is None and _ZIP_AFTER.match(block.text, mention.end):
                town = _CAPS_TOWN_BEFORE.search(block.text, max(0, mention.start - 40), mention.start)
            if state.kind != REGION or town is None:
                continue
            found.append(town_in_state(town.group(1).title() if town.group(1).isupper() else town.group(1), state))
    if not found or len({place.zone for place in found}) != 1:
        return None
    return found[0]


def _one_clock(placed: list[tuple[Block, list[PlaceMention]]]) -> Place | None:
    """The place of an item that names several places, each once, all keeping one clock: the eight states of a
    currency union of the Eastern Caribbean and its town "Kingstown" all keep Atlantic time. Places of two clocks,
    or one place alone (often a topic), say nothing."""
    places = {m.place.name: m.place for _, mentions in placed for m in mentions}
    clocks: dict[tuple[int, ...], list[Place]] = {}
    for place in places.values():
        if place.zone and place.zone_certain:
            clocks.setdefault(_clock(place.zone), []).append(place)
    if len(places) < _SEVERAL or not clocks:
        return None
    # A name or two read as a place by mistake ("the Commonwealth of Dominica") may keep another clock.
    kept = max(clocks.values(), key=len)
    if len(kept) < _SEVERAL or len(kept) * 4 < len(places) * 3:
        return None
    return max(kept, key=lambda place: place.specificity)


def _clock(zone: str) -> tuple[int, ...]:
    """A zone's offsets in winter and summer of either hemisphere: zones of one clock under other names agree."""
    return tuple(season_offset(zone, summer) for summer in (False, True))


def _shared_place(findings: list[Finding]) -> Place | None:
    """The place the item's located events share a clock in, for its events that name none: an agenda's rows
    under a venue line ("... Mansion, Atlanta, Georgia"), a visit's landing at 2:05 pm one sentence before
    the meeting "in downtown San José". Places of several clocks say nothing of the others."""
    places = [f.place for f in findings if f.place is not None and f.place.zone_certain and f.place.zone]
    if not places or len({place.zone for place in places}) != 1:
        return None
    return max(places, key=lambda place: place.specificity)


def place_the_unplaced(findings: list[Finding]) -> None:
    """Timed findings with no place and no area of the item take the place their item's located events share a
    clock in, once all are found: a day's rows pasted a cell per line ("10:00" / "Cabinet meeting" / "Parliament House,
    Canberra", then "14:30" / ... / "Government House") name their town after the area was asked for at the first."""
    shared = _shared_place(findings)
    for finding in findings if shared is not None else []:
        if finding.time is not None and finding.place is None and finding.area is None and not finding.zone_label:
            finding.area = shared


# "Riverton Council", "Riverton City Council", "Riverton County Board": a body named for its town, after the town.
# ("Spokane Valley Council": a word of the town's longer name between)
_BODY_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?\s+(?:City\s+|Town\s+|County\s+|Village\s+|Borough\s+)?"
                         r"(?:Council|Commission|Board)\b")


def _town_of_the_events(context: Reading, placed: list[tuple[Block, list[PlaceMention]]],
                        dated: bool = False) -> Place | None:
    """The one town the item's timed lines name, for an item that names no other place: "08:30 Visit to the
    University Hospital of Montreal" is in Montreal, and so are the rows around it. A town named anywhere else too
    (a speaker's affiliation, a contact's address) leaves it open; towns of two clocks say nothing."""
    # (The lines with a clock time: the area is asked for at the first row, before any event is found.)
    # (Else, `dated`, the lines with a day where a town names its body: an archive's rows "Riverton Council Special
    # Meeting   Nov 15, 2030" name the town of a council whose coming meetings, timed, name none; asked for when
    # nothing else says where. "in einem Zug abgestimmt (Stand 27. Juni)" names no body.)
    kinds = ("time", "day") if dated else ("time",)
    timed = [(b.text, mentions) for b, mentions in placed
             if any(m.kind in kinds for m in context.mentions_of.get(b.number, ()))]
    # ("1:00 pm America/Springfield", ".../events/ottawa": a name after a slash is part of a zone's name or a path)
    towns = {m.place.name: m.place for text, mentions in timed for m in mentions
             if not m.topical and m.place.kind != COUNTRY and text[m.start - 1 : m.start] != "/"
             and (not dated or _BODY_AFTER.match(text, m.end) is not None)}
    named = {m.place.name for _, mentions in placed for m in mentions if m.place.kind != COUNTRY}
    if not towns or named - set(towns):
        return None
    zones = {place.zone for place in towns.values()}
    if len(zones) != 1 or not all(place.zone and place.zone_certain for place in towns.values()):
        return None
    return max(towns.values(), key=lambda place: place.specificity)


def _venue_places(context: Reading) -> list[Place]:
    """The towns the "Venue:" and "Location:" lines heading the item name. A venue line under an entry
    ("WHEN: ..." / "WHERE: 12 Main Street, Springfield") says where that entry is, not the others."""
    said = [f.text for f in context.findings if f.text != context.title]
    found = []
    for block in context.blocks:
        text = block.text.strip()
        if text and any(text in words or words in text for words in said):
            break  # the first entry: venue lines below it belong to entries
        line = VENUE_LINE.match(block.text)
        place = best_place(find_places(line.group("venue"))) if line else None
        if place is not None and place.kind != COUNTRY and place.zone:
            found.append(place)
    return found


def settle_namesakes(article: Article, context: Reading, findings: list[Finding]) -> None:
    """A town whose name other countries share stands in the country of the item's other places.

    "Durham" under "Leeds" and "England" is the English town, not the American one the gazetteer
    knows first; "Richmond" among "Vancouver" and "Surrey" the Canadian one. Countries named outright do not
    count (a Canadian ministry's "London, King Charles Street" is in England). Only read when such a town is used.
    """
    if not any(f.place is not None and has_namesakes(f.place) or f.area is not None and has_namesakes(f.area)
               for f in findings):
        return
    named = [(m.place.name, m.place.country) for text in (article.title, article.org, *(b.text for b in context.blocks))
             for m in find_places(text) if m.place.kind != COUNTRY]

    home = home_of(article.org)
    service = american_service_town(article.org, best_place(find_places(article.org)))
    seat = seat_of(article.org) if home is None else None
    # "Ayuntamiento de Valencia": the kind of office says the country of its town
    office = institution_country(article.org) or institution_country(article.title)

    def settled(place: Place) -> Place:
        countries: dict[str, int] = {office: 1} if office else {}
        for name, country in named:
            if name != place.name:  # the town's own mentions say nothing of which town it is
                countries[country] = countries.get(country, 0) + 1
        if service is not None and service.name == place.name:
            return service  # "Santa Cruz Police Department" meeting "in Santa Cruz": the town its name was read as
        if office and not countries.get(place.country) and countries[office] == max(countries.values()) \
                and (mine := namesakes_in(place, office)):
            # "Guardia Civil, Comandancia de Guadalajara": where no other country outweighs the office's, its town of
            # the name, even one the gazetteer gives only with its country beside it, not the larger one abroad
            return mine[0]
        found = in_countries(place, countries, home)
        if found is place and seat is not None and not countries.get(place.country) \
                and place.name not in organisation_seats().values():
            # (A town that is itself the seat of international bodies, "Geneva", is that town in any body's text.)
            found = in_seat_country(place, seat)
        return found

    for finding in findings:
        if finding.place is not None and has_namesakes(finding.place):
            gone_to = _country_gone_to(finding.text)
            # ("tour of Spain: in Valencia he meets ...": the country the sentence itself goes to says which town)
            finding.place = in_countries(finding.place, {gone_to: 1}) if gone_to else settled(finding.place)
        if finding.area is not None and has_namesakes(finding.area):
            finding.area = settled(finding.area)


def settle_body_towns(article: Article, findings: list[Finding]) -> None:
    """A town whose name opens the name of the organisation's own town abroad is that town: "Speaker of the Buffalo
    City Metropolitan Council" in an item of "Buffalo City Metropolitan Municipality" (South Africa) sits there, not
    in Buffalo, New York, though the gazetteer knows no South African Buffalo."""
    home = home_of(article.org)
    if home is None or home.kind != CITY:
        return
    for finding in findings:
        if finding.place is not None and finding.place.country != home.country \
                and home.name.startswith(f"{finding.place.name} "):
            finding.place = home
        if finding.area is not None and finding.area.country != home.country \
                and home.name.startswith(f"{finding.area.name} "):
            finding.area = home


# "at the Padang": a place word after a lower-case "the" is a venue of that name (a field, a square), not the town
# abroad that shares it.
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[ \t]+$")


def settle_venues_after_the(article: Article, findings: list[Finding]) -> None:
    """A town named only right after "the" ("at the Padang") in an item whose dateline names a town of another country
    ("SINGAPORE - ...") is a venue there, not the town abroad (world-hundredfortythird: the Padang, a field in
    Singapore, read as the Indonesian city): the finding is placed in the dateline's town."""
    dateline = dateline_place(article.body)
    if dateline is None or not dateline.country:
        return
    for finding in findings:
        place = finding.place
        if place is None or place.kind != CITY or place.country == dateline.country:
            continue
        named = [m for m in find_places(finding.text) if m.place.name == place.name]
        if named and all(_THE_BEFORE.search(finding.text, max(0, m.start - 5), m.start) is not None for m in named):
            finding.place = dateline


def _country_gone_to(text: str) -> str:
    """The one country a finding's own text names as where it is ("on a tour of Spain", "gira por España"), if any."""
    countries = {m.place.country for m in find_places(text) if m.place.kind == COUNTRY
                 and (m.locative or _TOURING.search(text, max(0, m.start - _TOURING_REACH), m.start))}
    return countries.pop() if len(countries) == 1 else ""


# "on a tour of Spain", "touring Spain", "de gira por España", "em viagem pela Itália", "en tournée en" (a locative
# of its own), "auf Reise durch Spanien": a journey through the country named next
_TOURING = re.compile(r"(?:\btour\s+of|\btouring|\bgira\s+(?:de\s+trabajo\s+)?por|\bviaje\s+por"
                      r"|\bviagem\s+(?:por|pel[oa])|\breise\s+durch)\s+(?:the\s+|la\s+|el\s+|a\s+|o\s+)?$",
                      re.IGNORECASE)
_TOURING_REACH = 40


# "Charles Lynch Press Room, Centre Block, Parliament Hill.": parts of an address, each capitalised, no verb.
_ADDRESS = re.compile(r"^[A-Z][^,.;:!?\n]*(?:,\s*[A-Z0-9][^,;:!?\n]*){1,5}\.?$")
_ADDRESS_LENGTH = 120
# "The envoy will talk about her years in Lagos, Nigeria and Ottawa.": a sentence with a comma before a
# capital is no address. An address's small words place things ("Lecture theatre at the back of the main building,
# Castle Street, Dunedin"); a sentence's say who does what: a pronoun or a verb's auxiliary.
_CLAUSE_WORD = re.compile(r"(?<![\w'’.-])(?:will|would|shall|can|may|must|is|are|was|were|has|have|had|he|she|they"
                          r"|we|his|her|their|its|our)(?![\w'’.-])")


def venue_under(block: Block, context: Reading) -> bool:
    """An address line right under the paragraph that announced a timed event says where it is.

    "The press conference is on Thursday 23 June at 10:30" / "Press Room, Centre Block, Parliament
    Hill.": the line locates that event (and outranks the places the item is about). True when used.
    """
    if context.last_prose != block.number - 1 or not context.findings or len(block.text) > _ADDRESS_LENGTH:
        return False
    last = context.findings[-1]
    if last.time is None or last.location or (last.place is not None and last.place.kind != COUNTRY):
        return False
    if not _ADDRESS.match(block.text.strip()) or _CLAUSE_WORD.search(block.text):
        return False
    named = best_place(find_places(block.text))
    if named is None or named.kind == COUNTRY:
        return False
    last.place, last.location = named, block.text.strip().rstrip(".")
    last.text = f"{last.text} {block.text.strip()}"
    return True
