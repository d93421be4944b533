"""An event told in one sentence to open on one day and to go on to the next ("opens on 4 October in Sintra, and
continues on 5 October in Lisbon", "s'ouvrira le 4 octobre ... et se poursuivra le 5 octobre", "se inaugura el 10 de
marzo ... y concluye el 12 de marzo") is one run of days, not two one-day events (world-fiftieth 7: a summit held on
two days in two towns was published as two days). Days far apart, or a second day with no verb that carries the
event on, stay as they were. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Summit of the member states

Source: Community of Portuguese-Speaking Countries

Lisbon, 18 September 2031 - {sentence}
"""


def _all_day(sentence: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(sentence=sentence), source="test", reference=dt.date(2031, 9, 18),
                     default_zone="Europe/Lisbon").events
    return sorted((e.start.strftime("%m-%d"), (e.end - dt.timedelta(days=1)).strftime("%m-%d"))
                  for e in events if e.all_day)


@pytest.mark.parametrize("sentence", [
    "The summit opens on 4 October in Sintra, and continues on 5 October at the Belém Cultural Centre in Lisbon.",
    "Le sommet s'ouvrira le 4 octobre à Sintra, au palais national, et se poursuivra le 5 octobre à Lisbonne.",
])
def test_two_days_one_run(sentence: str) -> None:
    assert _all_day(sentence) == [("10-04", "10-05")]


def test_in_spanish_over_three_days() -> None:
    sentence = "La cumbre se inaugura el 10 de octubre en Sintra y concluye el 12 de octubre en Lisboa."
    assert _all_day(sentence) == [("10-10", "10-12")]


def test_days_far_apart_stay_two() -> None:
    sentence = "The exhibition opens on 4 October in Sintra, and continues on 20 November in Porto."
    assert _all_day(sentence) == [("10-04", "10-04"), ("11-20", "11-20")]


def test_the_year_given_with_the_last_day_only() -> None:
    """"opens on 4 October ... continues on 5 October 2031": the year of the last day is the first's too (review)."""
    assert _all_day("The summit opens on 4 October in Sintra and continues on 5 October 2031 in Lisbon.") == [
        ("10-04", "10-05")]
