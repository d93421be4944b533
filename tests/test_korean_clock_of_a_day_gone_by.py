"""A Korean day of the month alone read as gone by ("17일 ... 개최했다", a sentence of the past) takes its clock
with it: "예시전자는 17일 오전 10시 서울 본사에서 기업설명회를 개최했다" is no event, and its 10 o'clock is not
put on the day of the item's stamp. Review of s49-w134 (lang_korean._in_a_sentence_of_the_past); the texts are
ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(body: str) -> list[str]:
    text = f"기업설명회 안내\n\nSource: 예시전자\n\n입력 2025.03.12\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_the_clock_of_a_day_gone_by_is_no_event() -> None:
    assert _events("예시전자는 17일 오전 10시 서울 본사에서 기업설명회를 개최했다.") == []


def test_the_clock_of_a_day_to_come_stays() -> None:
    assert _events("예시전자는 오는 17일 오전 10시 서울 본사에서 기업설명회를 연다.") == ["2025-03-17 10:00"]
