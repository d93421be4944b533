"""Regional and intergovernmental bodies of the global South (world-thirtysecond's family): the clock of a body's
seat for an item that names no place, a town of a shared name in the country of the body's seat, noon said in
Spanish or Portuguese, and a dateline whose office stands in square brackets. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import REFERENCE


def _release(org: str, body: str) -> str:
    return f"Notice of the week\n\nSource: {org}\n\n{body}\n"


def _starts(org: str, body: str) -> list[str]:
    events = extract(_release(org, body), source="bodies", reference=REFERENCE).events
    return sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%dT%H:%M}" if not e.all_day else f"{e.start}" for e in events)


# (organisation, body, the event's start in UTC, why)
SEATS = [
    ("East African Legislative Assembly (EALA)",
     "ORDERS OF THE DAY\nSITTING OF TUESDAY, 15TH DECEMBER, 2026 AT 2.30 PM\nPRAYER\n1. COMMUNICATION FROM THE CHAIR",
     "2026-12-15T11:30", "the Assembly sits at Arusha (EAT): an order paper names no place"),
    ("SADC Secretariat", "The Council of Ministers meets on Thursday, 10 December 2026 at 09h00.",
     "2026-12-10T07:00", "SADC's seat is Gaborone (UTC+2)"),
    ("Organisation of Islamic Cooperation (OIC) General Secretariat",
     "The Executive Committee meets in open-ended session on Sunday, 6 December 2026 at 2 p.m.",
     "2026-12-06T11:00", "the OIC sits in Jeddah (UTC+3)"),
    ("SAARC Secretariat", "The Programming Committee opens its session on Monday, 7 December 2026 at 10:00.",
     "2026-12-07T04:15", "Kathmandu keeps UTC+5:45"),
    ("Mekong River Commission Secretariat", "The Joint Committee meets on Wednesday 9 December 2026 at 9.00.",
     "2026-12-09T02:00", "the Commission's secretariat is in Vientiane (UTC+7)"),
]


@pytest.mark.parametrize(("org", "body", "utc", "why"), SEATS)
def test_a_regional_body_without_a_place_keeps_its_seats_clock(org: str, body: str, utc: str, why: str) -> None:
    assert _starts(org, body) == [utc], why


# (organisation, body, the event's start in UTC, why)
NAMESAKES = [
    ("Comunidad Andina (Secretaría General)",
     "Los cancilleres sesionan el 10 de diciembre de 2026 a las 10:00 horas en la sede de la secretaría general,"
     " en San Isidro.", "2026-12-10T15:00", "San Isidro of Lima (the Andean Community's seat), not Spain's"),
    ("Association of Caribbean States (ACS)",
     "The Special Committee on Trade meets on Thursday 10 December 2026 at 10:00 in San Fernando.",
     "2026-12-10T14:00", "San Fernando of Trinidad (the ACS sits in Port of Spain), not the Philippine town"),
    ("CARICOM Secretariat", "The Council for Trade and Economic Development meets in Linden on Monday 7 December 2026"
     " at 9:00 am.", "2026-12-07T13:00", "Linden, Guyana (CARICOM sits in Georgetown), not the German town"),
    ("Organization of American States",
     "Its delegation attends the talks in Geneva on Monday 7 December 2026 at 10:00.",
     "2026-12-07T09:00", "Geneva, itself the seat of international bodies, stays Swiss in any body's text"),
    ("Probe Office", "The Council meets in San Isidro on Monday 7 December 2026 at 9:00 am.",
     "2026-12-07T08:00", "a body with no seat: the gazetteer's town stays (Spain's)"),
]


@pytest.mark.parametrize(("org", "body", "utc", "why"), NAMESAKES)
def test_a_town_of_a_shared_name_is_the_one_in_the_seats_country(org: str, body: str, utc: str, why: str) -> None:
    assert _starts(org, body) == [utc], why


# (body, the event's start in UTC, why)
NOON = [
    ("Publicado: 4/12/2026\n\nDesde el mediodía, el presidente recibe a sus homólogos en el Palacio de Gobierno, en"
     " Lima.", "2026-12-04T17:00", "'desde el mediodía': from noon"),
    ("La conferencia de prensa será el jueves 10 de diciembre de 2026 al mediodía en la cancillería, en Montevideo.",
     "2026-12-10T15:00", "'al mediodía': at noon"),
    ("O ministro recebe os embaixadores na quinta-feira, 10 de dezembro de 2026, ao meio-dia, em Brasília.",
     "2026-12-10T15:00", "Portuguese 'ao meio-dia'"),
    ("El mediodía de Europa es otra cosa; la reunión es el 10 de diciembre de 2026 a las 10:00 horas en Lima.",
     "2026-12-10T15:00", "'el mediodía' with no preposition is a noun, no time"),
]


@pytest.mark.parametrize(("body", "utc", "why"), NOON)
def test_noon_in_spanish_and_portuguese(body: str, utc: str, why: str) -> None:
    assert _starts("Probe Office", body) == [utc], why


# (body, the starts, why)
DATELINES = [
    ("BASSETERRE, Saint Kitts and Nevis, December 3, 2026 [Press Secretary, PMO] – The agency holds its annual press"
     " conference on Friday, December 4th at 10:00 am at the Marriott Resort.",
     ["2026-12-04T14:00"], "the dateline's day is the stamp, its country the clock: one event, on Friday"),
    ("KINGSTOWN, St Vincent, December 3, 2026 [GIS] – The Council of Ministers meets on Friday, December 4th at"
     " 9:00 am.", ["2026-12-04T13:00"], "a short office name in brackets"),
]


@pytest.mark.parametrize(("body", "starts", "why"), DATELINES)
def test_a_dateline_with_its_office_in_square_brackets(body: str, starts: list[str], why: str) -> None:
    assert _starts("Probe Office", body) == starts, why


def test_the_bracketed_dateline_leaves_the_summary() -> None:
    body = DATELINES[1][0]
    events = extract(_release("Probe Office", body), source="bodies", reference=REFERENCE).events
    assert [e.summary for e in events] == ["Meeting: Council of Ministers meets"]


# (title, body, the starts, why)
SUMMARIES = [
    ("Biweekly press briefing: summary, 4 December 2026",
     "Published: 4 December 2026\n\nToday (December 04, 2026) the Ministry's spokesperson gave the media its biweekly"
     " press briefing on the week's diplomacy.", [], "the record of a briefing given the day of writing: no event"),
    ("Summary of the weekly press briefing, 4 December 2026",
     "Published: 4 December 2026\n\nToday the spokesperson took questions on the week's visits.", [],
     "'Today' opening a sentence told in the past; the title's day is the briefing's, gone by"),
    ("Press briefing today",
     "Published: 2 December 2026\n\nToday (December 02, 2026) the spokesperson briefs the media at 11:00 in Addis"
     " Ababa.", ["2026-12-02T08:00"], "a briefing told as to be given today: its day stays"),
]


@pytest.mark.parametrize(("title", "body", "starts", "why"), SUMMARIES)
def test_a_briefing_told_as_given_today_is_no_event(title: str, body: str, starts: list[str], why: str) -> None:
    text = f"{title}\n\nSource: Ministry of Foreign Affairs, Ethiopia\n\n{body}\n"
    events = extract(text, source="bodies", reference=REFERENCE).events
    assert sorted(f"{e.start.astimezone(dt.UTC):%Y-%m-%dT%H:%M}" for e in events) == starts, why


# (organisation, body, the starts, why)
CLAUSES = [
    ("Indian Ocean Commission (COI)",
     "The Council of Ministers holds its 28th session at the Sofitel hotel, Mauritius, on Thursday 10 December 2026,"
     " closing a busy year in which Mauritius chaired the organisation. The Prime Minister opens the Council at a"
     " ceremony on Thursday at 9h30.",
     ["2026-12-10", "2026-12-10T05:30"],
     "a verb in the past in a relative clause after the day ('in which Mauritius chaired the organisation') tells of"
     " something else; and the 'Indian' of 'Indian Ocean' is not India's clock"),
    ("Probe Office", "The Council holds its session on Thursday 10 December 2026, in a year whose chair led the group"
     " well.", ["2026-12-10"], "'whose' opens a relative clause too"),
    ("Probe Office", "Parliament on Thursday 10 December 2026 adopted the budget.", [],
     "the day's own sentence told in the past: no event"),
]


@pytest.mark.parametrize(("org", "body", "starts", "why"), CLAUSES)
def test_a_past_verb_in_a_relative_clause_after_the_day(org: str, body: str, starts: list[str], why: str) -> None:
    assert _starts(org, body) == starts, why


# (body, the starts, why)
OPENING_TIMES = [
    ("Published: 4 December 2026\n\nFrom 10 am the President receives his counterparts at the palace in Lima. A joint"
     " declaration is expected, and at 1:15 pm the leaders will speak to the press.",
     ["2026-12-04T15:00", "2026-12-04T18:15"], "a paragraph opening with a time, a second in a later sentence: two"),
    ("Publicado: 4/12/2026\n\nDesde el mediodía, el presidente recibe a sus homólogos en Lima. Concluida la reunión,"
     " a las 13:15 horas los mandatarios hablarán ante la prensa.",
     ["2026-12-04T17:00", "2026-12-04T18:15"], "the same in Spanish"),
    ("Published: 4 December 2026\n\nAt 9:00 the Council opens its session in Lima. Lunch follows in the garden.",
     ["2026-12-04T14:00"], "one time only: one event, the next sentence describing it"),
    ("Friday 4 December 2026\n\n8:00 PM PET – Great Hall, Lima - The keynote speaker talks about jobs. Before the"
     " lecture a reception is held, 7-8pm, in the South Ballroom.",
     ["2026-12-05T01:00"], "a row opening with its bare time stays one row, whatever times its sentences give"),
]


@pytest.mark.parametrize(("body", "starts", "why"), OPENING_TIMES)
def test_a_paragraph_opening_with_a_time_keeps_later_sentences_times(body: str, starts: list[str], why: str) -> None:
    assert _starts("Probe Office", body) == starts, why
