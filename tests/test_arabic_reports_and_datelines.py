"""An Arabic dateline ("الرياض، 10 يناير 2024": a town, the Arabic comma, the date) dates the item, and a day told
after a perfect of the news ("عقد الوزير يوم الخميس 4 يناير 2024 اجتماعاً", the minister held a meeting on Thursday;
"واختتم المؤتمر أعماله يوم 8 يناير") is history before it; the day announced in the imperfect ("ويعقد الوزير ...")
stays. Arabic news items, mostly reports of what was done, had published every past day as an event (review of
session 43). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2024, 1, 2)
_BODY = ("عقد وزير الخارجية يوم الخميس 4 يناير 2024 اجتماعاً مع سفراء الدول الأوروبية في مقر الوزارة.\n\n"
         "واختتم المؤتمر أعماله يوم 8 يناير 2024 بإصدار بيان ختامي.\n\n"
         "ويعقد الوزير مؤتمراً صحفياً يوم الأحد 14 يناير 2024 الساعة 11:00 صباحاً في مقر الوزارة.")


def _starts(dateline: str) -> list[str]:
    text = f"الوزير يعقد اجتماعاً\n\nSource: وزارة الخارجية، الرياض\n\n{dateline}\n\n{_BODY}\n"
    return [f"{e.start:%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%m-%d}"
            for e in extract(text, source="test", reference=_REFERENCE).events]


@pytest.mark.parametrize("dateline", ["الرياض، 10 يناير 2024", "الرياض - 10 يناير 2024"])
def test_past_reports_under_an_arabic_dateline_are_history(dateline: str) -> None:
    assert _starts(dateline) == ["01-14 11:00"]
