"""A Korean day dates the saying that closes its sentence only when no quote of its own stands between them:
"예시전자는 신제품을 공개한다고 예고했고 17일 발표회를 연다고 밝혔다" quotes the presentation held on the 17th
("발표회를 연다고"), which is an event; "... 연다고 서울시가 14일 발표했다" still dates the announcement. Review of
s49-w137 (saidtoday.said_on_in_korean); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _days(title: str, stamp: str, body: str) -> list[str]:
    text = f"{title}\n\nSource: 예시\n\n입력 {stamp}\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_a_day_inside_the_quote_is_the_event() -> None:
    body = "예시전자는 신제품을 공개한다고 예고했고 17일 발표회를 연다고 밝혔다."
    assert _days("신제품 발표", "2025.03.12", body) == ["2025-03-17"]


def test_the_day_of_the_saying_still_goes() -> None:
    body = "지하철 6호선이 15일 문을 연다고 서울시가 14일 발표했다."
    assert _days("지하철 개통", "2025.03.14", body) == ["2025-03-15"]
