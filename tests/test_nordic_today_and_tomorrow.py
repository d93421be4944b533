"""The Danish, Norwegian and Swedish words for tomorrow and today, "i morgen", "i morgon", "i dag", "i aften", "i går"
(issue #10, "dates": days said in words): counted from the item's stamp, as "tomorrow" is; and the clock after them
("i morgen kl. 10") is read, the word for tomorrow telling the text is Nordic. Seen in world-hundredeighth (a
government's notice of "tomorrow's" cabinet meeting, in Icelandic: parsers.lang_icelandic); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

from .conftest import listed

_REFERENCE = dt.date(2026, 1, 10)


def _starts(body: str) -> list[str]:
    text = f"Regeringsmøde\n\nSource: Statsministeriet\n\n{body}\n"
    events = extract(text, source="test", reference=_REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in events)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("14. marts 2024\n\nRegeringen holder møde i morgen kl. 10 i Aarhus.", "2024-03-15 10:00"),
        ("14 mars 2024\n\nRegeringen håller presskonferens i morgon klockan 13 i Göteborg.", "2024-03-15 13:00"),
        ("14. mars 2024\n\nStatsministeren møter pressen i dag kl. 15 i Bergen.", "2024-03-14 15:00"),
    ],
    ids=["danish-i-morgen", "swedish-i-morgon", "norwegian-i-dag"],
)
def test_nordic_relative_day_dates_the_clock(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_a_day_of_the_week_in_a_longer_word_is_no_today() -> None:
    body = "14. marts 2024\n\nI dagene 20. marts til den 22. marts 2024 holder udvalget møder i Aalborg."
    assert _starts(body) == ["2024-03-20"]


def test_initials_in_capitals_are_no_today() -> None:
    body = ("4 October 2024\n\nThe director opened the course of IDAG, the institute of governance. IDAG will hold its "
            "next course on 12 November 2024 in Colombo.")
    assert _starts(body) == ["2024-11-12"]


@pytest.mark.parametrize("sentence", [
    "Regjeringen la i dag fram forslaget til revidert nasjonalbudsjett for 2027.",
    "Statsministeren har siden 2019 og frem til i dag ledet regeringen.",
])
def test_today_in_a_report_of_what_was_done_is_no_event(sentence: str) -> None:
    text = f"Budsjett\n\nSource: Finansdepartementet\n\nOslo, 3. mai 2027\n\n{sentence}\n"
    assert listed(text, dt.date(2027, 5, 1)) == []
