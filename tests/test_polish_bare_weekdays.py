"""A Polish weekday said alone after "w" or "we" ("w poniedziałek o godzinie 10", "we wtorek o godz. 11.30", "w
najbliższą środę") is the next such day after the release's date, as "on Monday" is in English: it must not leave the
event on the stamp's day (seen in world-hundredfortyfirst, an election body's "w poniedziałek o godzinie 10" under a
Sunday's stamp). A weekday of a rule ("co poniedziałek", "w każdy wtorek") or told in the past ("W piątek minister
podpisał umowę") is none. Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

RELEASE = """Minister odwiedzi port w Gdyni

Source: Ministerstwo Infrastruktury

Komunikat prasowy | 13.09.2034

{sentence}
"""  # 13 September 2034 is a Wednesday


@pytest.mark.parametrize(("sentence", "expected"), [
    ("W poniedziałek o godzinie 10 minister spotka się z dziennikarzami w Gdyni.", "2034-09-18 10:00"),
    ("Minister weźmie udział w konferencji we wtorek o godz. 11.30 w Gdyni.", "2034-09-19 11:30"),
    ("Konferencja prasowa odbędzie się w najbliższą sobotę o godz. 9.15 w porcie.", "2034-09-16 09:15"),
    ("Posiedzenie rady odbędzie się w przyszły czwartek o godz. 13.00 w Gdyni.", "2034-09-14 13:00"),
])
def test_a_weekday_after_w_is_the_next_one(sentence: str, expected: str) -> None:
    assert listed(RELEASE.format(sentence=sentence)) == [expected]


def test_a_weekday_told_in_the_past_leaves_the_next_one_alone() -> None:
    text = RELEASE.format(sentence="W piątek minister podpisał umowę z portem. Konferencja prasowa odbędzie się w "
                                   "poniedziałek o godz. 12.00 w Gdyni.")
    assert listed(text) == ["2034-09-18 12:00"]


def test_a_weekday_of_a_rule_is_no_day() -> None:
    text = RELEASE.format(sentence="W każdy wtorek o godz. 8.00 zbiera się zespół portu. Minister przyjedzie do Gdyni "
                                   "w czwartek o godz. 12.00.")
    found = listed(text)
    assert "2034-09-14 12:00" in found
    assert not any(day.startswith("2034-09-19") for day in found)
