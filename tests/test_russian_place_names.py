"""Places of the Middle East, the Caucasus and Central Asia as Russian-language releases write them (issue #10, "Time
zones"): "в Иерусалиме", "в Ереване", "в Ташкенте" say whose clock a time with no zone keeps. Seen in
world-hundredfiftyfirst item 4 (a briefing "в 20:00" of "Министерство здравоохранения Израиля" about the epidemic "в
Израиле" was put on Brussels's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _zones(body: str) -> list[str]:
    text = f"Объявление\n\nSource: Пресс-служба\n\n{body}"
    return [str(e.start.tzinfo) for e in extract(text, source="test", reference=_REFERENCE).events
            if isinstance(e.start, dt.datetime)]


@pytest.mark.parametrize(("body", "zone"), [
    ("12 марта 2026 года в 19:00 в Иерусалиме начнется конференция садоводов.\n", "Asia/Jerusalem"),
    ("12 марта 2026 года в 11:00 в Ереване откроется выставка сельхозтехники.\n", "Asia/Yerevan"),
    ("12 марта 2026 года в 10:00 в Ташкенте начнется форум водного хозяйства.\n", "Asia/Tashkent"),
])
def test_a_place_in_russian_sets_the_clock(body: str, zone: str) -> None:
    assert _zones(body) == [zone]


def test_a_patronymic_is_no_place() -> None:
    # ("Марк Израилевич": a father's name, not the country)
    body = "12 марта 2026 года в 19:00 Марк Израилевич Коган прочтет лекцию о садоводстве.\n"
    zones = _zones(body)
    assert len(zones) == 1  # (the lecture found, on another clock)
    assert zones != ["Asia/Jerusalem"]
