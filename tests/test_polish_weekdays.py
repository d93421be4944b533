"""Polish weekdays said alone: "w poniedziałek", "we wtorek", "w środę" with no day of the month after them, and a
weekday's adjective before its noun ("Poniedziałkowy program", "wtorkowe posiedzenie"): the coming day of that name,
as the other grammars read "on Monday". Without them a clock in a sentence that names only such a day ("Poniedziałkowy
program zaczyna się o godz. 9.30") borrowed the last written date (a Sunday told before it), and "We wtorek prezydent
otworzy panel" published nothing. Seen in world-hundredfortyfourth item 12 (a president's visit to a Visegrad Group
meeting). Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 3)


def _events(body: str) -> list[tuple[str, bool]]:
    item = f"Wizyta w Pradze\n\nSource: Kancelaria Prezydenta\n\n{body}\n"
    return sorted((e.start.strftime("%Y-%m-%d %H:%M") if isinstance(e.start, dt.datetime) else e.start.isoformat(),
                   isinstance(e.start, dt.datetime))
                  for e in extract(item, source="pl", reference=_REFERENCE).events)


def test_a_weekday_adjective_dates_its_clock() -> None:
    body = ("Opublikowano 14.03.2023\n\nMinister będzie w Pradze w czwartek, gdzie spotka się z premierem Czech.\n\n"
            "Czwartkowy program rozpocznie się o godz. 10.15 powitaniem w kancelarii premiera.")
    assert ("2023-03-16 10:15", True) in _events(body)


def test_a_weekday_alone_is_the_coming_day() -> None:
    body = ("Opublikowano 14.03.2023\n\nMinister przedstawi dziś plan.\n\nW piątek weźmie udział w konferencji "
            "o bezpieczeństwie energetycznym w Pradze.")
    days = [day for day, timed in _events(body) if not timed]
    assert "2023-03-17" in days


def test_a_weekday_before_its_date_stays_one_day() -> None:
    body = "Posiedzenie rady odbędzie się w środę 22 marca 2023 r. o godz. 11.00 w ratuszu w Gdańsku."
    assert _events(body) == [("2023-03-22 11:00", True)]
