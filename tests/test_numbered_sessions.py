"""An undated item that names a numbered session of a yearly gathering as its own ("the 78th session of the UN
General Assembly", "WHA76", "the 42nd ASEAN Summit", "COP28" in a text of the climate) is of that session's time, as
a careful reader knows: its year-less days are put there, and the note says why. Not when the session is named in a
sentence of history ("adopted at WHA76"), nor when the text names two of one series. Seen in the held-out sets'
pooled counts of years guessed too late; the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, numberedsessions

_REFERENCE = dt.date(2026, 12, 7)


def _first(line: str) -> tuple[str, str]:
    text = f"Media advisory\n\nSource: Permanent mission\n\n{line}\n"
    event = extract(text, source="test", reference=_REFERENCE).events[0]
    return f"{event.start:%Y-%m-%d}", event.notes[0]


@pytest.mark.parametrize(("line", "day"), [
    ("On the margins of the 78th session of the UN General Assembly, the Minister meets the press on Thursday"
     " 21 September at 10:00 in New York.", "2023-09-21"),
    ("The Director-General opens WHA76 on 21 May in Geneva.", "2023-05-21"),
    ("The 42nd ASEAN Summit opens on 10 May in Labuan Bajo.", "2023-05-10"),
    ("The envoy addresses the 52nd session of the Human Rights Council on 28 February.", "2023-02-28"),
])
def test_the_session_dates_the_item(line: str, day: str) -> None:
    start, note = _first(line)
    assert start == day
    assert "the item names" in note


def test_a_session_told_as_history_dates_nothing() -> None:
    assert numberedsessions.window("At WHA76 the ministers adopted the resolution.", _REFERENCE) is None


def test_two_sessions_of_one_series_date_nothing() -> None:
    assert numberedsessions.window("WHA76 and WHA77 meet in Geneva.", _REFERENCE) is None


def test_a_cop_outside_a_text_of_the_climate_dates_nothing() -> None:
    assert numberedsessions.window("The COP15 of the biodiversity treaty meets in Montreal.", _REFERENCE) is None
    assert numberedsessions.window("The COP28 on climate meets in Dubai.", _REFERENCE) is not None


def test_a_session_of_the_reference_years_bounds_nothing() -> None:
    assert numberedsessions.window("WHA79 meets in Geneva.", dt.date(2026, 3, 1)) is None
