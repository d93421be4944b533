"""Clocks of the world as releases write them: South America's and Malaysia's zone labels, "AST" on the
Atlantic clock, a dateline with a country's full name, a country after a town the gazetteer lacks, and
"the Horn of Africa" (no German town). Items in our own words, written for the zonehunt fault hunt."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.places import find_places

from .conftest import REFERENCE


def _release(body: str) -> str:
    return f"Briefing announced\n\nSource: Example Office\n\n{body}\n"


def _utc_starts(body: str) -> list[str]:
    events = extract(_release(body), source="clocks", reference=REFERENCE).events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%dT%H:%M}" for e in events if not e.all_day)


@pytest.mark.parametrize(("line", "utc"), [
    ("Brasília: the central bank briefs the press at 10:00 BRT", "2025-07-15T13:00"),
    ("Buenos Aires: the treasury briefs the press at 18:00 ART", "2025-07-15T21:00"),
    ("Santiago: the ministry briefs the press at 12:00 CLT", "2025-07-15T16:00"),
    ("Bogotá: the council briefs the press at 9:00 a.m. COT", "2025-07-15T14:00"),
    ("Lima: the agency briefs the press at 11:00 PET", "2025-07-15T16:00"),
    ("Kuala Lumpur: the commission briefs the press at 15:00 MYT", "2025-07-15T07:00"),
])
def test_labels_of_other_continents(line: str, utc: str) -> None:
    assert _utc_starts(f"Press conferences on Tuesday 15 July 2025:\n- {line}") == [utc]


def test_ast_in_puerto_rico_is_the_atlantic_clock_it_keeps_all_year() -> None:
    body = ("SAN JUAN, Puerto Rico – The office will hold a storm briefing at 10:00 a.m. AST on "
            "Tuesday 12 August 2025.")
    assert _utc_starts(body) == ["2025-08-12T14:00"]


def test_ast_in_riyadh_is_arabia() -> None:
    assert _utc_starts("RIYADH – The investment forum will open at 19:00 AST on Tuesday 12 August 2025.") \
        == ["2025-08-12T16:00"]


def test_a_dateline_naming_its_country_in_full_gives_the_town() -> None:
    body = "SAN JUAN, Puerto Rico – The governor will hold a press conference on Tuesday 12 August 2025 at 11:00."
    assert _utc_starts(body) == ["2025-08-12T15:00"]


def test_a_country_after_a_town_the_gazetteer_lacks_is_where_it_happens() -> None:
    body = "The water summit will open in Kaikōura Flats, New Zealand on Tuesday 18 November 2025 at 10am."
    assert _utc_starts(body) == ["2025-11-17T21:00"]


def test_a_country_after_a_town_named_as_an_origin_is_not_where_it_happens() -> None:
    mentions = find_places("Delegates travelling from Kaikōura Flats, New Zealand will attend.")
    assert [m.locative for m in mentions if m.place.name == "New Zealand"] == [False]


def test_the_horn_of_africa_is_no_german_town() -> None:
    assert not find_places("Ministers from the Horn of Africa will meet in the capital.")
    body = "ADDIS ABABA – Ministers from the Horn of Africa will meet on Monday 9 March 2026 at 10:00."
    assert _utc_starts(body) == ["2026-03-09T07:00"]


@pytest.mark.parametrize(("body", "utc"), [
    ("The webinar on jobs will begin at 2 p.m. Eastern on Wednesday, June 10, 2026.", "2026-06-10T18:00"),
    ("The hearing will open on Wednesday, June 10, 2026 at 9 a.m. Pacific.", "2026-06-10T16:00"),
    ("The growers' call starts at 11 a.m. central on Wednesday, June 10, 2026.", "2026-06-10T16:00"),
    ("The agency briefs the press on the new rules.\n\nWHEN: Wednesday, June 10, 2026, 10:00 a.m. Central\n"
     "WHERE: Online", "2026-06-10T15:00"),
])
def test_a_north_american_clock_named_alone(body: str, utc: str) -> None:
    assert _utc_starts(body) == [utc]


def test_a_clock_name_that_begins_a_name_is_no_label() -> None:
    body = "The Minister will open the 10 a.m. Pacific Islands session in Suva on Wednesday, June 10, 2026."
    assert _utc_starts(body) == ["2026-06-09T22:00"]  # Suva's clock, not America's Pacific one


def test_all_times_are_eastern_heads_a_schedule() -> None:
    body = "All times are Eastern.\nWednesday, June 10, 2026\n9:00 a.m. Opening remarks\n11:00 a.m. Panel on trade"
    assert _utc_starts(body) == ["2026-06-10T13:00", "2026-06-10T15:00"]


def test_a_zone_unless_stated_heads_a_list_played_elsewhere() -> None:
    # The matches are played in Lima, but the list says its clock is the UK's.
    body = ("The cup semi-finals are played in Lima, Peru, on Saturday 7 March 2026.\n\n"
            "Order of play (UK time unless stated)\n\nNot before 6pm Rivera v Okafor\n\nNot before 8.30pm Lind v Sato")
    assert _utc_starts(body) == ["2026-03-07T18:00", "2026-03-07T20:30"]


def test_an_hour_written_14h_takes_the_label_after_it() -> None:
    body = "The exchange will announce the results at a press conference at 14h GMT on Monday 2 March 2026."
    assert _utc_starts(body) == ["2026-03-02T14:00"]


def test_rows_of_a_place_and_its_hours_after_semicolons_are_events_each() -> None:
    body = ("Listening tour of the new director\n\nThursday, April 16, 2026\n\n"
            "Town hall meetings — Bend, Oregon, 9 a.m.-10 a.m.; Redmond, 1 p.m.-2 p.m.; Madras, 4 p.m.-5 p.m.")
    events = extract(_release(body), source="clocks", reference=REFERENCE).events
    timed = sorted((e.start.strftime("%H:%M"), e.summary) for e in events if not e.all_day)
    assert [start for start, _ in timed] == ["09:00", "13:00", "16:00"]
    assert "Redmond" in timed[1][1]
    assert "Madras" in timed[2][1]


@pytest.mark.parametrize(("body", "utc"), [
    ("The Minister will hold a news conference in Yellowknife on Thursday, 22 January 2026 at 10:00 a.m.",
     "2026-01-22T17:00"),
    ("The committee will hold a hearing in Juneau on Monday, February 9, 2026, at 2 p.m.", "2026-02-09T23:00"),
    ("The board will meet in Fredericton on Tuesday, 15 July 2025 at 11 a.m.", "2025-07-15T14:00"),
])
def test_seats_of_provinces_and_states_the_table_lacks(body: str, utc: str) -> None:
    assert _utc_starts(body) == [utc]


def test_a_date_line_naming_its_town_moves_the_items_below_it_there() -> None:
    body = ("Thursday 11 June 2026 – Nairobi\n\n09:00 Meeting with the chamber of commerce\n\n14:00 Site visit\n\n"
            "Friday 12 June 2026 – Kigali\n\n10:00 Meeting with the trade minister")
    assert _utc_starts(body) == ["2026-06-11T06:00", "2026-06-11T11:00", "2026-06-12T08:00"]


def test_an_in_town_line_moves_the_items_below_it_there() -> None:
    body = ("Thursday 11 June 2026\nIn Nairobi:\n- 09:00 Meeting with the chamber of commerce\n"
            "Friday 12 June 2026\nIn Kigali:\n- 10:00 Meeting with the trade minister")
    assert _utc_starts(body) == ["2026-06-11T06:00", "2026-06-12T08:00"]


def test_rows_of_countries_restate_one_kick_off_on_their_clocks() -> None:
    # A kick-off table: each row names the countries whose clock its time is on; all rows are one moment.
    body = ("The cup final is played on Saturday 14 June 2031 from 15:00 hora de Perú at the national stadium.\n"
            "Bolivia y Paraguay: 16:00 horas\nArgentina: 17:00 horas")
    assert _utc_starts(body) == ["2031-06-14T20:00"]


def test_a_row_naming_no_place_keeps_its_own_time() -> None:
    body = ("The cup final is played on Saturday 14 June 2031 from 15:00 at the national stadium in Lima.\n"
            "Fan zone: 12:00 horas")
    assert _utc_starts(body) == ["2031-06-14T17:00", "2031-06-14T20:00"]
