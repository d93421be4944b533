"""Polish days joined by "i" or "oraz", or listed with commas, before one month ("24 i 26 czerwca", "24, 25 i 26
czerwca 2026 r."): each is a day of that month, and two days in a row are one span, as "on 24 and 25 June" is (issue
#10, "Layout"). Only the last day was read. Seen in world-hundredseventeenth's notes (a navy's open days); the
Cyrillic pairs ("25 и 29 апреля") share the reading (langgrammar.first_of_a_pair). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions

_REFERENCE = dt.date(2026, 1, 5)


def _days(body: str) -> list[tuple[str, str]]:
    text = f"Dni otwarte portu\n\nSource: Urząd Morski\n\n{body}\n"
    return [(f"{e.start:%m-%d}", f"{e.end:%m-%d}") for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("body", "days"), [
    ("Dni otwarte odbędą się 24 i 25 czerwca 2026 r. w Szczecinie.", [("06-24", "06-26")]),
    ("Próby orkiestry odbędą się 24 i 26 czerwca 2026 r. w Szczecinie.", [("06-24", "06-25"), ("06-26", "06-27")]),
    ("Posiedzenia komisji odbędą się 3 oraz 10 marca 2026 roku.", [("03-03", "03-04"), ("03-10", "03-11")]),
])
def test_each_day_of_the_pair_is_read(body: str, days: list[tuple[str, str]]) -> None:
    assert _days(body) == days


def test_a_list_with_commas_keeps_its_first_day() -> None:
    assert _days("Pokazy odbędą się 24, 25 i 26 czerwca 2026 r. na nabrzeżu.")[0][0] == "06-24"


def test_a_number_that_is_no_day_of_the_pair() -> None:
    assert _days("Na wystawie pokazano 12 i 14 okrętów. Dni otwarte odbędą się 26 czerwca 2026 r.") \
        == [("06-26", "06-27")]


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Pokazy odbędą się 24, 25 i 26 czerwca 2026 r.", 24, 26),
    ("Репетиции парада пройдут 1, 2 и 3 мая 2026 года в 10:00.", 1, 3),
])
def test_a_run_of_days_in_a_row_is_one_span_to_the_last(text: str, first: int, last: int) -> None:
    # (review: "1, 2 и 3 мая" lost its last day, the span ending at the second)
    spans = [(m.first.day, m.last.day) for m in find_mentions(text) if m.kind == "span" and m.first and m.last]
    assert spans == [(first, last)]


def test_a_list_with_a_gap_gives_each_day() -> None:
    days = [m.first.day for m in find_mentions("Pokazy odbędą się 1, 2 i 5 czerwca 2026 r.") if m.kind == "day"
            and m.first]
    assert days == [1, 2, 5]
