"""A programme's row opened by its day, then its clock in four figures: "Wednesday 6 March, 1500 - Arrival at the
port". Four figures a year opens with ("Wednesday 6 March, 2024 - ...") stay a year unless rows near them keep the
clock. A Commonwealth media advisory showed the form. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def _starts(body: str) -> list[str]:
    text = f"Visit programme\n\nSource: A secretariat of member states\n\n{body}\n"
    events = extract(text, source="rows", reference=REFERENCE).events
    return sorted(f"{e.start:%Y-%m-%d %H:%M %Z}" if not e.all_day else f"{e.start:%Y-%m-%d}" for e in events)


def test_a_day_then_a_comma_then_four_figures_is_the_rows_clock() -> None:
    body = ("The Deputy Secretary-General visits Suva, Fiji, in March 2025.\n\n"
            "Programme (all times local):\n"
            "Wednesday 5 March, 1500 - Courtesy call on the Prime Minister\n"
            "Thursday 6 March, 1030 - Address to the regional youth assembly")
    timed = [s for s in _starts(body) if ":" in s]
    assert timed == ["2025-03-05 15:00 +12", "2025-03-06 10:30 +12"]


def test_a_day_then_a_colon_then_four_figures_opening_with_a_nought() -> None:
    body = ("The Secretary-General visits Nairobi, Kenya, in June 2025.\n\n"
            "Tuesday, June 3: 0915 - Meeting with the Cabinet Secretary for Foreign Affairs")
    assert [s for s in _starts(body) if ":" in s] == ["2025-06-03 09:15 EAT"]


def test_a_year_after_the_day_is_no_clock() -> None:
    body = "Monday 3 November, 2025 - Launch of the annual report in Gaborone, Botswana"
    assert _starts(body) == ["2025-11-03"]


def test_a_count_after_the_day_is_no_clock() -> None:
    body = "Monday 2 June, 1200 pupils plant trees along the river in Kisumu, Kenya, during the 2025 youth week"
    assert _starts(body) == ["2025-06-02"]
