"""The year a careful reader gives a date that names none: from a year the item names, and from
weekday headings under a span of days. Each row is a small text of our own run through the whole
parser with a reference date far from the text's years, so that a wrong guess shows."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Event
from parsers import extract
from parsers.dates import DayPart, find_mentions
from parsers.resolve import default_day, year_of_headings
from parsers.yearclues import heading_weekdays, naming_years

REFERENCE = dt.date(2026, 12, 1)


def events_of(body: str, title: str) -> list[Event]:
    return extract(f"{title}\n\nSource: Press office\n\n{body}\n", source="t", reference=REFERENCE).events


def starts(events: list[Event]) -> list[str]:
    return sorted(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day)


NAMED = [
    # (title, body, expected UTC starts, why)
    ("Regional Games 2019: media programme", "28 June\n\n  • The squad trains at the stadium from 10:00.",
     ["2019-06-28 08:00"], "a year the title names anchors a date with neither year nor weekday"),
    ("Media programme", "The 2015 Harbour Regatta opens with a skippers' briefing on 4 August at 09:00.",
     ["2015-08-04 07:00"], "a year that is part of a name in the body anchors the date"),
    ("Fixtures", "The 2018 season opens with the first home match on 6 April at 19:00.",
     ["2018-04-06 17:00"], "a season's year anchors the date"),
    ("Board meeting", "The board meets on 12 May at 14:00.\n\nLast reviewed: 2017",
     ["2017-05-12 12:00"], "the year of a review line at the foot of the page anchors the date"),
    ("Talks", "The committee, which has met since 2013, meets again on 4 August at 09:00.",
     ["2026-08-04 07:00"], "a year after 'since' tells of another time: the year nearest the reference"),
    ("Plan", "The fleet is to be replaced by 2031. Ministers discuss the plan on 4 August at 09:00.",
     ["2026-08-04 07:00"], "a target year is no year of the item's dates"),
    ("Talks", "The forum, which has met since 2013, meets next on Tuesday 28 May at 10:00.",
     ["2024-05-28 08:00"], "a history year does not choose among the years a weekday fits: the nearest does"),
    ("Cup 2019 briefing", "The coach meets the press on Tuesday 30 June at 10:00.",
     ["2026-06-30 08:00"], "a weekday wins over a named year it contradicts (30 June 2019 was a Sunday)"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), NAMED, ids=[row[3] for row in NAMED])
def test_a_named_year_anchors_dates_without_one(title: str, body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body, title)) == expected, why


HEADINGS = [
    # (title, body, expected UTC starts, why)
    ("Changes to the 14-15 October session",
     "Agenda changes\n\nTuesday\n\nThe debate on ports starts at 15.00.\n\n"
     "Wednesday\n\nThe vote on fisheries takes place at 12.00.",
     ["2025-10-14 13:00", "2025-10-15 10:00"],
     "weekday headings under a span settle the year, and each heading's times go to its day of the span"),
    ("Changes to the 14-15 October session",
     "TUESDAY\n\nThe debate on ports starts at 15.00.\n\nWednesday:\n\nThe vote on fisheries takes place at 12.00.",
     ["2025-10-14 13:00", "2025-10-15 10:00"], "a heading in capitals or with a colon is a weekday heading too"),
    ("The 14-15 October session",
     "Thursday\n\nThe vote on fisheries takes place at 12.00.",
     ["2026-10-15 10:00"], "one heading goes to the day of the span with its weekday, not to the first day"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), HEADINGS, ids=[row[3] for row in HEADINGS])
def test_weekday_headings_under_a_span(title: str, body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body, title)) == expected, why


@pytest.mark.parametrize(("text", "years", "why"), [
    ("World Cup 2019: schedule", [2019], "a year after a name, before a colon"),
    ("the 2010 Commencement Convocation", [2010], "a year before a name"),
    ("independence in 1975, and since 2013", [], "years after prepositions are times of their own"),
    ("the 2021-2027 cohesion policy", [], "a span of years is a period, not the item's year"),
    ("Endangered Species Act of 1973", [], "a year after 'of' dates something else"),
    ("the Harbour Games 2030", [], "a year after next year is not a text's own year"),
    ("Last reviewed: 2018", [2018], "a review line's year"),
    ("© 2017 the ministry", [2017], "a copyright year"),
    ("Page last updated 2016", [2016], "an update line's year"),
    ("The 2019 figures were lower", [], "an article before a year names nothing"),
    ("Founded 1990, the Harbour Trust", [], "a year after a participle is a time of its own"),
])
def test_naming_years(text: str, years: list[int], why: str) -> None:
    assert naming_years(text, REFERENCE) == years, why


def test_headings_say_nothing_under_a_week_or_more() -> None:
    span = next(m for m in find_mentions("the 10-20 March session") if m.kind == "span")
    assert year_of_headings(span, [2], REFERENCE) is None  # every weekday falls within ten days
    assert heading_weekdays("Wednesday\n\nOn Wednesday the house sits.\nThursday:\n") == [2, 3]


def test_a_year_nothing_settles_is_said_to_be_a_guess() -> None:
    (event,) = events_of("Ministers meet on 4 August at 09:00.", "Talks")
    assert "year" in event.inferred
    assert any(note.startswith("year 2026 inferred") and "reference date" in note for note in event.notes)


WEEKDAYS = [
    # (body, expected days of the events, why)
    ("Published 4 June 2025\n\nOn 2 May the minister spoke of rising costs.\n\n"
     "On Friday the minister will open the new clinic at 10:00.",
     ["2025-06-06"], "a bare weekday is of the item's week, not the week of a day of its history named before"),
    ("Published 4 June 2025\n\nAs of Tuesday the agency had counted 40 cases.\n\n"
     "On Friday the minister will open the new clinic at 10:00.",
     ["2025-06-06"], "a bare weekday told in the past is a day before the item's date: history, no event"),
    ("Published 3 Nov 2031\n\nIm Jahr danach wählten die Bürger 2029 einen neuen Rat. Der Rat eröffnet "
     "am 25. November um 10 Uhr die neue Klinik.",
     ["2031-11-25"], "a year named before the item's own year is history beside it: a year-less date stays near "
     "the item's date"),
    ("Published 4 June 2025\n\nThe minister will open the new clinic at 10 a.m. on Friday, the ministry said.",
     ["2025-06-06"], "a sentence's first tense tells: what is to come, though someone said it"),
]


@pytest.mark.parametrize(("body", "days", "why"), WEEKDAYS, ids=[row[2] for row in WEEKDAYS])
def test_bare_weekdays_are_read_from_the_items_date(body: str, days: list[str], why: str) -> None:
    found = [e for e in events_of(body, "Clinic news") if not e.all_day]
    assert [e.start.date().isoformat() for e in found] == days, why


def test_a_title_date_its_weekday_contradicts_takes_the_year_of_the_item_that_fits() -> None:
    # 4 March 2013 was a Monday, 4 March 2014 a Tuesday: the title's year is a slip.
    body = "10:30 Briefing for the press in the main hall.\n\nThe notes below are for Tuesday 4 March 2014."
    found = starts(events_of(body, "Press briefing - Tuesday 4 March 2013"))
    assert found == ["2014-03-04 09:30"]


SEASONS = [
    # (title, body, expected UTC starts, why)
    ("Media guide 2017-18", "The opening match is on 23 November at 10:00.", ["2017-11-23 09:00"],
     "a day from July on is in a season's first year"),
    ("Fixtures", "The 2017-18 season ends with the final on 12 May at 15:00.", ["2018-05-12 13:00"],
     "a day before July is in a season's second year"),
    ("Cohesion policy", "The 2021-2027 policy is debated on 12 May at 15:00.", ["2026-05-12 13:00"],
     "a span of more than two years is a period, not a season: the careful default year"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), SEASONS, ids=[row[3] for row in SEASONS])
def test_a_season_gives_its_dates_a_year(title: str, body: str, expected: list[str], why: str) -> None:
    assert starts(events_of(body, title)) == expected, why


def days_of(events: list[Event]) -> list[str]:
    return sorted((e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                   else e.start.date()).isoformat() for e in events)


CONTRADICTED = [
    # (title, body, expected days of the events, why)
    ("Briefing", "On 3 March 2009 a flood took the old bridge away.\n\n"
     "A briefing on the recovery is held on Thursday 24 October at 10:00.",
     ["2024-10-24"], "a weekday that fits no year near a date of history is looked for near the reference"),
    ("Envoy travels", "Harbourtown\n\n17 February 2015\n\nThe envoy leaves on Monday, 23 February, for talks in the "
     "port.\n\nHe hopes the pact set out at the summit of 5 July 2012 holds.\n\n"
     "On Thursday, 26 February, the envoy meets the mayor.",
     ["2015-02-23", "2015-02-26"], "a dated document older than a year before the item's date is history, and "
     "the weekday after it is read near the item's date"),
    ("Envoy travels", "Harbourtown\n\n17 February 2015\n\nThe envoy visits the port on Tuesday, 25 February.",
     ["2015-02-25"], "a weekday that fits no year near the item's date is a slip: the date keeps its year"),
    ("Briefing", "The ferry service of 3 September 2009 is the model.\n\n"
     "A briefing on the new ferry is held on Thursday 24 October at 10:00.",
     ["2009-10-24"], "a full date the item does not tell as past dates it: a weekday it contradicts is a slip"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), CONTRADICTED, ids=[row[3] for row in CONTRADICTED])
def test_a_weekday_wins_over_a_year_it_contradicts(title: str, body: str, expected: list[str], why: str) -> None:
    assert days_of(events_of(body, title)) == expected, why


BESIDE = [
    # (title, body, expected days of the events, why)
    ("House called", "The President has called the House into session on Tuesday (tomorrow). The sitting opens "
     "at 17:00 on 14 May in the assembly hall.",
     ["2024-05-14"], "a bare weekday in the paragraph of the item's only year-less date is that date's weekday"),
    ("House called", "The sitting opens at 17:00 on 14 May in the assembly hall.",
     ["2026-05-14"], "with no clue at all a release read today announces its coming weeks: a day months ahead "
     "is of the year past"),
    ("House called", "The sitting opens at 17:00 on 14 January in the assembly hall.",
     ["2027-01-14"], "with no clue at all a day some weeks after the reference is the coming one"),
    ("Vote count", "The commission meets party agents on Saturday, 7 February, to review the count of the 2015 "
     "council vote.",
     ["2015-02-07"], "a year the text writes out, in which the weekday fits, is the date's year"),
    ("Vote count", "The commission meets party agents on Saturday, 7 February, to review the count of the 2016 "
     "council vote.",
     ["2026-02-07"], "a year the text writes out in which the weekday does not fit is no year of the date"),
    ("Ferry link", "Porto Nuevo, Mar 3 (Coast Wire): The ministry said on Wednesday that the minister will open "
     "the ferry link this week.",
     [], "a wire's dateline closed by a colon is when the story was filed, no event"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), BESIDE, ids=[row[3] for row in BESIDE])
def test_a_weekday_beside_a_date_tells_its_year(title: str, body: str, expected: list[str], why: str) -> None:
    assert days_of(events_of(body, title)) == expected, why


NUMBERED = [
    # (body, expected days of the events, why)
    ("Colombo\n\n2 April 2024\n\nThe committee said the budget debate will be held on Friday (05) as planned.",
     ["2024-04-05"], "a weekday with its day of the month in brackets is a day, near the item's date"),
    ("Colombo\n\n2 April 2024\n\nThe house meets on Thursday (11 April) to take questions.\n\n"
     "The budget debate will be held on Monday (08), as agreed.",
     ["2024-04-08", "2024-04-11"], "the bracketed number says which Monday: not the one after the day last named"),
]


@pytest.mark.parametrize(("body", "expected", "why"), NUMBERED, ids=[row[2] for row in NUMBERED])
def test_a_weekday_with_its_day_of_the_month(body: str, expected: list[str], why: str) -> None:
    assert days_of(events_of(body, "House business")) == expected, why


WIRES = [
    # (body, expected local starts, why)
    ("Port Louis, Mar 5 (Island Wire)--The Prime Minister will meet the press on Thursday at 10 a.m.\n\n"
     "On Wednesday a doctor examined the minister and cleared him to work.",
     ["2025-03-06 10:00"], "a wire's year-less day is the day of the news the story tells in the past: its weekday "
     "gives the year, and the weekday to come counts from it"),
    ("Port Louis, Mar 5 (Island Wire): The ministry said on Wednesday that the Prime Minister will meet the press "
     "on Thursday at 10 a.m.",
     ["2025-03-06 10:00"], "a dateline closed by a colon is a wire's too; the day something was said is not the "
     "event's, the weekday in what was said is"),
    ("Port Louis, Mar 5 (Island Wire)--The Prime Minister will fly to Delhi next week and meet the press there on "
     "Monday at 10 a.m., his office said Wednesday.",
     ["2025-03-10 10:00"], "a weekday right after a verb of saying is the day it was said, the wire's day, though "
     "what was said is to come"),
    ("Port Louis, Mar 5 (Island Wire)--The Prime Minister will meet the press on Thursday at 10 a.m.",
     ["2026-03-05 10:00"], "a weekday to come says nothing of the wire's own day: the careful default year"),
]


@pytest.mark.parametrize(("body", "expected", "why"), WIRES, ids=[row[2] for row in WIRES])
def test_a_wire_dateline_without_a_year(body: str, expected: list[str], why: str) -> None:
    found = events_of(body, "Press conference")
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in found] == expected, why
    assert all("year" in e.inferred and any(n.startswith("year ") for n in e.notes) for e in found), why


def test_a_weekday_in_what_was_said_is_of_what_was_said() -> None:
    body = "Edinburgh\n\n3 March 2014\n\nThe spokesman said that on Tuesday evening the First Minister gives a lecture."
    assert days_of(events_of(body, "Week ahead")) == ["2014-03-04"]  # not the Tuesday before, as "said" would have it


def test_a_span_of_weekdays_counts_from_the_items_day() -> None:
    body = ("Harbourtown\n\n3 June 2025\n\nThe minister said on Tuesday that she will visit the islands this week.\n\n"
            "Running from Wednesday to Friday, the visit is her first since taking office.")
    (event,) = events_of(body, "Minister to visit the islands")
    assert (event.start, event.end) == (dt.date(2025, 6, 4), dt.date(2025, 6, 7))  # the end is exclusive


def test_the_days_after_a_weekday_that_won_say_why_they_follow_it() -> None:
    body = ("On 3 March 2009 a flood took the old bridge away.\n\n"
            "A briefing on the recovery is held on Thursday 24 October at 10:00. Ministers visit the new bridge on "
            "26 October.")
    found = events_of(body, "Briefing")
    assert days_of(found) == ["2024-10-24", "2024-10-26"]
    assert all(not any("3 March 2009" in n or "03 March 2009" in n for n in e.notes) for e in found)


@pytest.mark.parametrize(
    ("part", "reference", "expected"),
    [
        (DayPart(14, 5, None), dt.date(2026, 12, 2), dt.date(2026, 5, 14)),
        (DayPart(15, 1, None), dt.date(2026, 12, 2), dt.date(2027, 1, 15)),
        (DayPart(29, 2, None), dt.date(2026, 12, 2), dt.date(2024, 2, 29)),
        (DayPart(29, 2, None), dt.date(1903, 11, 27), dt.date(1896, 2, 29)),  # eight years: 1900 is no leap year
    ],
)
def test_the_default_year_is_the_latest_up_to_some_weeks_ahead(part: DayPart, reference: dt.date,
                                                               expected: dt.date) -> None:
    assert default_day(part, reference)[0] == expected


def test_a_day_no_year_holds_is_refused_not_searched_for_ever() -> None:
    with pytest.raises(ValueError, match="no year"):
        default_day(DayPart(30, 2, None), dt.date(2026, 11, 27))


ANNIVERSARIES = [
    # (title, body, expected UTC starts, why)
    ("Week ahead",
     "Monday 8 May\n\n10:30: Wreath laying for the 72nd anniversary of the armistice of 8 May 1945.\n\n"
     "Tuesday 9 May\n\n09:00: Talks with the mayor.",
     ["2017-05-08 08:30", "2017-05-09 07:00"],
     "an anniversary counted from 1945 dates the item; the date it counts from is history, not an event"),
    ("Commémoration",
     "Le ministre préside jeudi 10 septembre à 11h la cérémonie du 75e anniversaire de la libération de la ville "
     "(10 septembre 1944).",
     ["2019-09-10 09:00"], "the French ordinal form: the anniversary's year beside the weekday's"),
    ("Gedenken", "Zum 30. Jahrestag des Mauerfalls 1989 lädt der Senat am 9. November um 18 Uhr zum Konzert.",
     ["2019-11-09 17:00"], "the German ordinal form dates a day with no weekday"),
    ("Founding day", "The agency marks the 60th anniversary of its founding with a reception on 4 August at 18:00.",
     ["2026-08-04 16:00"], "an anniversary with no year to count from says nothing of the year"),
    ("Jubilee", "The 5th anniversary of the centre in 2019 is long past; the board meets on 4 August at 18:00.",
     ["2026-08-04 16:00"], "'anniversary ... in 2019' is the anniversary's own year, not one to count from"),
    ("Jubilee", "The 5th anniversary celebrations, 2019 to 2020, are over; the board meets on 4 August at 18:00.",
     ["2026-08-04 16:00"], "a year not introduced by 'of' is not the one the anniversary counts from"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), ANNIVERSARIES, ids=[row[3] for row in ANNIVERSARIES])
def test_an_anniversary_counted_from_a_year_dates_the_item(title: str, body: str, expected: list[str],
                                                            why: str) -> None:
    events = events_of(body, title)
    assert starts(events) == expected, why
    if expected[0] < "2026":
        assert all(any(n.startswith("year ") and "anniversary" in n for n in e.notes) for e in events), why


FISCAL = [
    # (source, title, body, expected UTC starts, why)
    ("U.S. Department of Transportation", "Briefings on the Fiscal Year 2019 Budget Request",
     "The deputy secretary opens the briefings on March 28 at 1:30 p.m. EDT in the press room.",
     ["2018-03-28 17:30"], "a US fiscal year 2019 begins in 2018, when its budget is presented and heard"),
    ("U.S. House Committee on Agriculture", "Hearing schedule",
     "The committee hears the FY2020 budget of the Forest Service on April 9 at 10:00 a.m. EDT.",
     ["2019-04-09 14:00"], "the body's 'FY2020' form, in a title that names no year"),
    ("Town of Maple Grove, Ohio", "Budget hearing", "The council hears the FY2031 budget proposal on May 6 at "
     "7 p.m. EDT. The auditor also reports on the results of FY2029, which closed on June 30.",
     ["2030-05-06 23:00"], "the fiscal year whose budget is heard dates the item; a year of results does not"),
    ("Town of Maple Grove, Ohio", "Town hall address", "The mayor gives the yearly address on May 6 at 7 p.m. EDT. "
     "The treasurer presents the results of FY2026, which ended on June 30.",
     ["2026-05-06 23:00"], "a fiscal year that ended, with its results, names no budget to hear: no year from it"),
    ("Ministry of Finance, Japan", "Briefing on the fiscal year 2019 budget",
     "The minister briefs the press on March 28 at 10:00.",
     ["2019-03-28 01:00"], "elsewhere a fiscal year may begin in the year that names it: the named year stays"),
]


@pytest.mark.parametrize(("source", "title", "body", "expected", "why"), FISCAL, ids=[row[4] for row in FISCAL])
def test_a_us_fiscal_years_budget_is_heard_the_year_before(source: str, title: str, body: str, expected: list[str],
                                                           why: str) -> None:
    events = extract(f"{title}\n\nSource: {source}\n\n{body}\n", source="t", reference=REFERENCE).events
    assert starts(events) == expected, why
    assert all(any(n.startswith("year ") for n in e.notes) for e in events), why


def test_days_counted_from_a_guessed_day_say_their_year_is_a_guess() -> None:
    # A title day with no year, and bare weekdays and day headings counted from it: every one is a guess.
    body = "Tuesday brings a debate on fisheries.\n\nThe statement on ports is on Thursday at 2.30pm."
    events = events_of(body, "The week ahead in the chamber – 16 March")
    assert events
    assert all("year" in e.inferred and any(n.startswith("year ") for n in e.notes) for e in events)
    headed = events_of("Monday 8 May\n\n10:30: Wreath laying at the memorial.\n\nTuesday 9 May\n\n"
                       "08:30: Talks with the mayor.", "Diary")
    assert len(headed) == 2
    assert all(any(n.startswith("year ") for n in e.notes) for e in headed)


def test_an_entry_under_a_heading_of_the_next_year_says_so() -> None:
    # Dated December 2031, the heading "Friday, Jan. 9" is of 2032: its entries say the year was inferred.
    body = "Saturday, December 13, 2031\n\nFriday, Jan. 9\n\n11 a.m.: Reception at the town hall.\n\n" \
           "2 p.m.: Parade on the main street."
    events = events_of(body, "Inaugural schedule")
    assert [e.start.strftime("%Y-%m-%d") for e in events] == ["2032-01-09", "2032-01-09"]
    assert all(any(n.startswith("year 2032 inferred") for n in e.notes) for e in events)


def test_a_dated_title_gives_the_year_its_notes_name() -> None:
    events = events_of("Thursday 30th November at 11:00: the port authority briefs the press on the dredging.",
                       "Port briefings (October 31, 2024)")
    notes = [n for e in events for n in e.notes if n.startswith("year ")]
    assert notes, "the year-less day's year is an inference, said in a note"
    assert all(n.startswith("year 2024") and "dated 31 October 2024" in n and "2023" not in n for n in notes), notes


STAMPED_YEARS = [
    # (title, body, expected days of the events, why)
    ("Envoy to tour the islands", "By Desk - Mar 9,2018 - Last updated at Mar 9,2018\n\nThe envoy will open the "
     "harbour school on March 14, the palace said on Friday.",
     ["2018-03-14"], "a stamp written 'Mar 9,2018', no space after the comma, dates the item"),
    ("Council programme", "The council meets on April 2 at 18:00.\n\nThe mayor's budget speech of February 18,2021 "
     "is on the site (pdf).",
     ["2021-04-02"], "'February 18,2021' is a full date, its year the item's"),
    ("Grants", "The fund gave out 17,250 grants. Applicants meet the board on 4 May at 10:00.",
     ["2026-05-04"], "a number with a thousands comma is no day and no year"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), STAMPED_YEARS, ids=[row[3] for row in STAMPED_YEARS])
def test_a_year_after_a_comma_without_a_space(title: str, body: str, expected: list[str], why: str) -> None:
    days = days_of(events_of(body, title))
    assert [d for d in days if d[5:] == expected[0][5:]] == expected, why


PAST_WEEKDAYS = [
    # (title, body, expected local starts, why)
    ("Assembly sittings move to the new building, 19 September 2023",
     "Both chambers were adjourned on Monday after a debate, and the sittings resume in the new building on Tuesday "
     "afternoon.\n\nThe upper chamber meets at 14:15.",
     ["2023-09-19 14:15"], "with no publication date, a weekday told in the past is no day of the item's events: "
     "the time goes with the weekday to come"),
    ("Envoys to be briefed on the polls",
     "The two ministers will on Wednesday, 20 February, brief the envoys on the polls, now moved to 12 March.\n\n"
     "The agency recalls that on Saturday, only hours before the count was to begin, the commission put off "
     "the polls.",
     ["2019-02-20 00:00", "2019-03-12 00:00"],
     "a weekday told in the past, after a later date was named, is history, not the Saturday after that date"),
    ("Premier at the lakes summit",
     "The premier attends the lakes summit in Kigali on 8 March 2027.\n\nShe said she would fly on to Goma on "
     "Friday for talks with the governor.",
     ["2027-03-08 00:00", "2027-03-12 00:00"],
     "'said she would fly ... on Friday': a future told from the past, without a 'that', is to come"),
    ("Governor's week",
     "The governor opens the harvest show on Monday, 8 March 2027.\n\nHaving met the stall holders, she will drive "
     "to the coast on Wednesday to inspect the new jetty.",
     ["2027-03-08 00:00", "2027-03-10 00:00"],
     "a past participle before the main clause's 'will': the sentence tells what is to come"),
]


@pytest.mark.parametrize(("title", "body", "expected", "why"), PAST_WEEKDAYS, ids=[row[3] for row in PAST_WEEKDAYS])
def test_a_weekday_told_in_the_past_without_a_publication_date(title: str, body: str, expected: list[str],
                                                                why: str) -> None:
    found = events_of(body, title)
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in found) == expected, why
