"""A day counted from the day in context dates its sentence wherever it stands in it, as "later the same day" does:
"...; the programme resumes the next day with the opening of ...", "...; agenda kerja dilanjutkan keesokan
harinya". Seen in world-sixtyfifth (a president's second day in Papua, told only as "the next day" inside a
sentence, was not read). Told in the past it is history ("and flew home the next day"). The clause after the semicolon
names the event, not the undated clause before it. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

ITEM = """Minister tours the north

Source: Test Ministry of the North

Ottawa, 4 March 2031 - The Minister will land in Iqaluit on Tuesday, 11 March 2031, at 14:00 to open the new clinic.
{second}
"""


def _days(second: str) -> list[tuple[str, str]]:
    events = extract(ITEM.format(second=second), source="north", reference=dt.date(2031, 3, 4)).events
    return sorted((str(e.start)[:10], e.summary) for e in events)


@pytest.mark.parametrize("second", [
    "From the airport the Minister drives to the hotel; the tour resumes the next day with a visit to the fish plant.",
    "The tour resumes the next day with a visit to the fish plant.",
    "The Minister then flies on to Pond Inlet, where the tour resumes the next day with a visit to the fish plant.",
    "From the airport the Minister drives to the hotel; the tour resumes the day after with a visit to the fish plant.",
])
def test_the_next_day_inside_a_sentence_dates_it(second: str) -> None:
    found = _days(second)
    assert [day for day, _ in found] == ["2031-03-11", "2031-03-12"]
    assert "fish plant" in found[1][1]
    assert "hotel" not in found[1][1]


def test_a_next_day_told_in_the_past_is_history() -> None:
    second = "In 2029 the Minister opened the school in Pond Inlet and flew back the next day."
    assert [day for day, _ in _days(second)] == ["2031-03-11"]


def test_an_indonesian_next_day_inside_a_sentence() -> None:
    text = ("Kunjungan kerja ke Papua\n\nSource: Biro Uji\n\nJakarta, 1 Maret 2031 - Presiden tiba di Jayapura pada "
            "Selasa, 4 Maret 2031 pukul 19.10 WIT. Dari bandara Presiden langsung ke hotel; agenda kerja dilanjutkan "
            "keesokan harinya dengan peresmian gedung sekolah.\n")
    events = extract(text, source="uji", reference=dt.date(2031, 3, 1)).events
    found = sorted((str(e.start)[:10], e.summary) for e in events)
    assert [day for day, _ in found] == ["2031-03-04", "2031-03-05"]
    assert "hotel" not in found[1][1]
