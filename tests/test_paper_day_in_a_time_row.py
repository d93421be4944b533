"""A time row under a day heading whose text cites a paper by its number and day ("ore 10,30 | II Commissione:
audizione sulla proposta di legge n. 44 del 3 dicembre 2030", "09:00 | Committee: hearing on Resolution No. 8 of
2 May 2030") is on the heading's day: the paper's day says when it was filed, not when the row happens. The Italian
"n." numbers a paper as "no." does, and "deliberazione consiliare del ..." names a council's deliberation by its day
(world-hundredfortieth 1: a regional council's week of hearings put two rows on the day a bill was filed). Texts in our
own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Settimana in Consiglio

Source: Consiglio

Pubblicato il 1 febbraio 2031

{body}
"""

# (body, expected starts, why)
CASES = [
    ("Mercoledì 5 febbraio\nore 10,30 | II Commissione | sala Rossa: audizione sulla proposta di legge regionale "
     "n. 44 del 3 dicembre 2030, sul trasporto locale.",
     ["2031-02-05 10:30"], "a bill's number and filing day in an Italian row"),
    ("Wednesday 5 February\n09:00 | Budget Committee: hearing on Resolution No. 8 of 2 May 2030 on fares.",
     ["2031-02-05 09:00"], "a resolution's number and day in an English row"),
    ("Giovedì 6 febbraio, ore 11 - seduta del Consiglio sulla deliberazione consiliare del 14 gennaio 2031.",
     ["2031-02-06 11:00"], "a council's deliberation named by its day"),
    ("Mercoledì 5 febbraio\nore 15 | IV Commissione: sopralluogo del 7 febbraio al cantiere della metro.",
     ["2031-02-07 15:00"], "a row's own later day stays its day"),
]


@pytest.mark.parametrize(("body", "expected", "why"), CASES)
def test_paper_day_in_a_time_row(body: str, expected: list[str], why: str) -> None:
    events = extract(ITEM.format(body=body), source="consiglio", reference=dt.date(2031, 2, 1),
                     default_zone="UTC").events
    assert sorted(e.start.strftime("%Y-%m-%d %H:%M") for e in events) == expected, why
