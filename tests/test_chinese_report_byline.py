"""A Chinese-language paper's byline in its brackets, "【2015.10.16 台北報導】", "（中央社記者王小明台北31日電）":
the day inside says when the story was filed, not an event (issue #10, "Not events"); the events the story announces
stay.
Seen in world-hundredthirtyfifth (an academy's open day under a Taipei news service's byline, published as an event
of the filing day); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 3, 1)


def _starts(text: str) -> list[dt.date | dt.datetime]:
    return [e.start for e in extract(text, source="test", reference=_REFERENCE).events]


def test_a_dated_report_bracket() -> None:
    text = ("博物館週末開放\n\nSource: 國立自然科學博物館\n\n【2026.04.02 台中報導】\n\n"
            "國立自然科學博物館將於4月11日(週六)"
            "上午10時舉辦恐龍特展開幕典禮,歡迎民眾參加。\n")
    starts = _starts(text)
    assert all(s.date() != dt.date(2026, 4, 2) if isinstance(s, dt.datetime) else s != dt.date(2026, 4, 2)
               for s in starts)
    assert [(s.month, s.day, s.hour) for s in starts if isinstance(s, dt.datetime)] == [(4, 11, 10)]


def test_a_reporter_in_the_bracket() -> None:
    text = ("天文台開放日\n\nSource: 臺北市立天文科學教育館\n\n【2026.04.02/記者陳小明台北報導】天文館將於4月18日(週六)"
            "下午2時舉行星空講座。\n")
    starts = _starts(text)
    assert [(s.month, s.day, s.hour) for s in starts if isinstance(s, dt.datetime)] == [(4, 18, 14)]
    assert not any(not isinstance(s, dt.datetime) for s in starts)
