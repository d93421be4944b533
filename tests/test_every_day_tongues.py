"""Hours said to hold "every day" in other tongues are a rule of opening, not one day's event, as "every day from 9
a.m. to 3 p.m." is in English: a sentence after a span of open days giving the daily hours adds nothing. Each text is
our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

NOTICE = """{title}

Source: {source}

{body}
"""
CASES = {
    "Croatian": ("Dani otvorenih vrata", "Ministarstvo obrane",
                 "Zadar, 1. lipnja 2027.\n\nVojarna u Zadru bit će otvorena za građane od 8. do 10. lipnja 2027. "
                 "Posjetitelji mogu doći svaki dan od 9 do 15 sati."),
    "Polish": ("Dni otwarte koszar", "Ministerstwo Obrony",
               "Gdańsk, 1 czerwca 2027 r.\n\nKoszary będą otwarte dla mieszkańców od 8 do 10 czerwca 2027 r. "
               "Zwiedzanie jest możliwe codziennie w godz. 9:00–15:00."),
    "Dutch": ("Open dagen van de kazerne", "Ministerie van Defensie",
              "Den Haag, 1 juni 2027\n\nDe kazerne is van 8 tot en met 10 juni 2027 open voor bezoekers. "
              "Bezoekers zijn elke dag welkom van 9.00 tot 15.00 uur."),
}


@pytest.mark.parametrize("tongue", sorted(CASES))
def test_daily_hours_after_open_days_are_no_event_of_their_own(tongue: str) -> None:
    title, source, body = CASES[tongue]
    assert listed(NOTICE.format(title=title, source=source, body=body)) == ["2027-06-08..2027-06-10"]


@pytest.mark.parametrize("body", [
    # a daily use told in passing, no hours after it: the dated opening stays
    "Op 12 mei 2027 om 10.00 uur opent de minister de nieuwe brug over de rivier, die dagelijks door 20.000 auto's "
    "wordt gebruikt.",
    "Il 12 maggio 2027 alle ore 10 il ministro inaugura il nuovo ponte, che ogni giorno attraversano 20.000 auto.",
])
def test_a_daily_use_told_in_passing_leaves_the_event(body: str) -> None:
    assert listed(NOTICE.format(title="Opening", source="Provincie", body=body)) == ["2027-05-12 10:00"]


def test_daily_hours_within_the_span_s_own_sentence_keep_the_span() -> None:
    body = ("Zadar, 1. svibnja 2027.\n\nVojarna u Zadru bit će otvorena za građane od 8. do 10. svibnja 2027., "
            "svakog dana od 9 do 15 sati.")
    assert listed(NOTICE.format(title="Dani otvorenih vrata", source="Ministarstvo obrane", body=body)) == [
        "2027-05-08..2027-05-10"]
