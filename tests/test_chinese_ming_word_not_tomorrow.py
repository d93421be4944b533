"""A Chinese "明天" (tomorrow) is a day to come by itself ("展览明天在北京开幕"), but not where its "明" ends a word
with the character before it ("说明", explain; "声明", statement): "报告说明天然气供应充足" explains the gas supply and
names no day, and is read as before, a day only when the sentence tells what is to come. The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 4, 20)


def _days(line: str) -> list[str]:
    text = f"能源简报\n\nSource: 能源局\n\n发布日期：2026年4月20日\n\n{line}\n"
    return [f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "报告说明天然气供应充足，价格平稳。",
    "该研究说明天文台的观测数据准确可靠。",
])
def test_a_word_in_ming_names_no_day(line: str) -> None:
    assert _days(line) == []


def test_tomorrow_is_to_come() -> None:
    assert _days("展览明天在北京开幕。") == ["2026-04-21"]
