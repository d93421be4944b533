"""The year of "the 2018 population estimates" as the year of a count, given out the year after (issue #10, "Years":
a statistics office's embargo notice gives only weekdays and days, and the year its figures count). Seen in
world-hundredfortyfirst (a census bureau's "From Tuesday, June 18, at 10 a.m. EDT" beside "2018 population
estimates", no stamp, was put in 2024, the latest year that weekday fits, not 2019); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_estimates_of_a_year_are_given_out_the_year_after() -> None:
    text = ("Embargo: 2015 population estimates by county\n\nSource: State Demographic Office\n\n"
            "Reporters may see the estimates for every county under embargo.\n\n"
            "When: Wednesday, March 23, at 9 a.m. EDT.\n")
    # 23 March is a Wednesday in 2016 and 2022: the count of 2015 is given out in 2016
    assert _starts(text) == ["2016-03-23 09:00"]


def test_without_the_count_the_latest_year_stands() -> None:
    text = ("Embargo on county figures\n\nSource: State Demographic Office\n\n"
            "Reporters may see the new county tables under embargo.\n\n"
            "When: Wednesday, March 23, at 9 a.m. EDT.\n")
    assert _starts(text) == ["2022-03-23 09:00"]
