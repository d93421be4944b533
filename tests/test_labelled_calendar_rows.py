"""A calendar's rows under a day line that each open with the same body's name and a full stop ("Parliament. ...",
"Parliament. ..."): every row is that day's entry, not only the first (scheduleentries.py). Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract
from parsers.scheduleentries import same_row_form

ITEM = """Week ahead in the Nordic capitals

Source: Nordic Desk

What is on

Monday 9 March 2026

  • Storting. Question time with the finance minister (Oslo). - Budget: questions on the oil fund.
  • Storting. Standing Committee on Energy hears the grid regulator (Oslo).
  • Storting. Plenary debate on the fisheries white paper (Oslo). - Quotas for cod and herring.

Wednesday 11 March 2026

  • Folketing. Open consultation on the harbour bill (Copenhagen).
"""


def test_every_labelled_row_is_an_entry_of_its_day() -> None:
    events = extract(ITEM, source="rows", reference=dt.date(2026, 3, 1)).events
    monday = [e for e in events if e.all_day and f"{e.start:%Y-%m-%d}" == "2026-03-09"]
    assert len(monday) == 3
    assert any("fisheries" in e.summary for e in monday)


@pytest.mark.parametrize(("above", "below", "expected", "why"), [
    ("Storting. Question time (Oslo).", "Storting. Plenary debate (Oslo).", True, "the same body's name and a stop"),
    ("Storting. Question time (Oslo).", "Folketing. Open consultation.", False, "another body: not shown alike"),
    ("LJUBLJANA - Parliament debates", "IDRIJA - Mayor opens", True, "a place and a dash, as before"),
    ("The minister travels.", "The minister returns.", False, "a sentence, no label: 'The' ends no name"),
])  # fmt: skip
def test_same_row_form(above: str, below: str, expected: bool, why: str) -> None:
    assert same_row_form(above, below) is expected, why
