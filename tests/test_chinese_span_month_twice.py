"""A Chinese run of days whose last day repeats its month, or names the next one: "4月8日至4月11日", "3月30日至4月2日",
"2027年5月6日至5月9日" (issue #10, "Dates": Chinese writes a run as two full days as often as "4月8日至11日"). Seen in
world-hundredtwentieth (a forum's annual conference "将于4月8日至4月11日举行" was read as three single days); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 11, 20)


def _spans(text: str) -> list[tuple[str, str]]:
    return sorted((f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}")
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_month_named_twice() -> None:
    text = "论坛年会\n\nSource: 论坛秘书处\n\n2026年12月1日电 论坛年会将于2027年5月6日至5月9日在海口举行。\n"
    assert _spans(text) == [("2027-05-06", "2027-05-10")]


def test_across_a_month_end() -> None:
    text = "博览会开幕\n\nSource: 论坛秘书处\n\n2026年12月1日电 博览会将于2027年3月30日至4月2日在上海举行。\n"
    assert _spans(text) == [("2027-03-30", "2027-04-03")]


def test_across_a_year_end_is_two_days() -> None:
    text = "会议\n\nSource: 论坛秘书处\n\n2026年12月1日电 会议将于2026年12月30日至2027年1月2日举行。\n"
    assert ("2026-12-30", "2027-01-03") not in _spans(text)
