"""Two days in a row joined by Russian "и", Ukrainian "та" or Polish "i" with one time ("2 и 3 апреля в 10:00", "2 i 3
kwietnia o godz. 10.00") are a sitting at that time on each, as "on 2 and 3 April at 10:00" is: not the first day's
time and a day-long span of both (issue #10, "Time"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


@pytest.mark.parametrize(("title", "said"), [
    ("Учения", "Учения пройдут 2 и 3 апреля в 10:00."),
    ("Навчання", "Навчання пройдуть 2 та 3 квітня о 10:00."),
    ("Ćwiczenia", "Ćwiczenia odbędą się 2 i 3 kwietnia o godz. 10.00."),
])
def test_each_day_of_the_pair_at_the_time(title: str, said: str) -> None:
    text = f"{title}\n\nSource: Ministerstwo\n\n10 marca 2025\n\n{said}\n"
    starts = sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start}..{e.end}"
                    for e in extract(text, source="test", reference=_REFERENCE).events)
    assert starts == ["2025-04-02 10:00", "2025-04-03 10:00"]
