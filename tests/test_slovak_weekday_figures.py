"""A Slovak or Czech weekday over the day and month in figures, as the wires write them ("odletí v stredu (18. 2.)",
"ve čtvrtek 19. 2. v Praze"), dates its sentence like "v stredu 18. februára" (issue #10, "Year": the year the
weekday fits, or the item's). Seen in world-ninetyninth (a TASR report of a foreign minister's trip); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


def test_weekday_and_figures_in_brackets() -> None:
    text = ("Minister odcestuje do Ženevy\n\nSource: Ministerstvo\n\n"
            "Bratislava 2. marca (TASR) - Minister sa vo štvrtok (5. 3.) zúčastní na zasadnutí Rady pre ľudské práva "
            "v Ženeve.\n")
    assert _days(text) == ["2026-03-05"]


def test_czech_weekday_and_figures() -> None:
    text = ("Ministr odletí do Vídně\n\nSource: Ministerstvo\n\n"
            "Ministr se ve středu 4. 3. zúčastní jednání ministrů ve Vídni, uvedl resort.\n")
    assert _days(text) == ["2026-03-04"]


def test_figures_without_a_weekday_stay_unread() -> None:
    # "1. 2." alone may be a list's numbers; only the weekday vouches for a day.
    text = ("Výsledky kola\n\nSource: Zväz\n\nTím sa umiestnil na 1. 2. mieste v tabuľke a zasadne znova.\n")
    assert _days(text) == []
