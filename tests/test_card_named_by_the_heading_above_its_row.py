"""A card whose row gives only its day, venue and time ("Lundi 28 septembre Théâtre de la Ville à 18h") under a short
heading of its own ("Le prochain" / "conseil municipal") is named by the heading: the row says where, the heading what.
A town's home page had titled its council meeting with the theatre (p46). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2020, 10, 12)


def _summaries(body: str) -> list[str]:
    text = f"Home - Town of Example\n\nSource: Town of Springfield, Illinois\n\n{body}\n"
    return [f"{e.start:%m-%d %H:%M} {e.summary}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize(("heading", "row", "named"), [
    ("The next\ncouncil meeting", "Monday 28 September Town Hall at 6pm", "council meeting"),
    ("Le prochain\nconseil municipal", "Lundi 28 septembre Théâtre Municipal à 18h", "conseil municipal"),
    ("Budget hearing", "Tuesday 29 September Council Chamber at 7pm", "Budget hearing"),
])
def test_the_heading_above_names_the_row(heading: str, row: str, named: str) -> None:
    summaries = _summaries(f"{heading}\n\n{row}\n\nAgenda Map")
    assert len(summaries) == 1
    assert named in summaries[0]


def test_a_paragraph_above_does_not_name_the_row() -> None:
    body = ("The town thanks every resident who took part in the survey this summer and shared ideas for the park.\n\n"
            "Monday 28 September Town Hall at 6pm")
    assert all("survey" not in s for s in _summaries(body))


def test_a_dated_heading_does_not_name_the_row() -> None:
    body = "News of 27 September\n\nMonday 28 September Town Hall at 6pm"
    assert all("News" not in s for s in _summaries(body))


@pytest.mark.parametrize("above", ["(every event in Town)", "--------------------", "Heure"])
def test_an_aside_a_rule_or_a_label_does_not_name_the_row(above: str) -> None:
    summaries = _summaries(f"{above}\n\nMonday 28 September Town Hall at 6pm")
    assert all("every" not in s and "---" not in s and "Heure" not in s for s in summaries)


@pytest.mark.parametrize("between", ["View details", "Add to calendar", "Share this event", "Back to top",
                                     "Agenda Map"])
def test_a_link_between_two_cards_does_not_name_the_next(between: str) -> None:
    body = (f"Budget hearing\n\nTuesday 29 September Council Chamber at 7pm\n\n{between}\n\n"
            "Monday 5 October Town Hall at 6pm")
    assert all(between not in s for s in _summaries(body))


@pytest.mark.parametrize("above", ["New York", "Geneva, Switzerland", "Media contact"])
def test_a_place_or_a_press_line_does_not_name_the_row(above: str) -> None:
    assert all(above not in s for s in _summaries(f"{above}\n\nMonday 28 September Town Hall at 6pm"))
