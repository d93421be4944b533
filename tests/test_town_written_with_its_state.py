"""A town the item names once with its state ("Riverside, NJ 08075" in the address closing it) is that town wherever
the item names it bare: in the organisation's name, in a line of its own, in a sentence. The gazetteer's town of the
name is the largest (Riverside in California, Portland in Oregon), three hours off. Found probing the footer
addresses of a set's municipal utility (left after review last session). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """{title}

Source: {org}

{body}
"""


def _starts(org: str, body: str, title: str = "Notice") -> list[str]:
    events = extract(ITEM.format(title=title, org=org, body=body), source="x", reference=dt.date(2027, 1, 15)).events
    return [e.start.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M") for e in events if not e.all_day]


@pytest.mark.parametrize(("org", "body", "expected"), [
    ("Riverside Municipal Utilities Authority",
     "The authority will hold an open house on Saturday, May 15, 2027, from 10:00 a.m. to 2:00 p.m. Visitors will "
     "tour the filters and the laboratory.\n\nRiverside Municipal Utilities Authority\n200 Pavilion Avenue\n"
     "Riverside, NJ 08075",
     "2027-05-15 14:00"),  # EDT, not Riverside in California (17:00 UTC)
    ("Harbor Commission",
     "The commission meets in Portland on Tuesday, June 8, 2027, at 6:30 p.m. to hear the dredging plan.\n\n"
     "Harbor Commission, 4 Commercial Street, Portland, Maine 04101",
     "2027-06-08 22:30"),  # EDT, not Portland in Oregon (2027-06-09 01:30 UTC)
    ("Springfield Library Board",
     "The board's next meeting is on Monday, March 1, 2027, at 7 p.m. in the Carnegie Room.\n\n"
     "Mailing address: 220 State Street, Springfield, MA 01103",
     "2027-03-02 00:00"),  # EST, not Springfield in Illinois (01:00 UTC)
], ids=["footer-address", "bare-town-in-the-sentence", "organisation-name"])
def test_the_town_the_address_names_with_its_state(org: str, body: str, expected: str) -> None:
    assert _starts(org, body) == [expected]


def test_two_towns_of_the_name_leave_the_bare_one_as_it_was() -> None:
    # "Springfield, Illinois" and "Springfield, MA" both named: the bare "Springfield" is not settled by either.
    body = ("The board meets in Springfield on Monday, March 1, 2027, at 7 p.m.\n\nWe thank the libraries of "
            "Springfield, Illinois and Springfield, MA for the loan.")
    assert _starts("Regional Library Board", body) == ["2027-03-02 01:00"]  # CST, the gazetteer's Springfield


def test_a_namesake_abroad_is_not_settled_by_an_address() -> None:
    # "London, Ontario" in a speaker's affiliation says nothing of the lecture "in London" of a British body.
    body = ("The lecture is given in London on Thursday, 4 March 2027, at 18:00.\n\n"
            "Speaker: Dr Ada Rowe, Western University, London, Ontario")
    assert _starts("Royal Society of Surveyors", body) == ["2027-03-04 18:00"]  # GMT


def test_a_comma_after_the_town_in_a_sentence_is_no_state() -> None:
    # (review) "In Riverside, the board meets": a comma, but no state after it; the address still settles the town.
    body = ("In Riverside, the board meets on Tuesday, June 8, 2027, at 6:30 p.m.\n\n200 Pavilion Avenue\n"
            "Riverside, NJ 08075")
    assert _starts("Riverside Municipal Utilities Authority", body) == ["2027-06-08 22:30"]
