"""A financial calendar's row that names the year it reports on, the year before its day's ("14" / "March 2024" /
"Preliminary results, financial year 2023"; "25 April 2024 / Results 2023, with the Annual Report"): the row's words,
not a heading that gives the list below it the year 2023, and the report's year no house number that makes the line an
address (issue #10, "the right year"). Seen in world-hundredthirtyfourth (an insurer's financial calendar whose first
two rows were dropped); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2023, 11, 1)


def _days(text: str) -> list[tuple[dt.date, str]]:
    return sorted((e.start if isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)
                   else e.start.date(), e.summary)
                  for e in extract(text, source="test", reference=_REFERENCE).events)


_CELLS = ("Financial calendar 2024\n\nSource: Acme Insurance AG\n\nPublished 10 November 2023\n\nDate\nEvent\n"
          "14\nMarch 2024\nPreliminary results, financial year 2023\n25\nApril 2024\n"
          "Results 2023, with the Annual Report\n15\nMay 2024\nAnnual General Meeting\n")


def test_rows_naming_the_year_reported_on() -> None:
    days = [day for day, _ in _days(_CELLS)]
    assert days == [dt.date(2024, 3, 14), dt.date(2024, 4, 25), dt.date(2024, 5, 15)]


def test_date_line_then_its_row() -> None:
    text = ("Financial calendar 2024\n\nSource: Acme Insurance AG\n\nPublished 10 November 2023\n\n"
            "14 March 2024\nPreliminary results, financial year 2023\n\n25 April 2024\n"
            "Results 2023, with the Annual Report\n")
    assert [day for day, _ in _days(text)] == [dt.date(2024, 3, 14), dt.date(2024, 4, 25)]


def test_a_bare_year_still_heads_the_list_below() -> None:
    """A line of only a year under a row is a heading still (a calendar of several years), not the row's words."""
    text = ("Meeting dates\n\nSource: Acme Library Board\n\nPublished 10 November 2023\n\n2024\n\n"
            "Board meeting: 14 March\nBoard meeting: 13 June\n")
    assert [day for day, _ in _days(text)] == [dt.date(2024, 3, 14), dt.date(2024, 6, 13)]
