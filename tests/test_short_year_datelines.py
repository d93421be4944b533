"""A dateline of a town and a numeric date with a two-digit year before its dash, "Bern, 04.03.19 – ..." or
"Lusaka, 04/03/19 - ...", dates the item: its days without a year are of 2019, not of the latest year their weekday
fits. (Found by probes of the held-out kind "year".) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _starts(body: str) -> list[str]:
    text = f"Notice\n\nSource: Example Office\n\n{body}\n"
    return sorted(str(e.start) for e in extract(text, source="t", reference=REFERENCE,
                                                 default_zone="Europe/Brussels").events)


@pytest.mark.parametrize(("body", "start"), [
    ("Bern, 04.03.19 – Die Direktorin gibt am Donnerstag, 7. März, um 10.30 Uhr eine Medienkonferenz.",
     "2019-03-07 10:30:00+01:00"),
    ("Lusaka, 04/03/19 - The board meets on Thursday 7 March at 10:30 at its offices in Lusaka.",
     "2019-03-07 10:30:00+02:00"),
    ("Harare, 04.03.19\n\nThe council sits on Thursday 7 March at 14:00 in Harare.", "2019-03-07 14:00:00+02:00"),
])
def test_a_short_year_dateline_dates_the_item(body: str, start: str) -> None:
    assert _starts(body) == [start]


def test_a_short_dotted_number_inside_a_sentence_stays_no_date() -> None:
    """"version 4.03.19" or a score in running text: not after a dateline's town, so no day."""
    assert _starts("The update, build 4.03.19 – the last one, ships with the council's tools on 7 March 2019 at "
                   "10:00 in Harare.") == ["2019-03-07 10:00:00+02:00"]


def test_a_short_dotted_number_after_a_comma_inside_a_sentence_is_no_date() -> None:
    """(found by review) "its parking app, version, 3.1.24 – it adds": a dateline's story opens with a capital."""
    assert _starts("The city launches its parking app, version, 3.1.24 – it adds a map of the car parks on "
                   "7 March 2031 at 10:00 in Leeds.") == ["2031-03-07 10:00:00+00:00"]
