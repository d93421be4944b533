"""A paragraph of two or three lines that a mail client or a PDF broke short ("... will host a dinner on
Thursday" / "9 May 2024 at 20:00 at ...") is one paragraph: the date broken at the line's end is read whole, and the
title is the sentence's. A short list whose long lines each stand alone stays a list. Texts in our own words."""

from __future__ import annotations

import datetime as dt

from parsers import extract

REFERENCE = dt.date(2026, 11, 27)


def _events(body: str) -> list[tuple[str, str]]:
    text = f"Notice\n\nSource: A consulate in Toronto\n\n{body}\n"
    return sorted((f"{e.start:%Y-%m-%d %H:%M}" if not e.all_day else f"{e.start:%Y-%m-%d}", e.summary)
                  for e in extract(text, source="wrapped", reference=REFERENCE).events)


def test_a_weekday_and_its_date_broken_over_two_lines_are_one_date() -> None:
    found = _events("On the eve of the national holiday the Consul General will host a dinner on Thursday\n"
                    "9 May 2024 at 20:00 at the consulate's residence in Toronto.")
    assert [when for when, _ in found] == ["2024-05-09 20:00"]
    assert "dinner" in found[0][1]


def test_a_day_and_its_month_broken_over_two_lines_are_one_date() -> None:
    found = _events("On the eve of the national holiday the Consul General will host a dinner on Thursday 9\n"
                    "May 2024 at 20:00 at the consulate's residence in Toronto.")
    assert [when for when, _ in found] == ["2024-05-09 20:00"]
    assert "dinner" in found[0][1]


def test_three_lines_of_one_sentence_give_one_titled_event() -> None:
    found = _events("The trade commissioner will meet exporters from the province and\n"
                    "will then give a press briefing on Wednesday 15 May 2024 at 11:30 in the\n"
                    "consulate's conference room.")
    assert [when for when, _ in found] == ["2024-05-15 11:30"]
    assert "press briefing" in found[0][1].lower()
    assert "exporters" in found[0][1]


def test_a_short_list_of_long_lines_stays_a_list() -> None:
    found = _events("Thursday 9 May 2024 at 10:00 - opening of the trade exhibition in the Metro Hall\n"
                    "Friday 10 May 2024 at 15:00 - closing reception for exhibitors and their guests")
    assert [when for when, _ in found] == ["2024-05-09 10:00", "2024-05-10 15:00"]


def test_a_weekday_with_its_comma_broken_from_its_date() -> None:
    found = _events("On the eve of the national holiday the Consul General will host a dinner on Thursday,\n"
                    "9 May 2024 at 20:00 at the consulate's residence in Toronto.")
    assert [when for when, _ in found] == ["2024-05-09 20:00"]


def test_a_diary_heading_over_a_row_opening_with_its_clock_stays_a_heading() -> None:
    found = _events("Published 2 May 2024\n\nPublic engagements of the Consul General of the Republic, Tuesday 7 May\n"
                    "10:15 Meeting with the Mayor of Toronto at City Hall")
    assert [when for when, _ in found] == ["2024-05-07 10:15"]


def test_two_list_lines_each_with_its_day_stay_two() -> None:
    found = _events("Published 2 May 2024\n\nRegistration for the trade mission to the province closes on 17 May\n"
                    "28 May: briefing for exporters at the consulate in Toronto")
    assert [when for when, _ in found] == ["2024-05-28"]


def test_a_row_ending_in_a_number_over_a_row_opening_with_its_month_stays_two() -> None:
    found = _events("Oct. 8, 2031, 10:30 a.m., Hall of the Legislature, Committee Room 12\n"
                    "Dec. 10, 2031, 10:30 a.m., Hall of the Legislature, Committee Room 12")
    assert [when for when, _ in found] == ["2031-10-08 10:30", "2031-12-10 10:30"]
