"""New Year's Day named, not numbered ("le jour de l'an", "New Year's Day", "Neujahrstag", "el día de Año Nuevo")
is 1 January (issue #10, "Dates"). Seen in world-ninetysecond ("Le jour de l'an, dès 8heures, le ministre présidera
..." went to the day named before it); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from tests.conftest import utc_starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _utc(text: str) -> list[str]:
    return utc_starts_of(text, _REFERENCE)


@pytest.mark.parametrize(("body", "expected"), [
    ("Le préfet préside la veillée à Douala le 31 décembre 2026 à 21 heures. "
     "Le jour de l'an, à 9 heures, le préfet remet les médailles à Douala.",
     ["2026-12-31 20:00", "2027-01-01 08:00"]),  # Douala, UTC+1
    ("The regiment holds its watch in Accra on 31 December 2026 at 9pm. "
     "On New Year's Day, at 10am, the colonel inspects the parade in Accra.",
     ["2026-12-31 21:00", "2027-01-01 10:00"]),  # Accra, UTC+0
    ("Die Kapelle spielt am 31. Dezember 2026 um 22 Uhr in Wien. Am Neujahrstag um 11 Uhr folgt das Konzert in Wien.",
     ["2026-12-31 21:00", "2027-01-01 10:00"]),  # Vienna, UTC+1
])
def test_new_years_day_is_the_first_of_january(body: str, expected: list[str]) -> None:
    assert _utc(f"Programme\n\nSource: Garrison office\n\n{body}\n") == expected


def test_new_years_eve_is_not_new_years_day() -> None:
    body = "The regiment holds its New Year's Eve watch in Accra on 31 December 2026 at 9pm."
    assert _utc(f"Programme\n\nSource: Garrison office\n\n{body}\n") == ["2026-12-31 21:00"]


def test_the_holiday_alone_dates_nothing_new() -> None:
    # a closure the holiday explains: its own date tells the day, the name adds no event of its own
    body = "In observance of New Year's Day, the town office is closed Friday, January 1, 2027. Parking is free."
    text = f"Holiday notice\n\nSource: Town office\n\n{body}\n"
    days = sorted(str(e.start) for e in extract(text, source="test", reference=_REFERENCE).events)
    assert days == []


@pytest.mark.parametrize("sentence", [
    "The Embassy will host a Lunar New Year's Day reception at 18:00 at the residence.",
    "On Ethiopian New Year's Day at 10:00 the Ambassador will raise the flag at the chancery.",
    "Le jour de l'an chinois, dès 19 heures, l'association offre un repas au centre culturel.",
])
def test_another_calendars_new_year_is_no_first_of_january(sentence: str) -> None:
    text = f"Notice\n\nSource: An embassy in Ottawa\n\nPublished 20 December 2026\n\n{sentence}\n"
    assert not [e for e in extract(text, source="t", reference=dt.date(2026, 12, 20)).events
                if (e.start.month, e.start.day) == (1, 1)]
