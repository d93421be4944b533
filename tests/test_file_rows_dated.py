"""A list of downloadable files, each with the day it was put up: "Call for candidates - PDF, 836.38 KB, English" /
"31 JANUARY 2033".

A page's documents list names each file by its type and size and stamps it with a date on the line under it (or
above it). Names and date lines taking turns are otherwise a programme's layout (each date under its entry's name,
namedaylines.py); a name that is a file's, given with its size, is no entry: its date is the day the file was
posted. A programme's names and dates stay entries.

Seen in world-hundredfortyseventh (item 10, EIOPA's "Related documents" under its timeline). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2031, 1, 10)


def _days(body: str) -> list[str]:
    text = f"Expert groups: selection\n\nSource: Agency\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


_INTRO = ("Members receive adequate compensation (travel excluded) from the Agency.\n\n")


def test_a_file_list_s_dates_are_no_events() -> None:
    body = (_INTRO + "Documents\n"
            "Call for experts 2031 - PDF, 512.40 KB, English\n31 JANUARY 2031\n"
            "Selection procedure - PDF, 221.02 KB, English\n31 JANUARY 2031\n"
            "Privacy statement - DOCX, 96 KB, English\n31 JANUARY 2031")
    assert _days(body) == []


def test_a_file_size_in_brackets_too() -> None:
    body = (_INTRO + "Documents\n"
            "Call for experts 2031 (PDF, 512.40 KB)\n31 JANUARY 2031\n"
            "Selection procedure (PDF, 221.02 KB)\n31 JANUARY 2031")
    assert _days(body) == []


def test_names_over_their_days_stay_entries() -> None:
    body = (_INTRO + "Programme\n"
            "Opening of the expert panel\n3 FEBRUARY 2031\n"
            "Hearing of the candidates\n17 FEBRUARY 2031")
    assert _days(body) == ["2031-02-03", "2031-02-17"]
