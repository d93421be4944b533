"""A line of only a place and a run of days ("Fresno, CA, 6-7 March 2026") under a few short undated lines, a
table's column heads pasted one a line or a caption, dates the item as the same line opening the body does (issue
#10, "Any layout"). Seen in world-hundredtwentythird (a consulate's outreach page gave its mission's town and days in
a table cell under two column heads, and nothing was read); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _spans(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}..{e.end:%Y-%m-%d}" for e in
                  extract(text, source="test", reference=_REFERENCE).events)


def test_table_cell_under_column_heads() -> None:
    text = ("Mobile consular services\n\nSource: Consulate General\n\n"
            "ANNOUNCEMENT / ADVISORY\nAPPOINTMENT SCHEDULE / LIST OF APPLICANTS\n"
            "Fresno, CA, 6-7 March 2026\n\n"
            "Notices of each mission are posted here about four weeks ahead.\n")
    assert _spans(text) == ["2026-03-06..2026-03-08"]


def test_place_and_days_under_a_caption() -> None:
    text = ("Regional training workshop\n\nSource: Regional Office\n\nNext session\n"
            "Nairobi, Kenya, 14-16 April 2026\n\n"
            "Trainers from six countries will take part.\n")
    assert _spans(text) == ["2026-04-14..2026-04-17"]


def test_a_sentence_above_is_no_caption() -> None:
    # A long line of prose above the place and days: the line is not the card of the item.
    text = ("Regional training workshop\n\nSource: Regional Office\n\n"
            "The office thanks every trainer who took part in last year's sessions across the region, and the "
            "partners who hosted them in their own buildings.\n"
            "Nairobi, Kenya, 14-16 April 2025\n")
    assert _spans(text) == []
