"""A day told as done by a finite verb of the past right before it ("the board met in Nadi on 14 May 2027", "the
delegation arrived in Honiara on 2 July 2027") or opening a sentence told in the past, on the item's newest full date,
is history too: with no stamp, the text was written on that day at the earliest, once it had happened
(world-sixtyninth: a summit that "met in Gabala on October 7"; world-fortyseventh: "On 07 April 2020 Dr X spoke").
A participle names what it dates and keeps it ("a symposium held in Lisbon on 21-22 October 2027"). Our own words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE

NOTICE = """{title}

Source: {source}

{body}
"""


def _days(title: str, source: str, body: str) -> list[str]:
    events = extract(NOTICE.format(title=title, source=source, body=body), source="past", reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d}" for e in events)


def test_a_board_that_met_on_the_items_day_is_history() -> None:
    body = ("The Regional Fisheries Board met in Nadi on 14 May 2027 and agreed to extend the closed season for "
            "reef fish by two months.")
    assert "2027-05-14" not in _days("Closed season extended", "Regional Fisheries Board", body)


def test_a_delegation_that_arrived_on_the_items_day_is_history() -> None:
    body = "The trade delegation arrived in Honiara on 2 July 2027 for talks with the government on fisheries."
    assert "2027-07-02" not in _days("Trade delegation in Honiara", "Ministry of Foreign Affairs", body)


def test_a_day_opening_a_report_in_the_past_is_history() -> None:
    body = ("On 3 August 2027 the minister of health spoke at the opening panel of the regional forum on vaccines "
            "in Port Louis.")
    assert "2027-08-03" not in _days("Minister speaks at vaccine forum", "Ministry of Health", body)


def test_a_gathering_named_by_its_participle_stays_an_event() -> None:
    body = ('Registration is now open for "Oceans and Trust", a symposium held in Lisbon and online on 21-22 October '
            "2027. Marine scientists from all over the Atlantic coast will meet to weigh the state of the fisheries.")
    assert "2027-10-21" in _days("Registration open", "Academy of Sciences", body)


def test_a_saying_on_the_items_day_stays_the_news() -> None:
    body = ("On 12 April 2027, the Parks Authority abruptly announced that it was closing the island's campsites "
            "to visitors.")
    assert "2027-04-12" in _days("Campsites closed", "Parks Authority", body)
