"""A "WHEN:" field under its "WHAT:" field: a bracket that names the clock twice ("(Bangkok time, GMT+7)", "(Geneva
time / CET)") is the label, whole; other words of the when field ("Room 3") say where, and the "WHAT:" field still
names the event. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_CARD = """Media advisory

Source: Regional Office of the Agency for Rivers

WHAT: Launch of the Mekong Basin Water Outlook
WHEN: {when}
WHERE: Riverside Conference Hall, Vientiane
"""


def _events(when: str) -> list[tuple[str, str]]:
    found = extract(_CARD.format(when=when), source="card", reference=dt.date(2031, 1, 5)).events
    return [(e.start.isoformat(), e.summary) for e in found]


@pytest.mark.parametrize(("when", "start"), [
    ("Tuesday, 14 January 2031, 10:00-11:30 (Vientiane time, GMT+7)", "2031-01-14T10:00:00+07:00"),
    ("Tuesday, 14 January 2031, 10:00 (Bangkok time / UTC+7)", "2031-01-14T10:00:00+07:00"),
])
def test_a_clock_named_twice_in_brackets_is_the_label(when: str, start: str) -> None:
    [(at, title)] = _events(when)
    assert at == start
    assert title.startswith("Launch of the Mekong Basin Water Outlook")


def test_other_words_of_the_when_field_do_not_replace_the_what() -> None:
    [(_, title)] = _events("Tuesday, 14 January 2031, 10:00 (GMT+7), Room 3")
    assert "Mekong Basin Water Outlook" in title
