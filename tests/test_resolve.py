"""The year and zone a careful reader gives a date, the layouts of schedules, and what is not an event.

Each row is a small text of our own in the form the rule reads, run through the whole parser
(`extract`) with a reference date far from the text's years, so that a wrong guess shows.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from model import Event
from parsers import extract
from parsers.dates import find_mentions
from parsers.resolve import is_inference, year_of_weekdays
from parsers.yearclues import numeric_order

REFERENCE = dt.date(2026, 12, 1)
PRESSCAL = Path(sys.executable).parent / "presscal"


def events_of(body: str, title: str = "Advisory", org: str = "Press office",
              zone: str = "Europe/Brussels") -> list[Event]:
    return extract(f"{title}\n\nSource: {org}\n\n{body}\n", source="t", reference=REFERENCE, default_zone=zone).events


def timed(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e.timezone) for e in events if not e.all_day]


YEARS = [
    # (title, body, expected UTC start, why)
    ("Briefing", "The minister will brief reporters at 10:00 on Thursday, July 25.", "2024-07-25 08:00",
     "no year anywhere: the nearest year to the reference in which 25 July is a Thursday"),
    ("Space 2013 briefing", "Officials will brief media on Wednesday, Sept. 11 at 15:00.", "2013-09-11 13:00",
     "a year the item names, in which the weekday fits, beats the nearest one"),
    ("Talks", "Strasbourg 10.11.2005 - Ministers meet on 16 November at 7 pm.", "2005-11-16 18:00",
     "a dotted dateline gives the year"),
    ("Card", "Ministers meet in Brussels on June 5 at 10:00.\n\nLast update: 24-04-2019", "2019-06-05 08:00",
     "a dashed 'Last update' line gives the year"),
    ("Minutes", "The minutes of the November 2007 meeting are out. The next come out on 18 December at 11:00.",
     "2007-12-18 10:00", "a month named with its year is the day in context"),
]


@pytest.mark.parametrize(("title", "body", "start", "why"), YEARS, ids=[row[3] for row in YEARS])
def test_the_year_comes_from_the_text(title: str, body: str, start: str, why: str) -> None:
    found = timed(events_of(body, title))
    assert found, why
    assert found[0][0] == start, why


def test_a_guessed_year_says_so_and_is_no_problem() -> None:
    result = extract("Briefing\n\nSource: X\n\nThe minister will brief reporters at 10:00 on Thursday, July 25.\n",
                     source="t", reference=REFERENCE)
    (event,) = result.events
    assert "year" in event.inferred
    assert any(note.startswith("year 2024 inferred") and "Thursday" in note for note in event.notes)
    assert not any("inferred" in problem for problem in result.problems)


def test_weekdays_choose_one_year_for_the_item() -> None:
    parts = [m.first for m in find_mentions("Tuesday, 29 January and Wednesday 30 January") if m.first]
    chosen = year_of_weekdays(parts, [], REFERENCE)
    assert chosen is not None
    assert chosen[0] == dt.date(2019, 1, 29)  # 2030 fits too, but a text does not announce days years ahead
    named = year_of_weekdays(parts, [2013], REFERENCE)
    assert named is not None
    assert named[0] == dt.date(2013, 1, 29)
    assert "names 2013" in named[1]


ZONES = [
    # (org, body, expected (UTC start, zone), why)
    ("Office of the Governor of Colorado", "Wednesday, May 20, 2009\n\n8:30 a.m. Governor signs the transit bill.",
     ("2009-05-20 14:30", "America/Denver"), "an unlabelled time is on the clock of the organisation's state"),
    ("Press office", "On 13 June 2011 at 4:00 pm the Secretary will arrive at the headquarters in Addis Ababa.",
     ("2011-06-13 13:00", "Africa/Addis_Ababa"), "the place the text says it happens in"),
    ("Press office", "Saturday, March 25, 2017\n\n10:00 – 11:00 AM\nMaple Fest\nOne Brennan Circle, Poultney, VT",
     ("2017-03-25 14:00", "America/New_York"), "a venue line with a state's postal abbreviation"),
    ("Press office", "On 10 July 2024 the minister speaks in New Delhi at 10:00 IST.",
     ("2024-07-10 04:30", "Asia/Kolkata"), "IST in Delhi is India's clock"),
    ("Press office", "On 10 July 2024 the minister speaks in Dublin at 10:00 IST.",
     ("2024-07-10 09:00", "Europe/Dublin"), "IST in Dublin is Ireland's clock"),
    ("Press office", "On 10 July 2024 the minister speaks in Panama City at 10:00 EST.",
     ("2024-07-10 15:00", "America/Panama"), "EST where there is no summer time"),
    ("Press office", "The talks open on 11 November 2011 at 10:00 AM Bali time.",
     ("2011-11-11 02:00", "Asia/Makassar"), "'<place> time' for a region"),
    ("Press office", "The talks open on 11 November 2011 at 8:30 AM - 10:00 AM CST in Chicago.",
     ("2011-11-11 14:30", "America/Chicago"), "a label after a range"),
    ("Press office", "The minister comes before the Oireachtas committee on 14 November 2013 at 2pm. Ministers "
     "meet in Brussels at the end of the month.", ("2013-11-14 14:00", "Europe/Dublin"),
     "a parliament named gives its capital's clock"),
    ("Press office", "Ministers met in Brussels last week. The hearing is held on 14 November 2013 at 2 pm in the "
     "Knesset.", ("2013-11-14 12:00", "Asia/Jerusalem"), "a sentence's own place beats the sentence before"),
]


@pytest.mark.parametrize(("org", "body", "expected", "why"), ZONES, ids=[row[3] for row in ZONES])
def test_the_zone_of_a_time(org: str, body: str, expected: tuple[str, str], why: str) -> None:
    assert timed(events_of(body, org=org))[:1] == [expected], why


LAYOUTS = [
    ("Diary\n\nWednesday, May 7, 2008\n\n09:50 AM\n\n11:45 AM\n\nCommemoration ceremony at the memorial",
     [("2008-05-07 08:50", "Commemoration")], "start and end times on lines of their own, then what"),
    ("Wednesday 9 December 2009\nTime (EST) Meetings Place\n9 a.m. -\n11 a.m.\nBoard meeting at headquarters",
     [("2009-12-09 14:00", "Board meeting")], "a range split over two lines under a column heading with a zone"),
    ("Wednesday, 6 March 2024\n\n10:00\n\n(EST)\n\nPress conference by the minister",
     [("2024-03-06 15:00", "Press conference")], "a zone label on a line of its own under the time"),
    ("28.10.2009 (Wednesday)\n\n0850 HRS LEAVE THE AIRPORT\n1505 HRS To 1535 HRS VISIT THE MONASTERY",
     [("2009-10-28 08:50", "LEAVE"), ("2009-10-28 15:05", "MONASTERY")], "24-hour times with HRS"),
    ("- Lock-Up\n\n14 March 2024\n\n7:00 (ET)\n\nJournalists read the report under embargo, in a long paragraph "
     "that goes on well beyond what one line of a list would say, describing the rooms, the rules and the times "
     "at which each part of the day begins and ends for everyone who takes part.",
     [("2024-03-14 11:00", "Lock-Up")], "a caption names an entry whose own line says only when"),
    ("Issued: 2 March 2024\n\nAll times are Irish time.\n2 April 2024\n9:00 a.m. – Breakfast with growers\n"
     "2 May 2024\n10:00 a.m. – Farm walk", [("2024-04-02 08:00", "Breakfast"), ("2024-05-02 09:00", "Farm walk")],
     "a date alone over rows that open with their times heads them, under an 'Issued:' stamp"),
]


@pytest.mark.parametrize(("body", "expected", "why"), LAYOUTS, ids=[row[2] for row in LAYOUTS])
def test_schedule_layouts(body: str, expected: list[tuple[str, str]], why: str) -> None:
    events = [e for e in events_of(body, zone="Europe/Dublin") if not e.all_day]
    got = [(e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"), e) for e in events]
    assert [when for when, _ in got] == [when for when, _ in expected], why
    for (_, event), (_, word) in zip(got, expected, strict=True):
        assert word.lower() in f"{event.summary} {event.sentence}".lower(), why


NOT_EVENTS = [
    ("Journalists must register by 2:45 p.m. on 14 March 2024 at the latest.", "a deadline"),
    ("Accreditation stays open until Tuesday 21 August 2018.", "an accreditation deadline"),
    ("The former minister died on Monday 8th April, 2013, aged 87.", "a death"),
    ("FOR IMMEDIATE RELEASE: Monday, October 13, 2014", "a release line"),
    ("RIYADH, Saudi Arabia, Nov. 2, 2020 /PRNewswire/ --", "a wire dateline"),
    ("HALIFAX, NOVA SCOTIA--(Harbour Wire - March 3, 2020) - The firm names a new chair.",
     "a wire dateline whose agency and date open a bracket after two dashes"),
    ("Amman, 3 March, 2019 (Regional Office for Statistics and Communication) – The office thanks its readers.",
     "a dateline whose office in brackets runs to several words"),
    ("\"Guests will be greeted in the main hall,\" the spokesman told Radio Harbour today (16 June 2024).",
     "a date in brackets after a saying's 'today': when it was said"),
    ("7 September 2023 MEDIA ADVISORY\n\nReporters are welcome.", "a date and the kind of its document"),
    ("12 May 2021 Press release\n\nThe report is out.", "a date and 'Press release'"),
    ("Printed on 27/10/2009\n\nt 17:52", "a print stamp and its time"),
    ("The new data law came into force on 1 March 2022, so agencies now report each quarter.", "a law in force"),
    ("The minister tested positive for influenza on May 3, 2021, and works from home.", "a past illness"),
    ("Nominations having closed on 31 December 2018, candidates are now being vetted.", "a period that closed"),
    ("On 3 January 2019 the Chair circulated a list of the candidates.", "what was done on a day"),
    ("She said that on Thursday 17 May 2018 the ministry had reported a new case.", "a report of the past"),
]


@pytest.mark.parametrize(("body", "why"), NOT_EVENTS, ids=[row[1] for row in NOT_EVENTS])
def test_not_events(body: str, why: str) -> None:
    assert events_of(body) == [], why


def test_what_follows_a_close_happens_on_its_day() -> None:
    events = events_of("TULSA, Feb. 2, 2026 -- The utility reports its yearly results after the market closes on "
                       "Thursday, Feb. 19, 2026. A conference call follows at 4:00 p.m. CT.", zone="America/Chicago")
    assert [f"{e.start:%Y-%m-%d %H:%M}" for e in events if not e.all_day] == ["2026-02-19 16:00"]


@pytest.mark.parametrize(("body", "days", "why"), [
    ("In 2031, the congress meets on 14 May in Perth.", ["2031-05-14"], "a year ahead"),
    ("In 2016, the fair was held on 14 May in Perth. The next fair opens on 3 June 2026.", ["2026-06-03"],
     "a year long gone: its day is history beside the item's newest"),
])  # fmt: skip
def test_a_year_opening_the_sentence_is_its_days_year(body: str, days: list[str], why: str) -> None:
    assert [str(e.start)[:10] for e in events_of(body)] == days, why


def test_a_day_said_in_brackets_leaves_the_day_announced() -> None:
    events = events_of("The minister said today (16 June 2024) that the new bridge opens on 20 June 2024 at 10:00.")
    assert [e.start.date() for e in events] == [dt.date(2024, 6, 20)]


def test_a_replaced_date_is_not_an_event() -> None:
    events = events_of("The concert, first set for Saturday, February 9, 2019, now takes place on "
                       "Tuesday, March 19, 2019 at 8 p.m. instead.")
    assert [e.start.date() for e in events] == [dt.date(2019, 3, 19)]
    moved = events_of("The hearing scheduled for 10 March 2019 has been moved to 12 March 2019 at 10:00.")
    assert [e.start.date() for e in moved] == [dt.date(2019, 3, 12)]


def test_one_event_however_often_announced() -> None:
    body = ("On 20 November 2023 the Secretary General will hold a joint press conference with the Prime "
            "Minister at 11:00 (CET).\n\n  • 20 November 2023, 11:00 (CET) Joint press conference by the "
            "Secretary General with the Prime Minister")
    (event,) = events_of(body)
    assert "hold a joint press conference" in event.sentence
    assert "Joint press conference by" in event.sentence


def test_a_day_after_a_verb_of_the_past_is_over_but_a_coming_one_stays() -> None:
    events = events_of("The call for bids having closed on 31 March 2022, the board meets on 5 April 2022 at 10:00. "
                       "The office will be closed on 6 April 2022 for the visit of the President at 11:00. "
                       "On 7 April 2022 at 9:00 the Minister will open the fair the city planned.")
    assert [e.start.date() for e in events] == [dt.date(2022, 4, 5), dt.date(2022, 4, 6), dt.date(2022, 4, 7)]


def test_one_happening_told_in_two_sentences_of_prose_is_one_event() -> None:
    body = ("The Minister of State comes before the joint committee on European affairs on Thursday 14 November "
            "2013 at 2pm to be questioned.\n\nThe council of ministers meets at the end of the month. The meeting "
            "is held on Thursday 14 November 2013 at 2 pm in Committee Room 3 and can be followed online.")
    (event,) = events_of(body, zone="Europe/Dublin")
    assert "comes before" in event.sentence
    assert "Committee Room 3" in event.sentence


def test_today_is_the_items_day_not_the_last_day_named() -> None:
    body = ("Wednesday, March 22, 2017, 4:37 p.m. Ministry\n\nThe minister will host a reception on March 23.\n\n"
            "From 5:40 p.m. today, the minister receives a courtesy call from an author.")
    starts = sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events_of(body, zone="Asia/Tokyo") if not e.all_day)
    assert "2017-03-22 17:40" in starts


def test_a_sentence_and_an_agenda_line_at_one_moment_are_one_event() -> None:
    body = ("17.07.2019\n\nWhen the talks end, the host offers lunch; at 15h30 the President leaves Santa Fe for home, "
            "where he lands at 18h30.\n\nThe President's agenda for this Wednesday:\n- 15h30 - return to Brazil;\n"
            "- 18h30 - arrival in Brasília.")
    events = [e for e in events_of(body) if not e.all_day]
    assert sorted(e.start.astimezone(dt.UTC).strftime("%H:%M") for e in events) == ["18:30", "21:30"]


def test_two_things_at_one_minute_stay_two() -> None:
    body = ("Operational information:\n\n  • Ministers meet the Prime Minister, 16 November 2005, 7 pm.\n"
            "  • Group Photo: 16 November 2005, 7 pm.")
    assert len(events_of(body)) == 2


def test_titles_keep_verb_agreement_and_say_something() -> None:
    events = events_of("On 5 March 2024, Foreign Ministers will meet in Brussels.\n\nWednesday, 6 March 2024\n\n"
                       "10:00\n\n11:00\n\nDinner with partners")
    assert any(e.summary.startswith("Meeting: Foreign Ministers meet") for e in events)
    assert all(e.summary.split(":", 1)[-1].strip() for e in events)
    (results,) = events_of("The results will be announced on 5 March 2024 at 10:00.")
    assert "results are announced" in results.summary.lower(), results.summary


@pytest.mark.parametrize(("text", "country", "order"), [
    ("1/11/2019 and 27/10/2009", "", "dmy"), ("11/21/2023", "", "mdy"), ("1/11/2019", "NZ", "dmy"),
    ("1/11/2019", "US", "mdy"), ("1/11/2019", "", ""),
])
def test_numeric_order(text: str, country: str, order: str) -> None:
    assert numeric_order(text, country) == order


def test_inference_notes_are_told_apart() -> None:
    assert is_inference("year 2024 inferred: ...")
    assert is_inference("zone Europe/Paris inferred: ...")
    assert is_inference("time 10:00 taken from 'Hours of sitting: 10am to 1pm'")  # a guess the event shows, no fault
    assert not is_inference("the text says Tuesday, but 5 March 2024 is a Wednesday")


def test_extract_timezone_option(tmp_path: Path) -> None:
    source = tmp_path / "one.txt"
    source.write_text("Briefing\n\nSource: X\n\nThe briefing takes place on 5 March 2024 at 10:00.\n",
                      encoding="utf-8")
    run = subprocess.run([str(PRESSCAL), "extract", str(source), "--format", "json", "--timezone", "Asia/Tokyo"],
                         capture_output=True, cwd=tmp_path, check=True, timeout=120)
    assert b'"2024-03-05T10:00:00+09:00"' in run.stdout
    bad = subprocess.run([str(PRESSCAL), "extract", str(source), "--timezone", "Mars/Base"],
                         capture_output=True, cwd=tmp_path, check=False, timeout=120)
    assert bad.returncode != 0
    assert b"not an IANA time zone" in bad.stderr


def test_a_dateline_does_not_say_what_the_sentence_under_it_is() -> None:
    (event,) = events_of("Issued: 2 March 2024\n\nThe briefing will start at 11h00 on Friday 8 March 2024.")
    assert "Issued" not in event.summary, event.summary
    assert "riefing" in event.summary, event.summary
