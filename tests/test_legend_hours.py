"""A legend giving a mark's hours lends them to the rows it marks (world-nineteenth 5): a statistics office's
release calendar marks rows "(lockup)" under day headings and notes that "a media lockup runs from 7:30 a.m. to 8:30
a.m."; each marked row is a lockup at 7:30 on its day, the unmarked rows are releases only, and the note itself is no
event (it was one, on the day the list was made). Items in our own words."""

from __future__ import annotations

import pytest

from .conftest import listed

ITEM = """Coming releases: March 9 to 13, 2026

Source: A statistics office

Releases come out at 8:30 a.m. Eastern on working days.

March 10
(lockup) Retail sales, January 2026 (Ana Ruiz)
Building permits, January 2026 (Ben Okafor)

March 12
(lockup) Labour survey, February 2026 (Chen Li)

Prepared on March 5, 2026.

{legend}
"""


@pytest.mark.parametrize(("legend", "expected", "why"), [
    ("Note: unless another time is shown, a media lockup runs from 7:30 a.m. to 8:30 a.m.",
     ["2026-03-10 07:30", "2026-03-12 07:30"], "each marked row at the legend's hours, the note no event"),
    ("Media lockups are held from 7:30 a.m. to 8:30 a.m. unless otherwise indicated.",
     ["2026-03-10 07:30", "2026-03-12 07:30"], "the legend worded another way"),
])
def test_a_legend_lends_its_hours_to_marked_rows(legend: str, expected: list[str], why: str) -> None:
    found = [day for day in listed(ITEM.format(legend=legend)) if day.endswith("07:30")]
    assert found == expected, why


def test_rows_without_the_mark_get_no_lockup() -> None:
    text = ITEM.format(legend="Note: a media lockup runs from 7:30 a.m. to 8:30 a.m.").replace("(lockup) ", "")
    assert not [day for day in listed(text) if day.endswith("07:30") and not day.startswith("2026-03-05")]
