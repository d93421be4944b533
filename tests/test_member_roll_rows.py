"""Rows that name a member of a legislature by the codes of a roll ("Rep Okafor, Dana [OH-9] - 3/2/2031",
"Sen. Lee Park (D-Ore.) – 4 March 2031") and end with a date are a roll: cosponsors and the day each joined, signers
and the day each signed. They are no programme of name-first rows, and no event each (a bill's status page listed
forty cosponsors, forty events). A programme's name-first rows, even with a person's name, stay events. Rows in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {source}

{body}
"""


def _days(body: str) -> list[str]:
    events = extract(ITEM.format(title="H.R. 4410: Coastal Ferries Act", source="Bill status", body=body),
                     source="example", reference=dt.date(2031, 5, 10), default_zone="America/New_York").events
    return sorted(e.start.strftime("%Y-%m-%d") for e in events)


@pytest.mark.parametrize(
    "rows",
    [
        ["Rep Okafor, Dana [OH-9] - 3/2/2031", "Rep Lindqvist, Marta [MN-4] - 3/2/2031",
         "Rep Haddad, Sami [ND] - 3/9/2031"],
        ["Sen. Lee Park (D-Ore.) – 4 March 2031", "Sen. Ruth Abara (R-TX) – 4 March 2031",
         "Sen. Owen Tull (I-Vt.) – 11 March 2031"],
        ["Hana Ito [CA-12] - March 2, 2031", "Bo Grant [NY-3] - March 2, 2031"],
    ],
    ids=["rep-and-state-district", "sen-and-party-state", "state-district-code"],
)
def test_a_roll_of_members_with_dates_is_no_event(rows: list[str]) -> None:
    body = "COSPONSORS (3):\n\n" + "\n".join(rows) + "\n\nCOMMITTEE: Transportation"
    assert _days(body) == []


def test_a_programme_of_talks_by_people_stays() -> None:
    body = """Spring lectures:

Dr Ana Ruiz: Tides and Harbours – Tuesday 4 March 2031
Prof. Ken Obi: Ferries of the Lakes – Tuesday 11 March 2031"""
    assert _days(body) == ["2031-03-04", "2031-03-11"]


def test_events_with_a_member_as_guest_stay() -> None:
    body = """Town halls:

Town hall with Sen. Ann Roe (D-NY) – March 17, 2031
Briefing with Rep. Lee (R-TX) – March 18, 2031"""
    assert _days(body) == ["2031-03-17", "2031-03-18"]


def test_a_titled_member_with_initials_and_a_suffix_is_of_the_roll() -> None:
    body = ("COSPONSORS (2):\n\nRep Marsh, Walter B., Jr. [NC-3] - 9/17/2031\n"
            "Rep Lowe, Henry C. \"Hank,\" Jr. [GA-4] - 10/6/2031\n\nCOMMITTEE: Transportation")
    assert _days(body) == []
