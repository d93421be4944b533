"""The gazetteer: the generated table is current, and places are found the way the text means them."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from parsers import extract
from parsers.placeindex import lookup
from parsers.places import CITY, COUNTRY, VENUE, Place, closing_place, find_places

ROOT = Path(__file__).resolve().parent.parent


def _places(text: str) -> list[Place]:
    return [m.place for m in find_places(text)]


def test_the_generated_table_is_current() -> None:
    result = subprocess.run([sys.executable, "tools/make_gazetteer.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "current" in result.stdout
    assert "stale" not in result.stdout


def test_a_city() -> None:
    belgrade = lookup("Belgrade")
    assert belgrade is not None
    assert (belgrade.kind, belgrade.display, belgrade.country) == (CITY, "Belgrade, Serbia", "RS")
    assert (belgrade.zone, belgrade.zone_certain) == ("Europe/Belgrade", True)
    assert lookup("  Belgrade ") == belgrade  # white space is folded


def test_a_country() -> None:
    kosovo = lookup("Kosovo")
    assert kosovo is not None
    assert (kosovo.kind, kosovo.display) == (COUNTRY, "Kosovo")
    assert kosovo.zone == "Europe/Belgrade"


def test_a_venue_stands_in_its_city() -> None:
    headquarters = lookup("NATO Headquarters")
    assert headquarters is not None
    assert headquarters.kind == VENUE
    assert headquarters.display == "NATO Headquarters, Brussels, Belgium"
    assert (headquarters.country, headquarters.zone, headquarters.zone_certain) == ("BE", "Europe/Brussels", True)


def test_unknown_names_are_not_places() -> None:
    assert lookup("Atlantis") is None
    assert lookup("belgrade") is None  # names are matched as written
    assert _places("the meeting was held on Tuesday") == []


def test_a_venue_named_after_its_city_stands_there() -> None:
    [place] = _places("NATO Headquarters Sarajevo")
    assert place.kind == VENUE
    assert place.name == "NATO Headquarters Sarajevo"
    assert place.display == "NATO Headquarters Sarajevo, Bosnia and Herzegovina"
    assert (place.country, place.zone, place.zone_certain) == ("BA", "Europe/Sarajevo", True)


def test_a_surname_is_not_a_city() -> None:
    santos = lookup("Santos")
    assert santos is not None
    assert santos.kind == CITY  # the gazetteer does know a city Santos ...
    found = _places("Professor Ana Santos Pinto of Portugal was appointed as Chair.")
    assert all(p.name != "Santos" for p in found)  # ... but this Santos is a person
    assert "Portugal" in [p.name for p in found]


def test_no_word_of_a_personal_name_is_a_place() -> None:
    assert _places("Professor Ana Santos Pinto") == []


def test_a_surname_does_not_become_an_events_location() -> None:
    text = ("Expert group meets\n\nSource: NATO\n\n"
            "On 5 December 2023, Professor Ana Santos Pinto will chair the first meeting of the expert group.\n")
    [event] = extract(text, source="test", reference=dt.date(2026, 11, 27)).events
    assert event.start == dt.date(2023, 12, 5)
    assert event.location == ""


def test_a_country_spanning_several_zones_has_an_uncertain_zone() -> None:
    [place] = _places("the United States")
    assert (place.name, place.kind, place.country) == ("United States", COUNTRY, "US")
    assert place.zone_certain is False
    assert place.zone == "America/New_York"  # the capital's: a guess, marked as one
    for alias in ("USA", "US"):
        assert lookup(alias) == Place(alias, COUNTRY, "United States", "US", "America/New_York", False)


def test_a_single_zone_country_is_certain() -> None:
    serbia = lookup("Serbia")
    assert serbia is not None
    assert (serbia.kind, serbia.zone, serbia.zone_certain) == (COUNTRY, "Europe/Belgrade", True)


@pytest.mark.parametrize(("name", "zone"), [
    ("Malaysia", "Asia/Kuala_Lumpur"), ("Argentina", "America/Argentina/Buenos_Aires"), ("Uzbekistan", "Asia/Tashkent"),
])
def test_a_country_of_several_zones_that_keep_one_clock_is_certain(name: str, zone: str) -> None:
    # Malaysia's two zones, Argentina's many: one clock all year, so "(Malaysian time)" tells it
    country = lookup(name)
    assert country is not None
    assert (country.zone, country.zone_certain) == (zone, True)
    indonesia = lookup("Indonesia")
    assert indonesia is not None
    assert indonesia.zone_certain is False  # three clocks


def test_the_time_of_a_country_whose_zones_keep_one_clock() -> None:
    text = ("Briefing\n\nSource: Trade Office\n\nPublished: 2 June 2031\n\n"
            "The briefing is at 3pm (Malaysian time) on June 12.\n")
    [event] = extract(text, source="clock", reference=dt.date(2031, 6, 2)).events
    assert (event.start.isoformat(), event.timezone) == ("2031-06-12T15:00:00+08:00", "Asia/Kuala_Lumpur")


def test_the_longest_name_wins_and_locatives_are_marked() -> None:
    mentions = find_places("The Secretary General travelled to Bosnia and Herzegovina and met the Prime Minister.")
    assert [(m.place.name, m.locative) for m in mentions] == [("Bosnia and Herzegovina", True)]


def test_a_town_the_gazetteer_lacks_stands_in_the_state_named_after_it() -> None:
    town = _places("Frederick, MD -- The Mayor meets residents.")[0]
    assert (town.kind, town.display, town.zone) == (CITY, "Frederick, Maryland", "America/New_York")
    assert [p.display for p in _places("in Elk Grove Village, IL on Monday")][-1] == "Illinois, United States"


def test_a_parliament_stands_in_its_capital() -> None:
    (seat,) = _places("The Oireachtas committee meets.")
    assert (seat.kind, seat.zone) == (VENUE, "Europe/Dublin")
    assert seat.display == "Oireachtas, Dublin, Ireland"


def test_a_country_whose_capital_is_spelled_otherwise_still_has_a_clock() -> None:
    # The country table says "Brasilia" and "Bogota", the city table "Brasília" and "Bogotá". (Brazil's clock is
    # certain: nearly all its people keep Brasília's, see test_country_clock_of_nearly_all.py.)
    brazil, colombia = lookup("Brazil"), lookup("Colombia")
    assert brazil is not None
    assert colombia is not None
    assert (brazil.zone, brazil.zone_certain) == ("America/Sao_Paulo", True)
    assert (colombia.zone, colombia.zone_certain) == ("America/Bogota", True)


def _zone_of_the_timed_event(text: str) -> str:
    events = [e for e in extract(text, source="test", reference=dt.date(2026, 11, 27)).events if e.timezone]
    assert len(events) == 1, [(e.summary, e.start) for e in events]
    return events[0].timezone


# (item, zone of its one timed event, why): where an event is, read as a careful reader reads it.
WHERE_IT_HAPPENS = [
    ("Budget day\n\nSource: Daily Wire\n\n"
     "NAIROBI: On Tuesday 3 March 2020 the Finance Minister presents the budget to the House at 3pm.\n",
     "Africa/Nairobi", "a capitalised wire dateline ending in a colon gives the item's place"),
    ("Port strike talks\n\nSource: Coastal Post\n\n"
     "ACCRA — Union leaders and the ministry resume talks on 4 May 2021 at 10:00.\n",
     "Africa/Accra", "a dateline ending in a dash does too"),
    ("Fisheries accord\n\nSource: Andean Wire\n\n"
     "LIMA (Andean Wire) – The two ministers sign the accord on 9 June 2022 at 11:30.\n",
     "America/Lima", "a dateline naming its agency in brackets before the dash"),
    ("Bridge reopens\n\nSource: Transport Office\n\n"
     "HOBART, 4 March 2019: The bridge reopens to traffic on 6 March 2019 at 6am.\n",
     "Australia/Hobart", "a dateline with its date, ending in a colon"),
    ("Plant tour\n\nSource: Energy Office\n\n"
     "SPOKANE, Wash. — The director tours the new plant on 5 May 2021 at 2:00 p.m.\n",
     "America/Los_Angeles", "a dateline with the state abbreviated in news style"),
    ("Library opens\n\nSource: City News\n\n"
     "Kingston, Ont. – The new library opens on 6 May 2021 at 11 a.m.\n",
     "America/Toronto", "a province abbreviated after a town names which Kingston it is"),
    ("Port visit\n\nSource: Harbour Board\n\n"
     "Durban: The new berth is ready.\n\nThe minister opens it on 4 May 2021 at 10:00.\n",
     "Africa/Johannesburg", "a dateline in a town's own spelling gives the item's place"),
    ("Statement on Ukraine\n\nSource: Foreign Service\n\n"
     "Ukraine: The spokesperson answers questions on 4 May 2021 at 10:00.\n",
     "Europe/Brussels", "a country before a colon is a heading's topic, not a dateline"),
    ("MEDIA ADVISORY: MINISTER TO VISIT NEW DELHI\n\nSource: Foreign Office\n\n"
     "The minister meets the press on 4 May 2021 at 10:00.\n",
     "Asia/Kolkata", "a title in capitals names its place as well as one in small letters"),
    ("Note on the season\n\nSource: Daily Wire\n\n"
     "NOTE: The league's final is played on 4 March 2018 at 7pm.\n",
     "Europe/Brussels", "a capitalised word before a colon that is no place gives nothing"),
    ("Season fixtures\n\nSource: Rugby League Office\n\n"
     "Grand Final – Lions v Tigers Brisbane Stadium 4 March 2018, 7pm start\n",
     "Australia/Brisbane", "a ground named after its town stands in it, even after another capitalised word"),
    ("Judgment to be read\n\nSource: Arbitration Court\n\n"
     "In the case concerning Lahore the Court reads its judgment on 3 May 2023 at 10 a.m.\n\n"
     "The sitting is held in the Great Hall in The Hague.\n",
     "Europe/Amsterdam", "a town in the name of a case is not where the sitting is"),
    ("Cup week\n\nSource: Cricket Board\n\n"
     "The squad trains in Leeds and in Manchester this week.\n\n"
     "On 6 June 2019 the match in Durham starts at 11:00.\n",
     "Europe/London", "a town whose name other countries share is in the country of the item's other places"),
    ("Festival week\n\nSource: Arts Council\n\n"
     "On 6 June 2019 the festival in Perth opens at 11:00.\n",
     "Australia/Perth", "with nothing else to go on, the gazetteer's town of the name stays"),
    ("Perth festival\n\nSource: Arts Council\n\n"
     "On 6 June 2019 the festival in Perth, Scotland opens at 11:00.\n",
     "Europe/London", "the region written after a town says which town of the name it is"),
    ("Perth festival\n\nSource: Arts Council of Scotland\n\n"
     "On 6 June 2019 the festival in Perth opens at 11:00. Buses run from Dundee.\n",
     "Australia/Perth", "a town far smaller than its namesake is meant only with its region beside it"),
    ("Council meets\n\nSource: Metro Council\n\n"
     "The council meets in Richmond on 9 May 2022 at 7 pm. Buses run from Vancouver.\n",
     "America/Vancouver", "a namesake of some size is meant when the item's other towns are in its country"),
    ("Minister's week\n\nSource: Ministry of Foreign Affairs, Canada\n\n"
     "The Minister travels to Paris. In Paris she meets her counterpart, and in Paris she speaks to investors.\n\n"
     "A press conference is held on 3 May 2022 at 10:30.\n\nForeign Office, King Charles Street, London.\n",
     "Europe/London", "an address line under a timed sentence locates it; a country named once moves no town"),
    ("Harbour fireworks\n\nSource: City of Hong Kong\n\n"
     "On 1 July 2022 the fireworks start at 9pm over the harbour. Nearby roads are closed by Police.\n",
     "Asia/Hong_Kong", "a word a release capitalises ('by Police') is no town, though a town bears its name"),
    ("Squad named\n\nSource: Cricket Australia\n\n"
     "The squad gathers in Brisbane this week.\n\nThe first match starts on 5 December 2019 at 10:30.\n",
     "Australia/Brisbane", "a town named once outranks an organisation's country of several clocks"),
    ("Health briefing\n\nSource: Kenyan Ministry of Health\n\n"
     "The Cabinet Secretary briefs the press on 2 June 2021 at 11:00.\n",
     "Africa/Nairobi", "an organisation named by its nationality stands in its country"),
    ("Rate decision\n\nSource: Norges Bank\n\n"
     "The Executive Board announces its decision on 20 September 2000 and the Governor meets the press at 2 pm.\n",
     "Europe/Oslo", "an organisation named in its own language stands in its country"),
    ("Rate decision\n\nSource: Seðlabanki Íslands\n\n"
     "The committee's statement is out on 4 October 2023 and a webcast follows at 9:30.\n",
     "Atlantic/Reykjavik", "so does one whose own name is the only clue, two hours off the default in summer"),
    ("Trade briefing\n\nSource: Trade Office\n\n"
     "The minister briefs the press with her Kenyan counterpart on 2 June 2021 at 11:00.\n",
     "Europe/Brussels", "a nationality in a sentence says who, not where"),
    ("Trade mission\n\nSource: City Council\n\n"
     "Delegates from Lyon and Marseille visit the council on 9 June 2022 at 11:00 in Toronto.\n",
     "America/Toronto", "the town visitors come from gives way to the town they are in"),
    ("Activists bring their case to Ottawa\n\nSource: Rights Watchers\n\n"
     "Abuses in Mexico keep rising, and reports from Mexico are many. Families in Mexico wait for news.\n\n"
     "The press conference is on 23 June 2016 at 10:30.\n",
     "America/Toronto", "the place the title goes to outranks a country the text is about"),
    ("Debates\n\nSource: Commons Press Office\n\n"
     "Members debate rail fares in Westminster Hall on 9 May 2023 at 9.30am.\n",
     "Europe/London", "a hall of Parliament, not the American town of Westminster the gazetteer knows"),
    ("Visit\n\nSource: Press Office\n\nThe leaders meet at the Blue House on 9 May 2017 at 10:00.\n",
     "Asia/Seoul", "a seat of government stands in its capital"),
    ("Media note\n\nSource: International Atomic Energy Agency press office\n\n"
     "The Director General briefs journalists on 14 March 2023 at 11:00 in the press room.\n",
     "Europe/Vienna", "an international body naming no place is on the clock of its seat"),
    ("Schedule\n\nSource: UN Spokesperson\n\nThe Secretary-General meets the President of the Assembly on 8 March 2019 "
     "at 9:00 a.m.\n", "America/New_York", "the UN Spokesperson's office sits at the UN's seat"),
    ("Media note\n\nSource: UNICEF Ghana\n\nThe representative briefs journalists on 14 March 2023 at 11:00.\n",
     "Africa/Accra", "a country in the body's name outranks its seat"),
    ("Media note\n\nSource: Food and Agriculture Organization of the United Nations\n\n"
     "The Director-General briefs journalists on 14 March 2023 at 11:00.\n",
     "Europe/Rome", "the longest body named wins: the FAO, not the United Nations"),
    ("Ministerial\n\nSource: Organization for Security and Co-operation in Europe\n\n"
     "The ministers meet in Valletta, Malta, on 5 December 2024 at 10:00.\n",
     "Europe/Malta", "a body's meeting in a town the text names is there, not at the body's seat"),
    ("Media note\n\nSource: NSW Government\n\nThe Premier holds a press conference on 6 July 2023 at 11am.\n",
     "Australia/Sydney", "a state by its initials in the organisation's name"),
    ("Media note\n\nSource: Tasmanian Government\n\nThe Premier holds a press conference on 6 July 2023 at 11am.\n",
     "Australia/Hobart", "a state by its people's name in the organisation's name"),
    ("Media alert\n\nSource: United Nations Press Liaison Office\n\n"
     "Friday, 25 May 2018\n\n12:00 pm Noon briefing by the Spokesperson\n\n"
     "Guest: a doctor who updates reporters by video on the outbreak in the DRC\n",
     "America/New_York", "a country of several clocks named once gives way to the body's seat"),
    ("Upcoming talks\n\nSource: Iowa State University\n\nTuesday, 20 Mar 2018\n\n"
     "Nancy N. Rabalais - The Dead Zone\n8:00 PM – Great Hall, Memorial Union - She studies low-oxygen waters.\n",
     "America/Chicago", "a speaker's name opening a line before a dash is no town's dateline"),
    ("Upcoming talks\n\nSource: Iowa State University\n\nThursday, 22 Feb 2018\n\n"
     "Identity talk\n7:00 PM – Sun Room, Memorial Union - A journalist based in Los Angeles.\n",
     "America/Chicago", "the town a speaker is based in is not where the talk is"),
    ("Agenda for the Council Meeting on Monday 7th November, 2016, 6.15 pm\n\nSource: Galway City Council\n\n"
     "Agenda\n\nVenue: Council Chamber, City Hall.\n\n1. Minutes\n",
     "Europe/Dublin", "a time in the title is on the clock of the item's place, as the body's times are"),
    ("Briefings at the climate talks\n\nSource: Fossil Free Network\n\nThe Lima talks enter their second week.\n\n"
     "Press conferences, 9 December 2014:\n\n12:00 – 12:30 Finance briefing\n\nWho: Ana Ruiz (Green Watch – Germany)\n",
     "America/Lima", "the town whose talks the item is about, not a speaker's country in brackets"),
    ("District day\n\nSource: Government of Kerala\n\n"
     "The Chief Minister opens the new block on 2 October 2021 at 6 p.m.\n",
     "Asia/Kolkata", "an Indian state's government is on India's clock"),
    ("Evening prayer in the old church, 11 November 2021, 6 pm\n\nSource: Church Office\n\n"
     "The reading tells of the last days in Jerusalem and of the friends left behind.\n",
     "Europe/Brussels", "a town a text names once in passing does not move its headline's time"),
    ("Agenda for the Members' Meeting on Monday 7th November, 2016, 6.15 pm\n\nSource: Residents Association\n\n"
     "Agenda\n\nVenue: Council Chamber, City Hall, Dame Street, Dublin 2.\n\n1. Minutes\n",
     "Europe/Dublin", "the town a venue line names is where the item's events are"),
    ("Upcoming lectures\n\nSource: Miami University\n\nMonday, October 7, 2019\n\nHall Auditorium, 7:30 pm\n\n"
     "Lectures are held in Hall Auditorium, Oxford campus. Tickets at the Miami box office.\n",
     "America/New_York", "a town of the organisation's own country, on its clock, not the English namesake"),
    ("Talks\n\nSource: United States Department of State\n\nThe envoy meets in Geneva on 7 October 2019 at 10:00 "
     "and flies back to Washington.\n", "Europe/Zurich", "a nation's body travels: its town named abroad stays abroad"),
    ("Lecture\n\nSource: Heritage Society\n\nThe lecture is on 7 October 2019 at 7:30 pm in Oxford.\n",
     "Europe/London", "with no organisation of the namesake's country, the gazetteer's town stays"),
    ("Lecture\n\nSource: Heritage Society\n\nThe lecture is on 7 October 2019 at 7:30 pm in Oxford, Mississippi.\n",
     "America/Chicago", "the state after a town picks the town of the name on its clock"),
    ("Annual address\n\nSource: Office of the Governor\n\n"
     "The Governor speaks on 15 January 2026 at 6 p.m. at the Legislative Building in Olympia.\n",
     "America/Los_Angeles", "a state's seat, smaller than the gazetteer's floor, still tells the clock"),
    ("Hearing notice\n\nSource: A House committee\n\n"
     "Hearing: Thursday, 12 February 2026, 1 p.m., Room 2154 Rayburn House Office Building\n",
     "America/New_York", "a congressional office building stands in Washington"),
    ("Reception\n\nSource: Embassy of Chile\n\nThe reception is at Leinster House on 4 March 2026 at 18:00.\n",
     "Europe/Dublin", "a parliament's seat named without its town"),
    ("Budget lock-up\n\nSource: Finance Department\n\n"
     "The budget lock-up opens in Yellowknife on 4 February 2026 at 9:00 a.m.\n",
     "America/Edmonton", "a territory's seat tells the territory's clock"),
    ("Media note\n\nSource: WHO Regional Office for Europe\n\n"
     "The regional director briefs journalists on 14 March 2023 at 11:00.\n",
     "Europe/Brussels", "a regional office does not sit at its body's seat: no guess"),
    ("Public meeting\n\nSource: Legislative Assembly of the Falkland Islands (Gilbert House)\n\n"
     "Members meet the public in the Town Hall on Monday 6th November 2023, 16.30, Gilbert House reports.\n",
     "Atlantic/Stanley", "the body's house, named after a town of Arizona, is not the town: the islands' clock"),
    ("Lantern parade\n\nSource: Carnival Development Corporation, St Vincent and the Grenadines\n\n"
     "The lantern parade leaves the bus terminal at 7pm on Friday 3 July 2026.\n",
     "America/St_Vincent", "the islands' country as their government shortens it, in the body's name"),
    ("Vaccination day\n\nSource: Dirección de Salud de San Juan (Argentina)\n\n"
     "La jornada de vacunación empieza el sábado 4 de julio de 2026 a las 9.\n",
     "America/Argentina/San_Juan", "a town of several countries, its country in brackets in the body's name"),
]


@pytest.mark.parametrize(("text", "zone", "why"), WHERE_IT_HAPPENS, ids=[row[2][:50] for row in WHERE_IT_HAPPENS])
def test_where_an_event_happens(text: str, zone: str, why: str) -> None:
    assert _zone_of_the_timed_event(text) == zone, why


# (line under a timed paragraph, the event's LOCATION): an address locates the event; a sentence with a comma
# before a capital ("... and in Lagos, Nigeria.") is no address, however it ends.
ADDRESS_UNDER = [
    ("Charles Lynch Press Room, Centre Block, Parliament Hill.",
     "Charles Lynch Press Room, Centre Block, Parliament Hill"),
    ("She will talk about her years of service abroad and in Lagos, Nigeria.", ""),
    ("Lecture theatre at the back of the old wing, Castle Street, Dunedin.",
     "Lecture theatre at the back of the old wing, Castle Street, Dunedin"),  # small words that place, no verb
]


@pytest.mark.parametrize(("line", "location"), ADDRESS_UNDER)
def test_a_line_under_a_timed_paragraph_locates_it_only_if_it_is_an_address(line: str, location: str) -> None:
    text = ("Evening lecture\n\nSource: Lecture Series\n\n"
            f"The ambassador speaks on 13 November 2023 at 7 p.m.\n\n{line}\n")
    events = [e for e in extract(text, source="test", reference=dt.date(2023, 11, 1)).events if e.timezone]
    assert [e.location for e in events] == [location]


def test_each_line_of_an_itinerary_in_local_times_is_on_the_clock_of_the_town_it_ends_with() -> None:
    text = ("Minister's travel\n\nSource: Trade Office\n\nAll times local.\n\nTuesday, 7 June 2022\n\n"
            "8:00 a.m. Breakfast with exporters, Lima, Peru\n\n"
            "6:30 p.m. Dinner with the trade council, Denver, Colorado\n")
    events = extract(text, source="test", reference=dt.date(2026, 11, 27)).events
    assert [(e.start.hour, e.timezone) for e in events if isinstance(e.start, dt.datetime)] == [
        (8, "America/Lima"), (18, "America/Denver")]


# (list line, the place it closes with or None, why)
CLOSING = [
    ("Reception at the museum, Denver, Colorado", "Denver", "the town of a closing 'Town, State' run"),
    ("Talks with exporters – Lima", "Lima", "a place after a spaced dash closes the line"),
    ("Future partnership with the ACP countries (post-Lisbon)", None, "a place inside a word or brackets is no venue"),
    ("Call with the President of Peru", None, "a place that ends a name, not set off by a comma or dash"),
    ("Lunch with the Prime Minister of Japan, Osaka", "Osaka", "the town after a name that ends in a country"),
    ("Talks with the finance minister (State Chancellery, Riga)", "Riga", "a venue and its town in closing brackets"),
    ("Talks with the Polish minister, Hamburg, Rathaus", "Hamburg", "a town, then its venue's cell, closes the line"),
    ("Talks with the Polish minister, Hamburg, and a lunch with the guests who came", None,
     "a clause after the town is no venue's cell"),
    ("Tea with the ambassadors (Vilnius).", "Vilnius", "a town alone in closing brackets"),
    ("Call with the President of Peru (by telephone)", None, "brackets that name no place"),
]


@pytest.mark.parametrize(("text", "name", "why"), CLOSING, ids=[row[2][:50] for row in CLOSING])
def test_the_place_a_list_line_ends_with(text: str, name: str | None, why: str) -> None:
    place = closing_place(text)
    assert (place.name if place else None) == name, why


# (text, place names found with whether each is topical, why)
TOPICS = [
    ("the Occupied Territory, including East Jerusalem", [("East Jerusalem", True)],
     "a place after 'including' names part of a topic"),
    ("Croatia v. Serbia: judgment", [("Croatia", True), ("Serbia", True)], "the parties of a case"),
    ("Final – Australia v England", [("Australia", True), ("England", True)],
     "the sides of a match after a dash are no venue"),
    ("Round 9 – Santos vs Lyon (6 pm)", [("Santos", True), ("Lyon", True)],
     "'vs' written without its full stop also joins the two sides of a match"),
    ("the minister travels to Serbia", [("Serbia", False)], "a place after 'to' is where something happens"),
    ("the envoy, back from Tokyo, speaks", [("Tokyo", True)], "where someone comes back from is not where"),
    ("a debate on Mexico", [("Mexico", True)], "a country after 'on' is what is talked about"),
    ("a rally on Parliament Hill", [("Parliament Hill", False)], "a venue after 'on' is where"),
    ("experts from Lyon meet", [("Lyon", True)], "where people come from is not where they meet"),
    ("an exhibition by eight artists from Mexico", [("Mexico", True)],
     "where the artists of a show come from is not where it is (world-twentyeighth 4)"),
    ("the relay, with runners from Kenya", [("Kenya", True)], "nor where its runners come from"),
    ("a reporter based in Los Angeles speaks", [("Los Angeles", True)],
     "where a speaker is based, in a biography, is not where the talk is"),
    ("a poet who was born in Lagos reads", [("Lagos", True)], "nor where the speaker was born"),
    ("talk by Nancy N. Rabalais on the dead zone", [], "a first name before a middle initial is a person's"),
    ("Who: Ana Ruiz (Green Watch – Germany)", [("Germany", False)], "a place closing a bracket is an affiliation"),
    ("the Dubai talks resume", [("Dubai", False)], "a town before the gathering it hosts is where it is"),
    ("the convoy departs from Lyon", [("Lyon", False)], "a departure from a town happens there"),
    ("the visiting US trade envoy signs", [("US", True)], "a visitor's country is whence, not where"),
    ("the envoy is visiting Japan", [("Japan", False)], "a country visited is where"),
    ("a lecture at the University of San Carlos Museum", [("San Carlos", True)],
     "a house named after a town of several countries' names says nothing sure of where it stands"),
    ("a lecture at the University of Nairobi", [("Nairobi", False)], "named after a town of one name: there"),
    ("at the Republic Building, Colombo-01, in the hall", [("Colombo", False)],
     "a town written with its postal district's number is the town"),
]


@pytest.mark.parametrize(("text", "found", "why"), TOPICS, ids=[row[2][:50] for row in TOPICS])
def test_places_in_names_and_topics_are_marked(text: str, found: list[tuple[str, bool]], why: str) -> None:
    assert [(m.place.name, m.topical) for m in find_places(text)] == found, why


def test_a_country_of_several_clocks_gives_only_a_guess_and_says_so() -> None:
    text = "Season opener\n\nSource: Cricket Canada\n\nThe season opens on 5 May 2019 at 11:00.\n"
    [event] = extract(text, source="test", reference=dt.date(2026, 11, 27)).events
    assert event.timezone == "America/Toronto"  # the capital's clock, for want of a town
    assert "zone" in event.inferred
    assert any("guessed" in note and "Canada keeps several clocks" in note for note in event.notes), event.notes
    assert event.status == "TENTATIVE"


# (name as a release writes it, the gazetteer's town, why)
SPELLINGS = [
    ("Zurich", "Zürich, Switzerland", "a large town's name without its accents"),
    ("Lodz", "Łódź, Poland", "letters that lose more than an accent"),
    ("New York", "New York City, United States", "the city's everyday name"),
    ("Cologne", "Köln, Germany", "an English name of a town"),
    ("Hague", "The Hague, The Netherlands", "'in the Hague', its article in lower case"),
    ("Viet Nam", "Vietnam", "a country as its government and the UN write it"),
    ("Côte d'Ivoire", "Ivory Coast", "a country by its official name"),
    ("UAE", "United Arab Emirates", "a country by its initials"),
    ("Wien", "Vienna, Austria", "a capital by its own name"),
    ("Bruxelles", "Brussels, Belgium", "a capital as French writes it"),
    ("Ginebra", "Geneva, Switzerland", "a town as Spanish writes it"),
    ("Peking", "Beijing, China", "a capital as German writes it"),
    ("St Vincent and the Grenadines", "Saint Vincent and the Grenadines",
     "a country named after a saint, as its government writes it"),
    ("St. Kitts and Nevis", "Saint Kitts and Nevis", "the same with a full stop"),
]


@pytest.mark.parametrize(("name", "display", "why"), SPELLINGS, ids=[row[2][:50] for row in SPELLINGS])
def test_towns_as_releases_in_english_spell_them(name: str, display: str, why: str) -> None:
    place = lookup(name)
    assert place is not None, why
    assert place.display == display, why


@pytest.mark.parametrize("name", ["St Helena", "St Martin", "St. Helena"])
def test_a_saints_name_alone_is_no_country(name: str) -> None:
    # "St Helena Hospice", "St Martin in the Fields": only the islands' long names are shortened so.
    assert lookup(name) is None or lookup(name).kind != "country"


def test_a_small_towns_plain_spelling_is_not_taken_for_a_word() -> None:
    assert lookup("Elk") is None  # Ełk, Poland, is written so only with its ł


@pytest.mark.parametrize(("word", "town", "why"), [
    ("Sale", "Salé", "'Plant Sale', 'Book Sale': the plain spelling of Salé, Morocco, is an English word"),
])  # fmt: skip
def test_a_towns_plain_spelling_that_is_an_english_word_is_no_place(word: str, town: str, why: str) -> None:
    assert lookup(word) is None, why
    assert lookup(town) is not None, "the town keeps its own spelling"
    assert find_places(f"Spring Indigenous Plant {word} at the Botanical Garden") == [], why


# (text, places found, why): a place lends its name to things that are not places.
LENT_NAMES = [
    ("under the Paris Agreement", [], "an agreement named after a town"),
    ("as she told The New York Times on Monday", [], "a newspaper"),
    ("in the Lima Group of states", [], "a group named after a town"),
    ("held at the Baltimore Convention Center", ["Baltimore"], "a convention centre is a venue in its town"),
    ("a courtesy call at San Andrea Palace, Attard", [], "a one-word town ('San') starting a palace's longer name"),
    ("talks with Elizabeth Truss, the minister", [], "a town's name as a person's first name"),
    ("met Hassan Rouhani in the morning", [], "another first name the gazetteer knows as a town"),
    ("the ceremony at Toronto City Hall", ["Toronto"], "a generic word after the town: its city hall"),
    ("visits the Lagos State Government House", ["Lagos"], "a state named after its town"),
    ("He flies on to Riga. Talks follow", ["Riga"], "a sentence ends with the town; the next word starts another"),
    ("Wellington Ottawa, ON K1A 0G9", ["Wellington", "Ottawa", "Ontario"], "a town followed by another place"),
    ("the Denver Parks Advisory Board meets", ["Denver"], "a body the town lends its name to is the town's"),
    ("The minister arrives in Lagos Monday for talks", ["Lagos"], "a weekday after the town, as US copy writes it"),
    ("The summit opens at the Kigali Serena Hotel", ["Kigali"], "a hotel named after its town and a brand"),
    ("Exhibitors meet at the Paris Air Show", ["Paris"], "an event a town lends its name to"),
    ("The delegation lands at London Heathrow", ["London"], "a town before its airport's name"),
    ("a seat on the Atlanta Board of Education", ["Atlanta"], "a town's own board"),
    ("Lagos Hosts Regional Trade Summit", ["Lagos"], "a headline in title case capitalises every word"),
    ("Prime Minister To Visit Tokyo On Monday", ["Tokyo"], "nor does a capital before the town join it to a name"),
    ("The Commissioner meets the Roma community", [], "'Roma' names a people, not Rome"),
    ("the vigil in Victoria Square, Adelaide", ["Adelaide"], "a square named after a town, in another town"),
    ("a market on Lisbon Plaza in Toronto", ["Toronto"], "a plaza named after a town"),
    ("Questions go to Gilbert House by Friday", [], "a house named after a town (or a person) stands elsewhere"),
    ("Legislative Assembly of the Falkland Islands (Gilbert House)", ["Falkland Islands"],
     "so does one in a line of capitalised words"),
    ("The launch is at Dallas House, Leicester", ["Leicester"], "the house's own town, written after it"),
    ("a concert at the Sydney Opera House", ["Sydney"], "an opera house keeps the town its name opens with"),
]


@pytest.mark.parametrize(("text", "names", "why"), LENT_NAMES, ids=[row[2][:50] for row in LENT_NAMES])
def test_names_a_place_lends_are_not_places(text: str, names: list[str], why: str) -> None:
    assert [p.name for p in _places(text)] == names, why


def test_a_label_naming_a_towns_time_in_its_everyday_name() -> None:
    text = "Briefing\n\nSource: Press Office\n\nThe briefing starts on 3 May 2022 at 10:00 New York time.\n"
    assert _zone_of_the_timed_event(text) == "America/New_York"


def test_places_asked_for_again_are_the_places_read_first() -> None:
    """find_places remembers an article's last few texts: asked again, in any order, a text gets the same places,
    in a list of its own (a caller that changes it changes no later answer)."""
    texts = ["The meeting is held in Brussels.", "Talks in Vilnius and Riga", "no place here", "Sarajevo"]
    first = [find_places(text) for text in texts]
    first[0].clear()
    assert [find_places(text) for text in reversed(texts)] == [find_places(text) for text in reversed(texts)]
    assert [m.place.name for m in find_places(texts[0])] == ["Brussels"]
    assert [m.place.name for m in find_places(texts[1])] == ["Vilnius", "Riga"]
    assert find_places(texts[2]) == []


# (text, the town's zone, why): a town written with a state of the name, though the gazetteer's town is abroad.
TOWN_WITH_A_STATE_ABROAD = [
    ("concerts at the Smith Opera House, Geneva, New York", "America/New_York",
     "'New York' after a town of another country is the state, and Geneva one of its towns"),
    ("a fair in Paris, Texas", "America/Chicago", "a town abroad by the name is not meant: the state's clock"),
    ("a campus in Dublin, Ohio", "America/New_York", "Dublin, Ireland, is not in Ohio"),
    ("a rally in Rome, Georgia", "America/New_York", "Rome is not in the country Georgia: the state"),
    ("talks in Tbilisi, Georgia", "Asia/Tbilisi", "Tbilisi is in the country Georgia: no state"),
    ("a lecture in Oxford, Ohio", "America/New_York", "the namesake the table knows in the state's country"),
    ("a dinner in Brooklyn, New York", "America/New_York", "a town of the city's own country: New York as written"),
    ("a festival in Perth, Scotland", "Europe/London", "a country after the town"),
    ("Ministerio de Salud Pública de San Juan (Argentina)", "America/Argentina/San_Juan",
     "a country in brackets after a town of several countries says which town, as after a comma"),
    ("the forum meets in Portland (Maine)", "America/New_York", "a state in brackets after a town on another clock"),
    ("talks open in London (Ontario)", "America/Toronto", "a province in brackets after a town abroad"),
    ("talks open in London (Ontario delegates attend)", "Europe/London",
     "a bracket that opens a phrase naming a province, not the province itself: the town the table knows"),
]


@pytest.mark.parametrize(("text", "zone", "why"), TOWN_WITH_A_STATE_ABROAD,
                         ids=[row[2][:50] for row in TOWN_WITH_A_STATE_ABROAD])
def test_a_town_named_with_a_state_is_that_states_town(text: str, zone: str, why: str) -> None:
    assert find_places(text)[0].place.zone == zone, why


# (sentence, the town it names and that town's clock): towns below the population floors where summits, forums and
# ministerial retreats are held, which an itinerary names alone.
MEETING_TOWNS = [
    ("The President is in Davos for the forum.", "Davos, Switzerland", "Europe/Zurich"),
    ("Leaders gather in Kananaskis on Sunday.", "Kananaskis, Canada", "America/Edmonton"),
    ("The talks move to Sharm el-Sheikh.", "Sharm el-Sheikh, Egypt", "Africa/Cairo"),
    ("The ministers meet at Camp David.", "Camp David, United States", "America/New_York"),
]


@pytest.mark.parametrize(("text", "display", "zone"), MEETING_TOWNS, ids=[row[1] for row in MEETING_TOWNS])
def test_small_towns_of_summits_have_their_clock(text: str, display: str, zone: str) -> None:
    assert [(m.place.display, m.place.zone) for m in find_places(text)] == [(display, zone)]


# (text, the first place found, why): an organisation's initials before a town name its office there; a title
# ("President Lugo", "Mr. Lagos") makes a name of the town's word.
INITIALS = [
    ("The press briefing is held at UN Bangkok at 11:00.", "Bangkok, Thailand", "the UN's office in Bangkok"),
    ("Reporters meet at the JAXA Tokyo Office.", "Tokyo, Japan", "an agency's initials before its town"),
    ("The envoy meets Mr. Lagos in Accra.", "Accra, Ghana", "a title before the town's word still makes a name"),
]


@pytest.mark.parametrize(("text", "display", "why"), INITIALS, ids=[row[2] for row in INITIALS])
def test_initials_before_a_town(text: str, display: str | None, why: str) -> None:
    found = [m.place.display for m in find_places(text)]
    assert (found[0] if found else None) == display, why
