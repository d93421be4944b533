"""A year-less weekday date in a text that speaks of a year in which the weekday does not fit (issue #10, "Year"):
"a hearing on the 2021 budget on Thursday, 22 October" is of 2020, the fitting year next to the one the text names,
not of a year near the reference date that the text knows nothing of. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 12, 6)


def _starts(text: str) -> list[dt.datetime | dt.date]:
    return sorted((e.start for e in extract(text, source="test", reference=_REFERENCE).events), key=str)


def test_a_budget_year_dates_the_hearing_the_year_before() -> None:
    text = ("Estimates hearing\n\nSource: National Assembly\n\nThe Public Accounts Committee will hear the Ministry of"
            " Health on the 2021 estimates on Thursday, 22nd October at 10:00 hours in Committee Room 4, Lusaka.\n")
    starts = _starts(text)
    assert [f"{s:%Y-%m-%d %H:%M}" for s in starts] == ["2020-10-22 10:00"]


def test_the_year_after_a_named_one() -> None:
    # "the 2019 floods" were last year: Monday 9 March fits 2020, next to it.
    text = ("Recovery forum\n\nSource: Regional Council\n\nOne year after the 2019 floods, the council holds a recovery"
            " forum on Monday 9 March at 18:30 in the Civic Hall, Townsville.\n")
    assert [f"{s:%Y-%m-%d}" for s in _starts(text)] == ["2020-03-09"]


def test_no_fitting_year_next_to_it_keeps_the_nearest_to_the_reference() -> None:
    # Tuesday 24 March fits 2020 and 2026, neither next to 2017: the reference's nearest stands.
    text = ("Anniversary lecture\n\nSource: Historical Society\n\nThe society marks the 2017 restoration of the"
            " old mill with a lecture on Tuesday 24 March at 19:00 at the Town Library, Galway.\n")
    assert [f"{s:%Y-%m-%d}" for s in _starts(text)] == ["2026-03-24"]
