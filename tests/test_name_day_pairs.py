"""Rows given as a name and its day in brackets, several to a line parted by semicolons ("Health (9 Mar); Education
(10 Mar)"), or one a line: each row is an event of its day, also when its name is a place (a committee's review of a
country, a tour's stop), and a pair is no town's dateline ("Gabon (17 Feb)" looks like "Washington (March 4, 2019)").
A paper's date in brackets, "(31.01.2019)", stays none. (Seen in a UN treaty body's session notice.) Texts of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.pairedrows import paired_rows

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[tuple[str, str]]:
    text = f"Hearings of the budget panel\n\nSource: Example Parliament\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted((str(e.start), e.summary) for e in events if not hasattr(e.start, "hour"))


LEAD = "WELLINGTON, March 3, 2031. The budget panel sits from 8 March to 21 March and questions these bodies:\n\n"


@pytest.mark.parametrize("rows", [
    "Health (10 Mar); Education (11 Mar); Transport (13 Mar);\nHousing (17 Mar); Justice (19 Mar)",
    "Health (10 Mar)\nEducation (11 Mar)\nTransport (13 Mar)\nHousing (17 Mar)\nJustice (19 Mar)",
])
def test_each_pair_is_its_days_event(rows: str) -> None:
    days = [day for day, _ in _days(LEAD + rows)]
    assert days == ["2031-03-08", "2031-03-10", "2031-03-11", "2031-03-13", "2031-03-17", "2031-03-19"]


def test_pairs_naming_places_are_rows_not_datelines_nor_headings() -> None:
    body = ("GENEVA, 10 February 2031. The expert committee sits from 16 February to 6 March and reviews:\n\n"
            "Peru (18 Feb); Nepal (19 Feb); Chad (20 Feb);\nNorway (25 Feb); Fiji (26 Feb)")
    days = _days(body)
    assert [day for day, _ in days] == ["2031-02-16", "2031-02-18", "2031-02-19", "2031-02-20", "2031-02-25",
                                        "2031-02-26"]
    assert [summary for _, summary in days[1:]] == ["Peru", "Nepal", "Chad", "Norway", "Fiji"]


def test_a_lone_town_with_its_bracketed_date_is_still_a_dateline() -> None:
    body = ("Ottawa (April 2, 2031)\n\nThe panel holds a hearing on rail safety on Tuesday, April 8, 2031 in "
            "room 216.")
    assert [day for day, _ in _days(body)] == ["2031-04-08"]


def test_papers_dated_in_brackets_are_no_rows() -> None:
    body = ("The panel adopted its report.\n\nFurther information\n\nResolution: Rail safety (31.01.2031)\n"
            "Resolution: Road safety (28.03.2031)\nStudy: Ports and harbours (12.04.2031)")
    assert _days(body) == []


def test_the_line_splits_only_when_it_is_nothing_but_pairs() -> None:
    assert paired_rows(["Peru (18 Feb); Nepal (19 Feb);"]) == ["Peru (18 Feb)", "Nepal (19 Feb)"]
    assert paired_rows(["Peru (18 Feb); the rest follow later"]) == ["Peru (18 Feb); the rest follow later"]
    assert paired_rows(["Reading (see p. 4); Writing (see p. 5)"]) == ["Reading (see p. 4); Writing (see p. 5)"]
