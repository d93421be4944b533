"""A West Slavic deadline with its weekday in the genitive between "at the latest by" and the date ("najneskôr do
utorka 8. septembra 2009", "nejpozději do středy 4. března 2020", "najpóźniej do piątku 6 marca 2020") is a deadline,
as "najneskôr do 8. septembra 2009" is (issue #10, "Not events": deadlines). Seen in world-ninetyninth (a NATO corps'
invitation reposted by the Slovak armed forces); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


@pytest.mark.parametrize("deadline", [
    "Prihlášku prosíme poslať najneskôr do utorka 8. septembra 2009.",
    "Přihlášku zašlete nejpozději do úterý 8. září 2009.",
    "Zgłoszenia prosimy przesłać najpóźniej do wtorku 8 września 2009.",
])
def test_the_deadline_with_a_weekday_is_no_event(deadline: str) -> None:
    text = ("Pozvánka na slávnosť\n\nSource: Veliteľstvo\n\n"
            f"Slávnosť sa uskutoční 19. septembra 2009 v prístave.\n\n{deadline}\n")
    assert _days(text) == ["2009-09-19"]
