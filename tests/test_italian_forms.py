"""Italian dates and times (world-twentyeighth 2, an Alliance Française's autumn programme): "il 19 settembre alle
17,45", "dalle 10 alle 19", "alle ore 21", "Dal 23 ottobre 2024, alle ore 17,30". Before, no Italian clock was read
and the item's four timed events were lost. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.lang_italian import italian_mentions

from .conftest import listed


@pytest.mark.parametrize(("text", "kind", "value", "why"), [
    ("La mostra apre il 19 settembre", "day", (None, 9, 19), "a day and a month, no year"),
    ("Si terrà giovedì 12 giugno 2025 a Milano", "day", (2025, 6, 12), "a weekday and a full date"),
    ("La festa del 1° maggio", "day", (None, 5, 1), "the first of the month with its degree sign"),
    ("si parte alle 17,45 nel foyer", "time", (17, 45), "minutes after a comma"),
    ("il concerto alle ore 21 al teatro", "time", (21, 0), "'alle ore' and an hour"),
    ("presentazione del libro ore 18:30", "time", (18, 30), "'ore' alone"),
    ("aperto al pubblico dalle 10 alle 19", "time", (10, 0), "a range of hours"),
])
def test_forms(text: str, kind: str, value: tuple[int | None, ...], why: str) -> None:
    found = [m for m in italian_mentions(text) if m.kind == kind]
    assert found, why
    got = (found[0].first.year, found[0].first.month, found[0].first.day) if kind == "day" and found[0].first \
        else (found[0].time.hour, found[0].time.minute) if found[0].time else None
    assert got == value, why


def test_a_range_keeps_its_end() -> None:
    found = [m for m in italian_mentions("aperto al pubblico dalle 10 alle 19") if m.kind == "time"]
    assert found[0].until == dt.time(19, 0)


@pytest.mark.parametrize(("text", "why"), [
    ("alle 5 del mattino si parte", "an hour before 7 without minutes: the text does not say which half"),
    ("The iron ore 21 per cent rise was reported by the board.", "an English text is not read"),
    ("Wir treffen uns alle 14 Tage im Rathaus.", "German 'alle': no Italian words around it"),
])
def test_no_time(text: str, why: str) -> None:
    assert [m for m in italian_mentions(text) if m.kind == "time"] == [], why


ITEM = """Il programma d'autunno dell'associazione

Source: A cultural association in Turin

{body}
"""


@pytest.mark.parametrize(("body", "expected", "why"), [
    ("Si parte il 19 settembre 2026 alle 17,45 nel foyer del Teatro Regio di Torino.", ["2026-09-19 17:45"],
     "a day and a clock in one sentence"),
    ("Il 28 settembre 2026, alle ore 21, concerto gratuito al Teatro Carignano di Torino.", ["2026-09-28 21:00"],
     "the clock in commas after the day"),
    ("Porte aperte il 20 settembre 2026 nella sede di Torino: dalle 10 alle 19 si visitano le aule.",
     ["2026-09-20 10:00"], "a range of hours after the day"),
])
def test_italian_item(body: str, expected: list[str], why: str) -> None:
    assert listed(ITEM.format(body=body)) == expected, why
