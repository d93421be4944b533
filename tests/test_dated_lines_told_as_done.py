"""A line under a heading that is one whole sentence opening with its day, told in the past, the day before the
item's publication date ("On 4 October, the Prime Minister opened the new station.", "Le 4 octobre, le Premier
ministre a salué ...") reports what was done, as prose would: no event. A line of what is to come stays. (Seen in a
prime minister's office's weekly summary.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(line: str) -> list[str]:
    text = (f"Week in review\n\nSource: Example Office\n\nPARIS, 7 October 2031 – The office looked back at the "
            f"week.\n\nSecurity\n{line}\n")
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Paris").events
    return sorted(str(e.start)[:10] for e in events)


@pytest.mark.parametrize("line", [
    "On 4 October, the Prime Minister opened the new police station in the capital.",
    "Le 4 octobre, le Premier ministre a salué la mémoire des policiers morts en service.",
    "Il 4 ottobre il Primo ministro ha inaugurato la nuova stazione di polizia.",
])
def test_a_line_told_as_done_before_the_stamp_is_no_event(line: str) -> None:
    assert _days(line) == []


@pytest.mark.parametrize("line", [
    "On 9 October, the Prime Minister opens the new police station in the capital.",
    "Le 9 octobre, le Premier ministre inaugurera le commissariat.",
    "4 October – Opening of the new police station",
])
def test_a_line_of_what_is_to_come_or_a_row_stays(line: str) -> None:
    assert len(_days(line)) == 1
