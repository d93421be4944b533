"""Taiwan's years of the Republic of China written with two figures before a month and day, "97年9月16日", as a
Taiwanese text writes the years before 2011 (issue #10, "Dates"): year 97 is 2008, as year 111 is 2022. Read so only
in a text in traditional Chinese with no kana: a Japanese text's "97年" is no year of the Republic. Seen in
world-hundredthirtysecond (a central bank's clarification telling of its past meetings "97年9月16日至98年2月18日",
read as two days of the reference year); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str, reference: dt.date = _REFERENCE) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d}" for e in extract(text, source="test", reference=reference).events
                  if isinstance(e.start, (dt.date, dt.datetime)))


def test_two_figure_years_of_the_republic_in_a_taiwanese_text() -> None:
    text = ("交通安全展覽\n\nSource: 某縣政府\n\n"
            "本府說明如下:本府將於98年11月20日上午10時在縣立體育館舉辦交通安全展覽,歡迎民眾參加。\n")
    assert _starts(text) == ["2009-11-20"]


def test_past_days_in_two_figure_years_are_no_events() -> None:
    text = ("新聞稿\n\nSource: 某部會\n\n99年3月2日發布\n\n"
            "某報報導所述與事實不符,本部說明如下:本部於97年9月16日至98年2月18日間已召開會議6次。\n")
    assert all(start < "2011" for start in _starts(text))


def test_a_japanese_text_has_no_year_of_the_republic() -> None:
    text = ("展示会のお知らせ\n\nSource: 某市役所\n\n"
            "本市は98年11月20日に市立体育館で交通安全展示会を開催します。\n")
    assert not any(start.startswith("2009") for start in _starts(text))
