"""Vietnamese dates and times (issue #10, "Time"): "8 giờ 00", "Từ 7 giờ 15", "lúc 14 giờ", "2 giờ chiều" are clock
times and "ngày 20 tháng 10 năm 2015" a day, on Hanoi's clock where the text names "Hà Nội"; "trong 2 giờ" and
"kéo dài 3 giờ 20 phút" are lengths, no clock. Seen in world-ninetieth (the National Assembly's notice of an opening
sitting); the texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_REFERENCE = dt.date(2019, 5, 1)


def _starts(body: str) -> list[str]:
    text = f"Thông báo của Ủy ban\n\nSource: Văn phòng Ủy ban\n\n{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M %z}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=_REFERENCE).events)


def test_hour_and_minutes_on_their_lines() -> None:
    body = ("Sáng mai, 21/05/2019, hội nghị của Ủy ban khai mạc tại Hà Nội.\n"
            "Từ 7 giờ 45, các đại biểu đến hội trường và đăng ký.\n"
            "8 giờ 30, Ủy ban họp phiên thứ nhất.")
    assert _starts(body) == ["2019-05-21 07:45 +0700", "2019-05-21 08:30 +0700"]


@pytest.mark.parametrize(("said", "expected"), [
    ("lúc 14 giờ", "14:00"),
    ("lúc 2 giờ chiều", "14:00"),
    ("vào 9 giờ 15 phút", "09:15"),
    ("lúc 9g30", "09:30"),
])
def test_forms_of_the_clock(said: str, expected: str) -> None:
    body = f"Ngày 22 tháng 5 năm 2019, Ủy ban sẽ họp báo {said} tại Hà Nội."
    assert _starts(body) == [f"2019-05-22 {expected} +0700"]


def test_lengths_are_no_clock() -> None:
    body = ("Ngày 22 tháng 5 năm 2019, Ủy ban làm việc tại Hà Nội; phiên họp kéo dài 3 giờ 20 phút, "
            "các đại biểu thảo luận trong 2 giờ.")
    assert _starts(body) == ["2019-05-22"]
