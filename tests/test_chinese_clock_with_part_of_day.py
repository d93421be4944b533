"""A Chinese clock after its part of the day ("上午9:30", "下午2:30") or glued to its day ("5月21日9:30"): a time
wherever it stands, as "上午9时" is (issue #10, "read any organisation's releases": languages). A Chinese notice's
"上午9:30" had been read as a day only; the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import listed

_REFERENCE = dt.date(2024, 1, 10)


def _starts(text: str) -> list[str]:
    return listed(text, _REFERENCE)


def test_a_morning_clock() -> None:
    text = "通知\n\nSource: 某协会\n\n定于2024年5月21日上午9:30在上海召开年会，请准时出席。\n"
    assert _starts(text) == ["2024-05-21 09:30"]


def test_an_afternoon_clock() -> None:
    text = "通知\n\nSource: 某协会\n\n定于2024年5月21日下午2:30在上海召开年会，请准时出席。\n"
    assert _starts(text) == ["2024-05-21 14:30"]


def test_a_clock_glued_to_its_day() -> None:
    text = "通知\n\nSource: 某协会\n\n定于2024年5月21日9:30在上海召开年会，请准时出席。\n"
    assert _starts(text) == ["2024-05-21 09:30"]
