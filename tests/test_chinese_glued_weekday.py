"""A Chinese day with its weekday glued on, unbracketed ("2025年3月12日星期三"), and an hour "sharp" ("上午11時正"):
the weekday and the "正" belong to the date and the clock, not to the event's name (a Hong Kong agenda's sitting
was named "星期三正", Wednesday-sharp); and the weekday checks the day as a bracketed one does (issue #10, "real
pages"; seen in a saved Chinese agenda). The texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _read(body: str) -> tuple[list[str], list[str]]:
    found = extract(f"議程\n\n來源：秘書處\n\n{body}\n", source="test", reference=_REFERENCE)
    return [e.summary for e in found.events], found.problems


def test_glued_weekday_and_sharp_hour_leave_no_words() -> None:
    summaries, _ = _read("2025年3月12日星期三上午10時正\n\n一、 會議紀錄")
    assert summaries == ["一、 會議紀錄"]


def test_sharp_hour_is_read() -> None:
    found = extract("議程\n\n來源：秘書處\n\n委員會會議於2025年3月12日上午10時正舉行。\n", source="test",
                    reference=_REFERENCE).events
    assert [f"{e.start:%H:%M}" for e in found if isinstance(e.start, dt.datetime)] == ["10:00"]


def test_glued_weekday_checks_the_day() -> None:
    _, problems = _read("委員會於2025年3月12日星期四上午10時舉行會議。")
    assert any("Thursday" in problem for problem in problems)  # 12 March 2025 is a Wednesday
