"""Thai dates (issue #10, "read any organisation's releases": languages): a span "ตั้งแต่วันที่ 20-23 กันยายน" (from the
20th to the 23rd of September), a day "วันที่ 5 มีนาคม 2567" in the Buddhist era (2024), an hour "เวลา 10.00 น."; a day
after "เมื่อ" (when, of a day gone by) is history. Seen in world-ninetyninth (a Thai edition's report of a ministerial
meeting in Da Nang); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2024, 1, 10)


def _events(text: str) -> list[str]:
    out = []
    for e in extract(text, source="test", reference=_REFERENCE).events:
        if isinstance(e.start, dt.datetime):
            out.append(f"{e.start:%Y-%m-%d %H:%M%z}")
        else:
            out.append(f"{e.start:%Y-%m-%d}..{e.end - dt.timedelta(days=1) if e.end else e.start:%Y-%m-%d}")
    return sorted(out)


def test_span_of_days_under_a_stamp() -> None:
    text = ("การประชุมรัฐมนตรีที่เชียงใหม่\n\nSource: กระทรวง\n\n20/02/2024\n\n"
            "กระทรวงจะจัดการประชุมรัฐมนตรีอาเซียนที่เชียงใหม่ ตั้งแต่วันที่ 20-23 มีนาคม\n")
    assert _events(text) == ["2024-03-20..2024-03-23"]


def test_buddhist_year_and_hour() -> None:
    text = ("พิธีเปิดศูนย์\n\nSource: กระทรวง\n\n"
            "รัฐมนตรีจะเป็นประธานพิธีเปิดศูนย์ในวันที่ 5 มีนาคม 2567 เวลา 10.00 น. ที่กรุงเทพฯ\n")
    assert _events(text) == ["2024-03-05 10:00+0700"]  # Bangkok's clock


def test_a_day_after_when_is_history() -> None:
    text = ("การประชุมรัฐมนตรีที่เชียงใหม่\n\nSource: กระทรวง\n\n20/02/2024\n\n"
            "เมื่อบ่ายวันที่ 8 มีนาคม กระทรวงได้แถลงข่าวเรื่องการประชุม\n\n"
            "การประชุมรัฐมนตรีจะจัดขึ้นที่เชียงใหม่ ตั้งแต่วันที่ 20-23 มีนาคม\n")
    assert _events(text) == ["2024-03-20..2024-03-23"]
