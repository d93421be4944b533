"""An undated item's weekday that fits a day of the coming weeks dates it then, even when it names an office-holder
out of office by the reference date: American usage keeps the title ("President Obama will deliver the keynote at
the gala on Thursday, May 14", written in 2026, when May 14 is a Thursday). The terms of those it names choose
only among years the weekday leaves open otherwise. The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _starts(body: str) -> list[str]:
    text = f"Foundation gala\n\nSource: Foundation\n\n{body}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_weekday_of_the_coming_weeks_wins() -> None:
    body = "President Obama will deliver the keynote at the Foundation's annual gala on Thursday, May 14, at 7 pm."
    assert _starts(body) == ["2026-05-14"]


def test_a_weekday_not_of_the_coming_weeks_takes_the_term() -> None:
    # (Friday, May 14 is not of 2026: a year of the term is taken, as before.)
    body = "President Obama will deliver the keynote at the Foundation's annual gala on Friday, May 14, at 7 pm."
    assert _starts(body) == ["2010-05-14"]
