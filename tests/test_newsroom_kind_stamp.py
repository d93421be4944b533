"""A newsroom's line that names the kind of document, a separator, then the day and minute it went out
("Pressmeddelande • Feb 24, 2017 07:05 CET", "Press release | 3 May 2027, 10:12"): a stamp, no event (issue #10,
"Not events"); a line that names a gathering with its time stays. Seen in world-ninetyfirst (a UN office's Swedish
release); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import timed_starts_of

_REFERENCE = dt.date(2027, 5, 3)


def _starts(text: str) -> list[str]:
    return timed_starts_of(text, _REFERENCE)


@pytest.mark.parametrize("stamp", [
    "Pressmeddelande   •   May 3, 2027 07:05 CET",
    "Press release | 3 May 2027, 10:12",
    "Pressemitteilung – 3. Mai 2027, 09:40",
    "Communiqué de presse • 3 mai 2027 11:20",
])
def test_kind_and_minute_of_release(stamp: str) -> None:
    text = (f"Report launch in Oslo\n\nSource: Office\n\n{stamp}\n\nThe new report is launched in Oslo on Tuesday "
            f"18 May 2027 at 14:00.\n")
    assert _starts(text) == ["2027-05-18 14:00"]


def test_briefing_line_with_its_time_stays() -> None:
    text = ("Report launch in Oslo\n\nSource: Office\n\nPress briefing | 18 May 2027, 14:00\n\nThe new report is "
            "presented to the press in Oslo.\n")
    assert _starts(text) == ["2027-05-18 14:00"]
