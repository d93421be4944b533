"""An Arabic news page's stamp, "آخر تحديث" (last updated), "تاريخ النشر" (date of publication) or "نشر بتاريخ"
(published on) before a day and at most a minute and its offset: when the page was published or changed, not an
event. Issue #10, the forms left by earlier sessions (seen on a news channel's Arabic story, a goose3 test page, where
the stamp became an event named "آخر تحديث"). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2031, 4, 8)
_HEADLINE = "البلدية تفتتح حديقة جديدة"
_BODY = "قال رئيس البلدية إن الحديقة ستفتح أبوابها للزوار كل يوم."


@pytest.mark.parametrize("stamp", [
    "آخر تحديث: 8 أبريل 2031",
    "آخر تحديث: الثلاثاء، 8 أبريل 2031، 03:17 (GMT+0400)",
    "آخر تحديث 8 أبريل 2031 03:17 (GMT+0400)",
    "تاريخ النشر: 8 أبريل 2031",
    "نشر بتاريخ: 8 أبريل 2031",
])
@pytest.mark.parametrize("above", [True, False])
def test_an_update_stamp_is_no_event(stamp: str, above: bool) -> None:
    text = f"{stamp}\n\n{_HEADLINE}\n\n{_BODY}\n" if above else f"{_HEADLINE}\n\n{stamp}\n\n{_BODY}\n"
    assert extract(text, source="test", reference=_REFERENCE).events == []


def test_the_days_event_is_still_read() -> None:
    text = f"{_HEADLINE}\n\nآخر تحديث: 8 أبريل 2031\n\nتفتتح البلدية الحديقة يوم 20 أبريل 2031 الساعة 10:00 صباحا.\n"
    events = extract(text, source="test", reference=_REFERENCE).events
    assert [e.start.date() if isinstance(e.start, dt.datetime) else e.start for e in events] == [dt.date(2031, 4, 20)]
