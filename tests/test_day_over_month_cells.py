"""A financial calendar pasted one cell a line whose date cell is itself split in two: the day's number on a line of
its own over "March 2024" (issue #10, "Layout": a company's investor calendar copied from its web page). The two lines
are read as one date. Seen in world-hundredthirtyfourth (an insurer's financial calendar: of ten rows, none was read);
the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract
from parsers.monthcells import written_out

_REFERENCE = dt.date(2026, 1, 10)


def _days(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d} {e.summary}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_day_number_over_its_month_and_year() -> None:
    text = ("Shareholder diary 2026\n\nSource: Example Holdings\n\nPublished 5 January 2026\n\nDate\nEvent\n"
            "4\nFebruary 2026\nAnnual General Meeting\n"
            "19\nAug 2026\nInterim results presentation\n")
    days = _days(text)
    assert any(d.startswith("2026-02-04") and "Annual General Meeting" in d for d in days)
    assert any(d.startswith("2026-08-19") and "Interim results" in d for d in days)


def test_the_cells_are_joined_and_the_rest_kept() -> None:
    assert written_out("", "Date\n7\nMarch 2026 (provisional)\nResults\n8\nMay 2026\nAGM") \
        == "Date\n7 March 2026 (provisional)\nResults\n8 May 2026\nAGM"
    assert written_out("", " 30 \n  Sep. 2027\nx\n1\nOct 2027\ny") == "30 Sep. 2027\nx\n1 Oct 2027\ny"


def test_a_number_over_other_words_stays() -> None:
    assert written_out("", "Room\n12\nMarchers' hall\n") == "Room\n12\nMarchers' hall\n"  # no year: no date
    assert written_out("", "Seats\n45\nMay 2026") == "Seats\n45\nMay 2026"  # 45 is no day of a month
    assert written_out("", "Lot 3 of 12\nJune 2026 sale") == "Lot 3 of 12\nJune 2026 sale"  # not alone on its line
