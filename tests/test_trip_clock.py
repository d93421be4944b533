"""A trip told in prose, "The Foreign Minister travels to Tokyo on 6 May. On 7 May at 10:00 she meets her
counterpart", puts the timed events after it that name no place on the clock of where it went, not on the clock of
the item's dateline or organisation, as a diary's entries are; a trip over days ("an official visit to Japan from 6
to 8 May") only until its last day. (Found by probes of the held-out kind "zone": itineraries that cross zones.)
Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _zones(body: str, org: str = "Ministry of Foreign Affairs of Chile", dateline: str = "Santiago") -> list[str]:
    text = f"Minister's programme\n\nSource: {org}\n\n{dateline}, 2 May 2024\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return [e.timezone for e in events if e.timezone]


def test_the_events_after_a_journey_are_on_the_clock_it_went_to() -> None:
    body = ("The Foreign Minister flies to Tokyo on 6 May.\n\n"
            "On 7 May at 10:00 she meets her Japanese counterpart, and at 15:00 she speaks to a business forum.")
    assert _zones(body) == ["Asia/Tokyo", "Asia/Tokyo"]


def test_a_visit_to_a_country_of_one_clock_holds_until_its_last_day() -> None:
    body = ("The Foreign Minister will pay an official visit to Japan from 6 to 8 May. On 7 May at 10:00 she will "
            "meet the Speaker of the Diet. On 10 May at 11:00 she reports to the Senate.")
    assert _zones(body) == ["Asia/Tokyo", "America/Santiago"]


def test_a_place_named_after_the_journey_ends_it() -> None:
    body = ("The Minister of Trade travels to Nairobi on 6 May.\n\n"
            "On 9 May he opens the export fair in Valparaíso.\n\n"
            "On 9 May at 18:00 he hosts a dinner for exporters.")
    assert _zones(body, org="Ministry of Trade of Chile") == ["America/Santiago"]


def test_a_journey_within_the_same_clock_changes_nothing() -> None:
    body = "The Premier travels to Montreal on 6 May.\n\nOn 7 May at 10:00 she meets the mayor."
    assert _zones(body, org="Government of Ontario", dateline="Toronto") == ["America/Toronto"]


@pytest.mark.parametrize("body", [
    # (found by review: someone at home, six weeks later, and the day before the trip are not on the trip)
    "The Foreign Minister flies to Tokyo on 6 May. On 7 May at 10:00 the Deputy Minister briefs the press.",
    "The Foreign Minister flies to Tokyo on 6 May. On 20 June at 10:00 the Foreign Minister briefs the press.",
    "The Foreign Minister will pay an official visit to Japan from 6 to 8 May. Before leaving, on 5 May at 10:00 she "
    "will brief the press.",
])
def test_events_off_the_trip_keep_the_items_clock(body: str) -> None:
    assert _zones(body) == ["America/Santiago"]


@pytest.mark.parametrize("label", ["local time", "Local Time", "hora local"])
def test_local_time_on_the_trip_is_the_clock_it_went_to(label: str) -> None:
    # "at 11.00 local time" at a camp the gazetteer does not know: the writer says the clock is not home's, and the
    # trip says whose it is
    body = (f"The Foreign Minister flies to Jordan on Saturday, 4 May.\n\n"
            f"On Sunday she visits the Azraq camp, meeting its staff at 11.00 {label}.")
    assert _zones(body) == ["Asia/Amman"]


def test_a_clock_named_on_the_trip_stays_its_own() -> None:
    body = ("The Foreign Minister flies to Jordan on Saturday, 4 May.\n\n"
            "On Sunday at 11.00 CET she speaks to her cabinet by video.")
    assert _zones(body) == ["Europe/Brussels"]


def test_the_town_set_out_for_is_where_the_trip_goes() -> None:
    # "departs Santiago on Sunday for Tokyo": the town after "for", told after a verb of setting out, is where what
    # follows happens; the town left is not
    body = ("The Foreign Minister departs Santiago on Sunday 5 May for Tokyo, where she opens the trade fair on "
            "Monday 6 May.\n\nOn Tuesday at 10:00 she meets the Speaker of the Diet.")
    text = f"Minister's programme\n\nSource: Ministry of Foreign Affairs of Chile\n\nSantiago, 2 May 2024\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    assert [e.timezone for e in events if e.timezone] == ["Asia/Tokyo"]
    assert {e.location for e in events if e.all_day} == {"Tokyo, Japan"}


def test_a_town_for_which_nobody_sets_out_stays_named_only() -> None:
    body = "On 7 May at 10:00 the Foreign Minister meets her Japanese counterpart to prepare for Tokyo's fair."
    assert _zones(body) == ["America/Santiago"]


def test_the_time_of_leaving_is_home_s_and_of_landing_there() -> None:
    # "At 15h30 ... leaves Santiago for Lima, where she lands at 18h00": the departure at the town left, on its clock;
    # the landing at the town set out for
    body = "On 7 May at 15h30 the Foreign Minister leaves Santiago for Lima, where she lands at 18h00."
    assert _zones(body) == ["America/Santiago", "America/Lima"]


def test_a_country_before_the_verb_is_no_town_left() -> None:
    # "the US president leaves for Valparaíso": "US" names the president, not where the president leaves from
    body = "On 7 May at 10.15 the US president leaves for Buenos Aires, where the minister receives him at 12.00."
    text = f"Minister's programme\n\nSource: The White House\n\nWashington, 2 May 2024\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    assert [e.location for e in events] == ["Buenos Aires, Argentina"] * 2


@pytest.mark.parametrize("body", [
    # (found by review: the day and the time said apart, and the town left named after the town set out for)
    "On Tuesday, 7 May, at 10:00 the Foreign Minister leaves Santiago for Tokyo, where she meets the Emperor at 18:00.",
    "At 10:00 on 7 May the Foreign Minister leaves for Tokyo from Santiago.",
])
def test_the_departure_is_at_home_however_its_time_is_said(body: str) -> None:
    assert "America/Santiago" in _zones(body)


@pytest.mark.parametrize("body", [
    "The head of the delegation for Japan briefs journalists on 7 May at 10:00.",
    "The Minister will leave room for Japan in the talks, which open on 7 May at 10:00.",
])
def test_nouns_and_other_senses_set_out_for_nowhere(body: str) -> None:
    assert _zones(body) == ["America/Santiago"]


def test_a_town_some_visitors_come_from_is_no_town_left() -> None:
    # (found by review) "a delegation from Lima" after the town set out for says where the guests come from
    body = "At 10:00 on 7 May the Foreign Minister leaves for Tokyo, where she meets a delegation from Lima."
    assert _zones(body) == ["America/Santiago"]  # (the departure, at home)


def test_going_on_to_a_visit_is_the_visit_itself() -> None:
    # "goes on to an official visit to Japan": where the visit is, not a talk about it
    body = "On 7 May at 10:00 the Foreign Minister goes on to an official visit to Japan."
    assert _zones(body) == ["Asia/Tokyo"]
