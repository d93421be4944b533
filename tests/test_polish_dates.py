"""Polish dates and times: "27 stycznia 2020 roku", "jutro, tj. 18 września br.", rows of "godz. 13.10 ..." and
"Godz. 8.30 ...", "o godz. 10.05"; "do godz. 12.40" (by then: an arrival's deadline) is no event, nor is a day
opening a sentence told in the past ("16 maja minister ogłosił ..."). Shown by world-eightyninth items 4 and 13, a
government's and a president's press programmes that published nothing. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _starts(body: str) -> list[str]:
    item = f"Zapowiedź\n\nSource: Urząd Wojewódzki w Gdańsku\n\n{body}\n"
    return sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in extract(item, source="pl", reference=_REFERENCE).events
                  if isinstance(e.start, dt.datetime))


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Gdańsk, 4 marca 2024 r.\n\nWojewoda jutro, tj. 5 marca br., odwiedzi powiat kartuski.\n\n"
     "godz. 11.20 wojewoda weźmie udział w otwarciu nowej szkoły w Kartuzach\n\n"
     "godz. 15.45 wojewoda spotka się z rolnikami w Żukowie\n",
     ["2024-03-05 11:20", "2024-03-05 15:45"], "rows of 'godz.' on tomorrow, this year ('br.')"),
    ("We wtorek, 12 listopada 2024 roku, minister będzie w Gdyni.\n\nGodz. 9.15 Powitanie gości\n\n"
     "Godz. 10.40 Podpisanie porozumienia\n",
     ["2024-11-12 09:15", "2024-11-12 10:40"], "rows opening with 'Godz.' under a written day"),
    ("Gdańsk, 2 czerwca 2025 r.\n\nPosiedzenie rady odbędzie się 21 czerwca 2025 r. o godz. 10.05 w ratuszu w Gdańsku.",
     ["2025-06-21 10:05"], "a day and 'o godz.' in one sentence"),
])
def test_polish_days_and_clocks(body: str, expected: list[str], why: str) -> None:
    assert _starts(body) == expected, why


def test_by_an_hour_is_a_deadline() -> None:
    body = ("Gdańsk, 4 marca 2024 r.\n\nWojewoda jutro, tj. 5 marca br., odwiedzi Kartuzy.\n\n"
            "godz. 11.20 wojewoda otworzy nową szkołę w Kartuzach\n\n"
            "Dziennikarzy prosimy o przybycie do godz. 10.50.\n")
    assert _starts(body) == ["2024-03-05 11:20"]


def test_a_day_told_in_the_past_is_no_event() -> None:
    body = ("Gdańsk, 22 maja 2024 r.\n\n16 maja wojewoda ogłosił nowy program szkoleń dla strażaków.\n\n"
            "24 maja wojewoda weźmie udział w konferencji w Gdyni o godz. 11.00.\n")
    item = f"Zapowiedź\n\nSource: Urząd Wojewódzki w Gdańsku\n\n{body}"
    events = extract(item, source="pl", reference=_REFERENCE).events
    assert [e.start.strftime("%Y-%m-%d %H:%M") for e in events if isinstance(e.start, dt.datetime)] \
        == ["2024-05-24 11:00"]
    assert all(not (isinstance(e.start, dt.date) and e.start == dt.date(2024, 5, 16)) for e in events)
