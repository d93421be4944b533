"""A page's list of the year's public holidays under its news ("Public holidays, 2026" over "Labour Day | 5/1/2026"):
the days an office is shut, no events, and no dates of the item; a release of two years before keeps its own days
(before, the list's newer year made the release's days history, and the item published nothing). Issue #10,
"Layout"; seen in world-ninetyfirst (a regional body's release on a consulate's page); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import days_of

_REFERENCE = dt.date(2027, 3, 1)


def _days(text: str) -> list[str]:
    return days_of(text, _REFERENCE)


_RELEASE = ("Ministers of the river commission meet in Vientiane\n\nSource: Embassy\n\n12 May 2024, Press Release\n"
            "The ministers of the river commission meet in Vientiane on 14 May 2024 to prepare the summit of "
            "20 June 2024.\n\n")


def test_holiday_list_under_an_older_release() -> None:
    text = _RELEASE + ("Public holidays, 2026\nNew Year's Day | 1/1/2026\nLabour Day | 5/1/2026\n"
                       "Harvest Festival | 9/14/2026 to 9/16/2026\n")
    assert _days(text) == ["2024-05-14", "2024-06-20"]


def test_holiday_list_with_days_first() -> None:
    text = _RELEASE + "Bank holidays 2026\n1 January 2026 | New Year\n25 December 2026 | Christmas Day\n"
    assert _days(text) == ["2024-05-14", "2024-06-20"]


def test_list_ends_at_a_line_that_is_no_holiday() -> None:
    text = ("Office notices\n\nSource: Embassy\n\nPublic holidays\nNew Year's Day | 1/1/2027\n\n"
            "The consul meets the business community on 10 March 2027 at the residence.\n")
    assert _days(text) == ["2027-03-10"]


def test_a_seasons_events_under_a_bare_holidays_heading_stay() -> None:
    text = ("Festive season\n\nSource: City council\n\nNews, 18 November 2026\n\nThe council invites everyone to its "
            "free winter events.\n\nHolidays 2026\nNew Year's Eve concert at the harbour, 31 December 2026\n")
    assert _days(text) == ["2026-12-31"]
