"""A year before the day with the word for year, as Cyrillic Uzbek and Kazakh write a date ("2021 йил 15 апрель",
"2021 йилнинг 15 апрель", "2023 жылғы 7 сентябрь"), the months those languages share with Russian: the year is the
day's (issue #10, "the right year"). Seen in world-hundredtwentyeighth (a senate's notice of a sitting "2020 йил 24
март куни соат 15.00 да" was put in the year of the reader's clock); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.dates import find_mentions


@pytest.mark.parametrize(("text", "day"), [
    ("Қўмита мажлиси 2021 йил 15 апрель куни бўлиб ўтади.", dt.date(2021, 4, 15)),
    ("Ҳужжат 2021 йилнинг 15 апрель кунидан кучга киради.", dt.date(2021, 4, 15)),
    ("Форум 2023 жылғы 7 сентябрь күні Астанада өтеді.", dt.date(2023, 9, 7)),
])
def test_the_year_before_the_day(text: str, day: dt.date) -> None:
    found = [m for m in find_mentions(text) if m.kind == "day"]
    assert len(found) == 1
    first = found[0].first
    assert first is not None
    assert (first.year, first.month, first.day) == (day.year, day.month, day.day)


def test_a_sitting_in_tashkent_in_its_year() -> None:
    text = ("Сенат мажлиси\n\nSource: Сенат\n\n"
            "Олий Мажлис Сенатининг ялпи мажлиси 2021 йил 15 апрель куни соат 10.00 да Тошкентда бошланади.\n")
    starts = [e.start for e in extract(text, source="test", reference=dt.date(2026, 12, 6)).events]
    assert [f"{s:%Y-%m-%d %H:%M}" for s in starts if isinstance(s, dt.datetime)] == ["2021-04-15 10:00"]
