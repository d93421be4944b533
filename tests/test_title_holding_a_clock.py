"""A row's title that holds a clock of its own ("Closing press conference (+/- 12:30)", "Exhibition walk-through
(approx. 12:30-13:00)") keeps its words: the clock's colon is no label's, and the title is not given up for the
item's title. Texts in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


@pytest.mark.parametrize("row", ["12:30 Closing press conference (+/- 12:30)",
                                 "around 12:30 Closing press conference (+/- 12:30)",
                                 "12:30 Exhibition walk-through (approx. 12:30-13:00)"])
def test_the_rows_words_stay_its_title(row: str) -> None:
    text = (f"Informal meeting of fisheries ministers, Gdynia, 3-4 March 2031\n\nSource: Council Presidency\n\n"
            f"Tuesday 4 March\n{row}\n13:30 Working lunch\n")
    events = extract(text, source="programme", reference=dt.date(2031, 2, 1)).events
    [title] = [e.summary for e in events if not e.all_day and e.start.hour == 12]
    assert "Closing press conference" in title or "Exhibition walk-through" in title
