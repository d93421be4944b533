"""A Swedish, Danish or Norwegian weekday said alone ("Fredag holder ministeren ...", "på tisdag", "nästa onsdag")
is the next such day after the release's own date, as "on Friday" is in English: it must not leave the event on
the stamp's day (world-eightyfirst, a foreign ministry's release stamped on a Wednesday about "Torsdag"). A weekday
of a rule ("hver fredag", "varje tisdag") or one gone by ("i torsdags", "sidste fredag") is none. Items in our own
words."""

from __future__ import annotations

import pytest

from .conftest import listed

RELEASE = """Ministeren til Aarhus

Source: Et ministerium

Pressemeddelelse | 13.9.2034 10:02 CEST

{sentence}
"""


def test_a_danish_weekday_alone_is_the_next_one() -> None:  # 13 September 2034 is a Wednesday
    text = RELEASE.format(sentence="Fredag besøger ministeren havnen i Aarhus. Kl. 11:30 holder hun et pressemøde.")
    assert listed(text) == ["2034-09-15 11:30"]


def test_a_weekday_after_paa_is_the_next_one() -> None:
    text = RELEASE.format(sentence="Ministeren taler på mandag kl. 14:00 på konferencen om havmiljø i Aarhus.")
    assert listed(text) == ["2034-09-18 14:00"]


def test_a_swedish_weekday_after_naesta_is_the_next_one() -> None:
    text = RELEASE.format(sentence="Nästa tisdag klockan 09:30 inviger ministern den nya färjeterminalen.")
    assert listed(text) == ["2034-09-19 09:30"]


def test_a_weekday_of_a_rule_is_no_day() -> None:
    text = RELEASE.format(sentence="Hver fredag kl. 10:00 mødes ministerens rådgivere i ministeriet. Ministeren "
                                   "taler på mandag kl. 14:00 i Aarhus.")
    found = listed(text)
    assert "2034-09-18 14:00" in found
    assert not any(day.startswith("2034-09-15") for day in found)


@pytest.mark.parametrize("sentence", [
    # (found by review) a weekday before a verb in the past tells what was done on a day gone by
    "Fredag underskrev ministeren aftalen i Aarhus. Ministeren taler på mandag kl. 14:00 i Aarhus.",
    "Torsdag mødtes ministeren med borgmesteren i Aarhus. Ministeren taler på mandag kl. 14:00 i Aarhus.",
])
def test_a_weekday_before_a_past_verb_is_no_day_ahead(sentence: str) -> None:
    assert listed(RELEASE.format(sentence=sentence)) == ["2034-09-18 14:00"]
