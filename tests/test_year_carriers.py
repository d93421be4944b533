"""How releases carry their year when their dates give none: a stamp with a two-digit year, a numeric
stamp of an item in a language that writes the day first, a release number, "last year's 2018 forum",
an academic or financial year. Each row is a small text of our own run through the whole parser with a
reference date far from its year, so that a guess shows."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.releaseyear import item_year
from parsers.shortstamps import unread_stamp
from parsers.yearclues import order_near_its_day, writes_day_first

REFERENCE = dt.date(2026, 12, 1)


def starts(body: str, title: str = "Notice", org: str = "Press office") -> list[str]:
    found = extract(f"{title}\n\nSource: {org}\n\n{body}\n", source="t", reference=REFERENCE).events
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in found if not e.all_day)


CARRIED = [
    # (org, body, expected local starts, why)
    ("Office of Road Safety, Ohio", "Issue date: 4/22/18\n\nThe director tours the test track on May 2 at 1 p.m.",
     ["2018-05-02 13:00"], "a US stamp with a two-digit year, month first"),
    ("Press office", "Last updated 22/04/18 16:05\n\nThe panel meets on 2 May at 11:00 in Brussels.",
     ["2018-05-02 11:00"], "a stamp with a two-digit year and its minute, day first"),
    ("Press office", "Posted 10/09/2017\n\nThe trustees open the garden on 7 October at 11:00 in Brussels.",
     ["2017-10-07 11:00"], "a stamp that may run either way gives its year all the same"),
    ("Press office", "Lisbon, 04/03/2016\n\nThe ministers meet on 9 March at 10:00.", ["2016-03-09 10:00"],
     "a dateline's place tells how its numeric date runs"),
    ("Kreisverwaltung", "Stand: 22.04.18\n\nDer Kreistag tagt am 2. Mai um 17 Uhr in Köln.",
     ["2018-05-02 17:00"], "a German stamp with a two-digit year"),
    ("Mairie d'Exemple", "Le conseil se réunit le 2 mai à 20h00 à Nantes pour le budget.\n\nPublié le 04/03/2015",
     ["2015-05-02 20:00"], "a French item's stamp at its end, 04/03 read day first though the town names no country"),
    ("Press office", "Media release 017/2021\n\nThe ombudsman presents her report on 9 June at 10:00 in Brussels.",
     ["2021-06-09 10:00"], "a release number ending in its year"),
    ("Press office", "Feed stamp\n\n2015-11-03T16:41:07+01:00\n\nThe jury meets on 9 November at 15:00 in Ghent.",
     ["2015-11-09 15:00"], "an ISO timestamp alone on its line"),
    ("Press office", "Our ref: NR/2017/12\n\nThe board meets on 9 June at 10:00 in Brussels.",
     ["2017-06-09 10:00"], "a release number with its series before the year"),
    ("Press office", "https://www.example-basin.org/updates/2016/11/new-locks\n\nThe basin authority opens the new "
     "locks on 2 December at 11:00 in Antwerp.", ["2016-12-02 11:00"], "the item's own dated address on a line"),
    ("Press office", "Link: https://example-basin.org/2016/12/30/locks.html\n\nThe locks open on 4 January at 11:00 in "
     "Antwerp.", ["2017-01-04 11:00"], "a dated address of late December puts an early January day in the next year"),
    ("Press office", "Ref. 2016/233\n\nThe board meets on 9 June at 10:00 in Brussels.",
     ["2016-06-09 10:00"], "a release number opening with its year"),
    ("Bureau d'Exemple", "Communiqué n° 12/2017 du 3 mai\n\nLe maire inaugure la place le 9 mai à 11h00 à Tours.",
     ["2017-05-09 11:00"], "a release number followed by the day it was issued"),
    ("Press office", "MEMO/14/311\n\nThe Commissioner meets the ministers on 9 June at 10:00 in Brussels.",
     ["2014-06-09 10:00"], "an EU number with a two-digit year"),
    ("Press office", "After last year's 2020 meeting in Oslo, the network meets again on 9 June at 10:00 in Oslo.",
     ["2021-06-09 10:00"], "the year after last year's"),
    ("Press office", "The winter timetable 2018/19 starts on 9 December at 05:00 in Vienna.",
     ["2018-12-09 05:00"], "a timetable's two years name the season its dates fall in"),
    ("Press office", "Parents of pupils in the school year 2017-18 meet the staff on 5 October at 18:00 in London.",
     ["2017-10-05 18:00"], "a school year names the season its dates fall in"),
]


@pytest.mark.parametrize(("org", "body", "want", "why"), CARRIED, ids=[row[3] for row in CARRIED])
def test_year_carried(org: str, body: str, want: list[str], why: str) -> None:
    assert starts(body, org=org) == want, why


NOT_CARRIED = [
    # (body, why): these give no year of the item, which is a guess near the reference date
    ("The review of the 2019/045 report is discussed on 9 June at 10:00 in Brussels.",
     "a number in a sentence names another document"),
    ("The score was 3/4/19 at the break.\n\nThe club meets fans on 9 June at 10:00 in Brussels.",
     "a slashed number with no stamp word is no stamp"),
    ("Read the earlier notice at https://example.org/news/2015/06/notice\n\nThe board meets on 9 June at 10:00 in "
     "Brussels.", "an address after words may be another item's"),
    ("See Press Release 2019/045 of the Bank.\n\nThe board meets on 9 June at 10:00 in Brussels.",
     "a release cited in a sentence is another item"),
]


@pytest.mark.parametrize(("body", "why"), NOT_CARRIED, ids=[row[1] for row in NOT_CARRIED])
def test_no_year_carried(body: str, why: str) -> None:
    assert starts(body) == ["2026-06-09 10:00"], why


def test_short_stamp_reads_order_and_century() -> None:
    assert unread_stamp("Posted: 03/14/19 10:32", "") == dt.date(2019, 3, 14)
    assert unread_stamp("Published 05/06/19", "mdy") == dt.date(2019, 5, 6)
    assert unread_stamp("Published 05/06/19", "") == dt.date(2019, 6, 5)
    assert unread_stamp("Date: 12.11.98", "") == dt.date(1998, 11, 12)
    assert unread_stamp("Published 31/02/19", "") is None
    assert unread_stamp("Published 05/06/19 and more words", "") is None
    assert unread_stamp("Updated: 2019-03-12T09:14:00+01:00", "") == dt.date(2019, 3, 12)
    assert unread_stamp("The board met 2019-03-12T09:14 and more words here", "") is None


def test_item_year_is_not_after_next_year() -> None:
    assert item_year("Press release 045/2031", REFERENCE) is None
    assert item_year("No. 045/2019", REFERENCE) == (2019, "the item's release number No. 045/2019 is of 2019")
    assert item_year("next year's 2020 summit", REFERENCE)[0] == 2019  # type: ignore[index]


@pytest.mark.parametrize(("text", "day_first"), [
    ("Le conseil se réunit le 2 mai à 20h00 pour le budget.", True),
    ("Der Rat tagt am 2. Mai um 17 Uhr in der Halle und berät den Haushalt.", True),
    ("El pleno se reúne el 2 de mayo a las 10:00 en la sala del consejo.", True),
    ("The council meets on 2 May at 8 pm in the hall of the Palais de la Musique.", False),
])
def test_language_tells_numeric_order(text: str, day_first: bool) -> None:
    assert writes_day_first(text) is day_first


@pytest.mark.parametrize(("text", "published", "order", "why"), [
    ("Issued 2 February 2026\n10/02/2026 0900hrs Arrival\n11/02/2026 1100hrs Briefing", None, "dmy",
     "read day first, the rows are days after the issue; month first, eight months on"),
    ("Posted March 30, 2026\n04/02/2026 Board meeting\n04/09/2026 Budget hearing", None, "mdy",
     "month first, the rows are days after the post"),
    ("10/02/2026 Arrival\n11/02/2026 Briefing", dt.date(2026, 2, 5), "dmy", "the page's own date tells too"),
    ("Issued 2 February 2026\n03/04/2027 Summit", None, "", "neither reading is near: nothing told"),
])  # fmt: skip
def test_a_numeric_date_is_read_near_the_items_day(text: str, published: dt.date | None, order: str,
                                                  why: str) -> None:
    assert order_near_its_day(text, published) == order, why


def test_rows_of_numeric_dates_fall_on_their_days_not_the_issue_day() -> None:
    body = "Issued 2 February 2026\n\nDate Time Activity\n10/02/2026 0900hrs Arrival of delegates\n" \
           "11/02/2026 1100hrs Press briefing"
    events = extract(f"Visit\n\nSource: An office\n\n{body}\n", source="t", reference=REFERENCE).events
    assert sorted(f"{e.start:%Y-%m-%d %H:%M}" for e in events) == ["2026-02-10 09:00", "2026-02-11 11:00"]


def test_reading_time_beside_a_date_is_no_event() -> None:
    body = "June 4, 2015 • 4 min read\n\nThe choir sings on June 12 at 7 p.m. in Seattle."
    found = extract(f"Concert\n\nSource: Example Choir\n\n{body}\n", source="t", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in found] == ["2015-06-12 19:00"]


def test_an_event_notice_date_line_stays_its_event() -> None:
    body = ("Date: 14/06/2022\nLocation: Online meeting\n\nEvent summary\n\nThe agency holds a press briefing to tell "
            "reporters about its work on vaccines.")
    found = extract(f"Briefing\n\nSource: Example Agency\n\n{body}\n", source="t", reference=REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d") for e in found] == ["2022-06-14"]
