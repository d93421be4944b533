"""The year a careful reader gives a date that names none: from a year the item names, and from
weekday headings under a span of days, seasons, anniversaries and fiscal years (the weekday's own clues are in
test_weekday_clues.py). Each row is a small text of our own run through the whole
parser with a reference date far from the text's years, so that a wrong guess shows."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import DayPart, find_mentions
from parsers.resolve import default_day, year_of_headings
from parsers.yearclues import heading_weekdays, naming_years
from tests.year_texts import REFERENCE, days_of, events_of, starts

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
