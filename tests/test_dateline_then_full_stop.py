"""A dateline closed by a full stop, the body's first sentence after it ("GENEVA, 10 February 2031. The committee
..."): it dates the release, so a day the body tells in the past before it is history. (Seen in a prime minister's
office's weekly summary and a UN treaty body's notice.) Texts of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

REFERENCE = dt.date(2026, 12, 4)


def _days(body: str) -> list[str]:
    text = f"Week in review\n\nSource: Example Office\n\n{body}\n"
    events = extract(text, source="t", reference=REFERENCE, default_zone="Europe/Brussels").events
    return sorted(str(e.start)[:10] for e in events)


@pytest.mark.parametrize("dateline", ["OTTAWA, 7 October 2031. ", "Ottawa, October 7, 2031. "])
def test_a_full_stop_after_the_dateline_dates_the_release(dateline: str) -> None:
    body = (f"{dateline}The office looked back at the week.\n\n"
            "The Prime Minister chaired a cabinet meeting at the office on 30 September.\n\n"
            "The Prime Minister visits the port of Halifax on 9 October.")
    assert _days(body) == ["2031-10-09"]


def test_a_date_then_a_full_stop_alone_is_no_dateline_without_a_place() -> None:
    body = ("The board met on 30 September 2031. It approved the budget.\n\n"
            "The board meets again on 9 October 2031.")
    assert "2031-10-09" in _days(body)
