"""A list line that gives a day and only whether an office is open or shut that day ("4月2日(日)〜4月4日(火) 休館",
"4月1日(土) 開館", "Monday 25 December – Closed"): the office's hours, no event (issue #10, "Not events"). Seen in
world-hundredsixth (a Japanese consulate's open and closed days around a holiday); the texts are ours."""

from __future__ import annotations

import datetime as dt

from parsers import extract

_REFERENCE = dt.date(2026, 1, 10)


def _events(text: str) -> list[str]:
    return sorted(f"{e.start:%Y-%m-%d} {e.summary}" for e in extract(text, source="test", reference=_REFERENCE).events)


def test_japanese_open_and_closed_days() -> None:
    text = ("年末年始の開館・休館について\n\nSource: 在ミラノ日本国総領事館\n\n令和7年12月10日\n\n"
            "年末年始の開館・休館の予定は以下のとおりです。\n\n"
            "12月26日(金) 開館\n12月29日(月)〜1月2日(金) 休館\n1月5日(月)〜 以後平常どおり\n")
    assert _events(text) == []


def test_english_closed_days() -> None:
    text = ("Holiday opening of the consular section\n\nSource: Consulate General in Milan\n\n10 December 2025\n\n"
            "The consular section keeps these hours over the holidays:\n\n"
            "- Friday 26 December 2025 – Closed\n- Monday 29 December 2025 – Closed\n")
    assert _events(text) == []


def test_a_row_that_names_a_happening_stays() -> None:
    text = ("Programme of the week\n\nSource: Consulate General in Milan\n\n10 December 2025\n\n"
            "- Friday 12 December 2025 – Closed session of the consular council\n")
    assert len(_events(text)) == 1
