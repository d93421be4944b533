"""A report or study named by the day it bears, its date set before the noun ("A 26 March report from the safety
commission, leaked to a newspaper, says ..."): the date says when it was written, not that anything happens then. A
report launched at a press conference on a day still gives that press conference."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract


def _days(body: str) -> list[str]:
    text = f"Clean-up plan\n\nSource: Science Weekly\n\n{body}\n"
    events = extract(text, source="t", reference=dt.date(2031, 4, 12), default_zone="Europe/London").events
    return sorted(str(e.first_day) for e in events)


def test_a_report_named_by_its_date_is_no_event() -> None:
    assert _days("A 26 March report from the safety commission, leaked to a newspaper, says that the blasts scattered"
                 " fuel around the site.") == []


def test_a_study_named_by_its_date_is_no_event() -> None:
    assert _days("The 2 April study by the university's engineers puts the cost at ten billion.") == []


def test_a_report_launched_at_a_press_conference_gives_the_conference() -> None:
    assert _days("The commission will present its report at a press conference on 28 April 2031 at 10:00.") \
        == ["2031-04-28"]


@pytest.mark.parametrize("sentence", [
    "Members of the Committee will take part in the 26 March 2031 study visit to the port of Rotterdam.",
    "The Bill returns to the House for its 26 March 2031 Report Stage debate.",
])
def test_an_event_named_after_the_word_stays(sentence: str) -> None:
    """(found by review) "the 26 March study visit", "its 26 March Report Stage debate": events, not papers."""
    events = extract(f"Notice\n\nSource: A parliament\n\n{sentence}\n", source="parliament",
                     reference=dt.date(2031, 3, 1)).events
    assert [e.first_day for e in events] == [dt.date(2031, 3, 26)]
