"""A count of years told as rough ("more than 30 years ago", "almost 30 years ago", "ponad 30 lat temu") gives no year
the item is written in: its days fall in the year they fall in without the count. Texts in our own words (review of
s51-w143)."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(founded: str, rest: str) -> list[str]:
    text = f"Choir concert\n\n{founded} {rest}\n"
    return [e.start.strftime("%Y-%m-%d") for e in extract(text, source="t", reference=dt.date(2026, 3, 1)).events]


@pytest.mark.parametrize(
    ("founded", "rough", "rest"),
    [
        ("The choir was founded in 1990", ", more than 30 years ago.", "Its concert is on 3 May at 19:00 in the hall."),
        ("The choir was founded in 1990", ", almost 30 years ago.", "Its concert is on 3 May at 19:00 in the hall."),
        ("Chór założono w 1990 r.", ", ponad 30 lat temu.", "Koncert odbędzie się 3 maja o godz. 19:00 w sali."),
    ],
)
def test_a_rough_count_names_no_year(founded: str, rough: str, rest: str) -> None:
    assert _days(founded + rough, rest) == _days(founded + ".", rest)
