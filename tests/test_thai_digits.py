"""Thai digits in a Thai date and clock ("วันอังคารที่ ๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๖", "เวลา ๐๙:๓๐ น."), as official agendas
print them, are read as the figures they are (issue #10). Seen in world-hundredtenth (the Thai Senate's agenda
published nothing); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract


def test_thai_digits() -> None:
    text = ("ระเบียบวาระการประชุมคณะกรรมาธิการ\n\nSource: สภากรุงเทพมหานคร\n\n"
            "ประชุมวันพุธที่ ๑๕ มีนาคม พ.ศ. ๒๕๖๖\nเริ่มเวลา ๑๓:๓๐ น.\nณ ห้องประชุมสภากรุงเทพมหานคร\n")
    starts = [e.start for e in extract(text, source="test", reference=dt.date(2023, 3, 1)).events
              if isinstance(e.start, dt.datetime)]
    assert [f"{s.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for s in starts] == ["2023-03-15 06:30"]  # Bangkok, UTC+7
