"""A report or study named by the day it bears, its date set before the noun ("A 26 March report from the safety
commission, leaked to a newspaper, says ..."): the date says when it was written, not that anything happens then. A
report launched at a press conference on a day still gives that press conference."""

from __future__ import annotations

import datetime as dt

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
