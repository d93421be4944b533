"""The record of a press conference held, as Japanese towns publish it: a page titled for the conference ("定例記者会見
... の会見録") that gives its "日時" (day and hours) and then the words speaker by speaker ("【司会】", "【市長】",
"(市長)"). The "日時" dates the record; nothing is announced. A notice of a conference to come, with no one's words,
keeps its "日時". Seen in world-hundredtwentyninth (Saga City's record; world-hundredtwentyfirst's Sagamihara record
is the same kind, marked there a report, not needed). The texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_a_record_speaker_by_speaker_is_no_event() -> None:
    text = ("市長定例記者会見(令和8年11月)の会見録\n\nSource: 試験市, 市長定例記者会見\n\n"
            "- 日時 令和8年11月18日(水) 14時00分~14時45分\n- 場所 市役所3階 会議室\n\n"
            "【司会】これより市長の定例記者会見を始めます。\n\n"
            "【市長】11月の定例会見を始めます。まず、新しい図書館の開館についてです。\n\n"
            "【記者】開館の日程を教えてください。\n")
    assert _starts(text) == []


def test_round_bracket_labels_are_speakers_too() -> None:
    text = ("令和8年度 11月定例記者会見\n\nSource: 試験市, 市長定例記者会見\n\n"
            "- 日時 令和8年11月18日(水曜日)午後2時~2時45分\n\n(市長)\nこんにちは。本日は二つの発表があります。\n")
    assert _starts(text) == []


def test_a_notice_of_a_conference_to_come_keeps_its_day() -> None:
    text = ("市長定例記者会見のお知らせ\n\nSource: 試験市, 広報課\n\n"
            "- 日時 令和8年12月16日(水) 14時00分~\n- 場所 市役所3階 会議室\n\n報道機関の皆様はご参加ください。\n")
    assert _starts(text) == ["2026-12-16 14:00"]
