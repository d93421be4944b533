"""A schedule's row of a sitting that names a deadline after it ("本会議 開議10時 代表質問 質問通告期限": a plenary
at ten, questions' notice due) is still the sitting: only a row whose words are the deadline alone, its hour after it,
is no event (issue #10, "Not an event", and the sitting kept). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers.deadlines import window_row
from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


@pytest.mark.parametrize("row", ["12日(木) 本会議 開議10時 代表質問 質問通告期限",
                                 "6月12日(木) 本会議 開議10時 代表質問 質問通告期限"])
def test_a_sitting_row_ending_with_a_deadline_stays(row: str) -> None:
    text = f"6月定例会の日程\n\nSource: 県議会事務局\n\n6月10日(火) 本会議 開会10時\n{row}\n"
    assert _starts(text) == ["2025-06-10 10:00", "2025-06-12 10:00"]


def test_the_deadline_alone_is_a_window_row() -> None:
    assert window_row(" 質問通告期限 13時")
    assert window_row("請願の提出締切")
    assert not window_row("本会議 開議10時 代表質問 質問通告期限")
