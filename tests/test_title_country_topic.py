"""A title that names a country as what the item is about ("Committee to review report of Moldova", "Dialogue with
the delegation of the Republic of Eritrea") over a dateline that says where it is filed ("GENEVA (24 February
2027) -"): unlabelled times are on the dateline's clock, not the country's. A treaty body's release showed the
form. A title that sends someone to a country ("Minister to visit Chile"), or whose country hosts ("Japan hosts
trade talks"), still gives its clock. Items in our own
words."""

from __future__ import annotations

from parsers import extract

from .conftest import REFERENCE


def _zones(title: str, dateline: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: A treaty body\n\n{dateline} - {body}\n"
    return [str(e.timezone) for e in extract(text, source="release", reference=REFERENCE).events if not e.all_day]


def test_a_country_the_title_is_about_leaves_the_dateline_s_clock() -> None:
    zones = _zones("Rights committee to examine report of Moldova", "GENEVA (24 February 2027)",
                   "The committee will meet on Tuesday, 2 March 2027, from 3 p.m. to 6 p.m. in Room XVI.")
    assert zones == ["Europe/Zurich"]


def test_a_country_whose_delegation_the_title_names_leaves_the_dateline_s_clock() -> None:
    zones = _zones("Dialogue with the delegation of the Republic of Eritrea", "VIENNA (1 March 2027)",
                   "The spokesperson will brief journalists on Wednesday, 3 March 2027, at 11:00 in the press room.")
    assert zones == ["Europe/Vienna"]


def test_a_title_that_sends_someone_to_a_country_gives_its_clock() -> None:
    zones = _zones("Foreign Minister to visit Chile", "OTTAWA (1 March 2027)",
                   "The minister will lay a wreath on Thursday, 4 March 2027, at 10:00.")
    assert zones == ["America/Santiago"]


def test_a_country_that_hosts_keeps_its_clock() -> None:
    zones = _zones("Japan hosts regional trade talks", "GENEVA (24 February 2027)",
                   "The regional trade talks open on 5 March 2027 at 10:00 with the ministers of twelve economies.")
    assert zones == ["Asia/Tokyo"]
