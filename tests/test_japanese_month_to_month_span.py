"""A Japanese span from one month's day to another month's, "から ... まで".

- "6月29日から7月2日まで": Japanese writes a span that crosses a month's end as the first day, "から" (from), the
  last day with its month, and "まで" (until). It was read as two single days, each an event of its own, because the
  span across months knew only the Chinese links ("至", "～"); a span within one month ("3月16日から18日まで") was
  read already. Each day's bracketed weekday tells the year of a span that gives none (as the day alone,
  "6月29日(火)", is read).
- "6月29日から7月2日以降" (from ... onward, after) counts from a day: no span.

Seen in world-hundredfortyseventh (item 7, a minister's trip "4月29日から5月4日まで"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 6, 1)


def _events(line: str) -> list[tuple[str, str]]:
    text = f"お知らせ\n\nSource: 県庁\n\n{line}\n"
    return [(f"{e.start:%Y-%m-%d}", f"{e.end:%Y-%m-%d}")
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("line", [
    "知事は6月29日から7月2日まで欧州を訪問する予定です。",
    "調査団は2026年6月29日から7月2日まで現地に滞在します。",
    "交流事業を6月29日(月)から7月2日(木)まで開催します。",
])
def test_a_span_across_a_month_end_is_one_event(line: str) -> None:
    assert _events(line) == [("2026-06-29", "2026-07-03")]


def test_from_a_day_onward_is_no_span() -> None:
    assert ("2026-06-29", "2026-07-03") not in _events("受付は6月29日から7月2日以降も続けます。")


def test_the_weekdays_tell_the_year_of_the_span() -> None:
    # 29 June is a Tuesday in 2021 and 2027, not in 2026: the span falls where the day alone, "6月29日(火)", does
    assert _events("交流事業を6月29日(火)から7月2日(金)まで開催します。") == [("2021-06-29", "2021-07-03")]
