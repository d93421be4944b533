"""A row that opens with a 24-hour time in four figures right under its day's heading ("Saturday 26 June 2021" /
"1100 Parish/benefice each will serve"), as orders of service and parade programmes print them: the clock of that
day, though the programme has no other such row, no "hrs" and no leading nought (a year of a release is never a
day heading's next line, and 19xx/20xx stay years). Shown by world-fiftysecond item 13, an ordination read with no
time at all. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

CASES = [
    ("Ordination of priests\n\nSource: Exeter Cathedral\n\nThe Ordination of Priests\n\nSunday 3 July 2022\n"
     "1030 Parish each will serve\nMary Smith Topsham\nJohn Reed Crediton\n",
     ["2022-07-03T10:30:00+01:00"], "an order of service's day heading, then its clock"),
    ("Remembrance parade\n\nSource: Royal British Legion (Exeter branch)\n\nSunday 10 November 2019\n"
     "1050 Parade forms up at the Guildhall, Exeter\n",
     ["2019-11-10T10:50:00+00:00"], "a parade's single row under its day"),
    ("Opening of the new wing\n\nSource: Example Hospital Trust\n\nFriday, May 3, 2019\n"
     "1430 Opening of the new wing by the Mayor of Leeds\n",
     ["2019-05-03T14:30:00+01:00"], "month first"),
]


@pytest.mark.parametrize(("text", "starts", "why"), CASES)
def test_four_figures_under_a_day_heading(text: str, starts: list[str], why: str) -> None:
    events = [e for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events if not e.all_day]
    assert [e.start.isoformat() for e in events] == starts, why


def test_a_year_under_a_day_stays_a_year() -> None:
    text = ("Profile\n\nSource: Example Council\n\nMonday 4 March 2024\n2019 Elected to the council for Leeds\n")
    events = [e for e in extract(text, source="t", reference=dt.date(2024, 1, 1)).events if not e.all_day]
    assert events == []
