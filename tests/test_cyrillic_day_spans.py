"""Two days of one month in Russian, Ukrainian and Serbian ("15–16 сентября", "с 15 по 16 сентября 2030 года", "від 3
до 5 березня", "од 3. до 5. марта"): a span, as "15–16 September" is. Texts in our own words."""

from __future__ import annotations

import pytest

from parsers import extract
from parsers.dates import find_mentions

from .conftest import REFERENCE


@pytest.mark.parametrize(("text", "days"), [
    ("пройдет 15–16 сентября в Дубне", ((15, 9), (16, 9))),
    ("с 15 по 16 сентября 2030 года", ((15, 9), (16, 9))),
    ("відбудеться від 3 до 5 березня", ((3, 3), (5, 3))),
    ("од 3. до 5. марта 2031.", ((3, 3), (5, 3))),
])
def test_two_days_of_a_month(text: str, days: tuple[tuple[int, int], tuple[int, int]]) -> None:
    spans = [m for m in find_mentions(text) if m.kind == "span"]
    assert [((m.first.day, m.first.month), (m.last.day, m.last.month)) for m in spans
            if m.first and m.last] == [days]


def test_a_numbered_sitting_is_no_span() -> None:
    # "Sitting No. 3 — 15 March": the number of the sitting, then its day
    assert [(m.kind, m.text) for m in find_mentions("Заседание № 3 — 15 марта 2030 года")] == [
        ("day", "15 марта 2030 года")]


def test_a_clock_range_is_no_span() -> None:
    assert [m.kind for m in find_mentions("от 10 до 12 часа на 5 септември")] == ["time", "day"]


def test_a_session_over_two_days_under_a_stamp() -> None:
    body = "Новости, 12 сентября 2030\nСессия совета пройдет 15–16 сентября в Доме совещаний в Дубне.\n"
    events = extract(f"Сессия совета\n\nSource: Институт примеров\n\n{body}", source="words",
                     reference=REFERENCE).events
    assert [(f"{e.start}", f"{e.end}") for e in events] == [("2030-09-15", "2030-09-17")]
