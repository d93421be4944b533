"""Unlabelled times whose item names its place: each takes the clock of where its event happens, never the
calendar's default, when the item says where (read as a careful reader reads it)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places


def _zones_of_the_timed_events(text: str) -> list[str]:
    events = [e for e in extract(text, source="test", reference=dt.date(2026, 11, 27)).events if e.timezone]
    assert events, "no timed event"
    return [e.timezone for e in sorted(events, key=lambda e: e.start)]


# (item, zone every timed event keeps, why). Our own items, written in the forms seen in releases.
EVERY_TIME_IN_ITS_PLACE = [
    ("Minister opens the harbour\n\nSource: Harbour Board\n\n"
     "The minister and the mayors reach the harbour on the evening of 12 March 2022. The ferry docks at 6:10 pm.\n\n"
     "They then open the new terminal at the Port Authority, known as the Casa Azul, in downtown Valparaíso at 7 pm.\n",
     "America/Santiago", "the place of the next sentence's event is where the item's events happen"),
    ("Visit of the delegation\n\nSource: Office of the Premier\n\n"
     "The Premier receives the delegation at Elm House, 12 Long Road, Winnipeg, Manitoba on 4 May 2021 "
     "at 9:30 a.m. A programme follows.\n\n"
     "10:15 a.m. The delegation tours the works\n\n11:00 a.m. Lunch with the board\n",
     "America/Winnipeg", "rows under an item whose one venue is placed keep the venue's clock"),
    ("Festival opens\n\nSource: A ministry\n\n3 June 2019\n\nThe island's festival week opens on Friday 7 June 2019 "
     "at 5.30pm with a service at the Church of the Assumption of Mary Cathedral, Apia, Samoa.\n",
     "Pacific/Apia", "Mary in a church's name is a first name, not the town of Turkmenistan (world-twelfth 11)"),
    ("Conferencia\n\nSource: Una facultad\n\n02-05-2023\n\nLa académica hablará en la Universidad de Temuco el "
     "viernes 5 de mayo de 2023 a las 12:00 horas.\n",
     "America/Santiago", "Universidad is a common noun, not the Madrid locality (world-twelfth 13)"),
    ("Summer programme\n\nSource: A shire council\n\n4 February 2021\n\nThe shire's youth awards are presented "
     "at the Town Hall in Toowoomba, Queensland, on Friday 12 February at 6pm.\n\n"
     "On the 14th of February the swimming carnival is on at the Jackson Rifles Memorial Baths from 8am to 11am.\n",
     "Australia/Brisbane", "a memorial's name holds a person's or a unit's name, not the town (world-fourteenth 8)"),
    ("Day of remembrance\n\nSource: A foreign ministry\n\n2 April 2022\n\nThe Minister lays a wreath at the Kigali "
     "Genocide Memorial on Thursday 7 April at 9am, with the envoys of the region.\n",
     "Africa/Kigali", "a memorial of the town's own history stands in the town"),
]


@pytest.mark.parametrize(("text", "zone", "why"), EVERY_TIME_IN_ITS_PLACE,
                         ids=[row[2][:50] for row in EVERY_TIME_IN_ITS_PLACE])
def test_every_time_takes_the_clock_of_the_items_place(text: str, zone: str, why: str) -> None:
    assert set(_zones_of_the_timed_events(text)) == {zone}, why



# (item, zone of its timed events, why): provinces the city table lacks still tell the clock.
PROVINCES = [
    ("Clinic opening\n\nSource: Health Department\n\n"
     "The Deputy Minister opens the new clinic at Rietvlei, in the Waterberg district, Limpopo Province, "
     "on Tuesday, 8 March 2022.\n\nProgramme\n\n10h00 – 10h30 Arrival of guests\n\n10h30 – 11h15 Opening address\n",
     "Africa/Johannesburg", "a South African province after a village the gazetteer lacks"),
    ("Peanut fair\n\nSource: Farm Bureau\n\n"
     "TIFTON, Ga. — The peanut fair opens on 4 May 2021 at 10 a.m. on the county grounds.\n",
     "America/New_York", "'Ga.' after a town is the US state, never the country of that name"),
    ("Board meeting\n\nSource: Water Authority\n\n"
     "The board meets on 6 May 2021 at 6:30 p.m. at Annex Hall, 40 Oak Street, Tifton, GA 31794.\n",
     "America/New_York", "so is 'GA' before a ZIP code in an address"),
    ("Schools tour\n\nSource: Education Department\n\n"
     "The MEC visits three schools near Umzimkhulu, KwaZulu-Natal, on 9 March 2022 at 9:00.\n",
     "Africa/Johannesburg", "a hyphenated province name"),
]


@pytest.mark.parametrize(("text", "zone", "why"), PROVINCES, ids=[row[2][:50] for row in PROVINCES])
def test_a_province_tells_the_clock(text: str, zone: str, why: str) -> None:
    assert set(_zones_of_the_timed_events(text)) == {zone}, why


@pytest.mark.parametrize(("text", "country"), [
    ("the hearing in Savannah, Georgia", "US"),
    ("talks in Batumi, Georgia", "GE"),
    ("a stop in Georgia", "GE"),
    ("a forum at the arena in Athens, Georgia", "US"),  # a town abroad by name, with a namesake in the state
])
def test_georgia_after_a_town_is_the_towns_georgia(text: str, country: str) -> None:
    georgia = [m.place for m in find_places(text) if m.place.name == "Georgia"]
    assert [place.country for place in georgia] == [country]


def test_a_namesake_town_before_georgia_is_the_states() -> None:
    text = ("Town hall\n\nSource: County Library\n\n"
            "The library holds a town hall on 12 March 2027 at 6 p.m. in Athens, Georgia.\n")
    assert _zones_of_the_timed_events(text) == ["America/New_York"]


# (item, zone of its timed events, why): a small town the gazetteer lacks, named once with its state (most
# often in the address block closing the page), still says which clock the item's unlabelled times keep.
TOWNS_WITH_THEIR_STATE = [
    ("Cleanup day\n\nSource: Parks Office\n\n"
     "Volunteers meet at the works yard on Saturday, April 18, 2026 at 9 a.m.; gloves are handed out.\n\n"
     "Contact: Parks Office, 40 Elm Avenue, Fernbrook, OR 97000\n",
     "America/Los_Angeles", "a postal abbreviation and ZIP code in the closing address"),
    ("Budget session\n\nSource: Council Clerk\n\n"
     "Council takes up the draft budget on Monday, April 20, 2026 at 7 p.m. in the chamber.\n\n###\n\n"
     "Clerk's Office | 100 Main St | Quarry Flats, Nebraska 68000\n",
     "America/Chicago", "a state written out after the town, in a footer"),
    ("Trail opening\n\nSource: Shire Council\n\n"
     "The new riverside trail opens on Friday 6 March 2026 at 10.30 am with a walk for families.\n\n"
     "Shire Council, 3 Bank Street, Wattle Gully, Queensland 4000\n",
     "Australia/Brisbane", "an Australian state after a town the table lacks"),
    ("SCHOOL BOARD WORK SESSION\n\nSource: School District\n\nMonday, March 9, 2026\n\n"
     "DISTRICT SERVICE CENTER\n55 N. MILL RD.\nORCHARD GROVE, OH 45000\n7:00PM\n",
     "America/New_York", "an address block all in capitals, the state's two letters before a ZIP code"),
]


@pytest.mark.parametrize(("text", "zone", "why"), TOWNS_WITH_THEIR_STATE,
                         ids=[row[2][:50] for row in TOWNS_WITH_THEIR_STATE])
def test_a_town_named_with_its_state_tells_the_clock(text: str, zone: str, why: str) -> None:
    assert set(_zones_of_the_timed_events(text)) == {zone}, why


def test_the_clock_of_a_state_of_several_is_a_noted_guess() -> None:
    text = ("Budget session\n\nSource: Council Clerk\n\n"
            "Council takes up the draft budget on Monday, April 20, 2026 at 7 p.m. in the chamber.\n\n"
            "Residents may speak for three minutes each.\n\n"
            "Clerk's Office, 100 Main St, Cactus Bend, TX 79000\n")
    events = [e for e in extract(text, source="test", reference=dt.date(2026, 4, 1)).events if e.timezone]
    assert [e.timezone for e in events] == ["America/Chicago"]
    assert any("America/Chicago guessed" in note and "Texas" in note for note in events[0].notes)
