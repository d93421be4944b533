"""A Japanese assembly's session table pasted one cell a line: "6月10日" over "火曜日", then rows whose date cell is
the day alone, "13日" over "金曜日" (issue #10, "Layouts": a table copied from a prefectural assembly's page gives each
cell its own line). The weekday, on the line under its day, tells a yearless day's year, and makes a bare "13日" a day
of the month above it; "22日(月曜日)" and "22日 | 月曜日" are read the same way. Seen in world-hundredeighteenth (the
Yamaguchi Prefectural Assembly's September session: every sitting after the first was lost or put on the first day,
and the first fell in the reference's year, where its weekday does not fit); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_cells_one_a_line() -> None:
    text = ("6月定例会の日程\n\nSource: 県議会事務局\n\n"
            "月日\n曜日\n会議\n内容\n"
            "6月10日\n火曜日\n本会議\n開会10時 知事の提案説明\n"
            "13日\n金曜日\n本会議\n開議10時 代表質問\n"
            "16日\n月曜日\n本会議\n開議13時 一般質問\n")
    # (10 June is a Tuesday in 2025, not in 2026, the reference's year)
    assert _starts(text) == ["2025-06-10 10:00", "2025-06-13 10:00", "2025-06-16 13:00"]


def test_bare_days_with_their_weekday_in_brackets() -> None:
    text = ("市議会の会期日程\n\nSource: 市議会\n\n"
            "6月10日(火) 本会議 開会10時\n"
            "13日(金) 本会議 開議10時 代表質問\n"
            "16日(月曜日) 委員会 開会9時30分 総務委員会\n")
    assert _starts(text) == ["2025-06-10 10:00", "2025-06-13 10:00", "2025-06-16 09:30"]


def test_a_bare_day_alone_is_not_made_a_day() -> None:
    text = ("市議会の会期日程\n\nSource: 市議会\n\n"
            "7月1日(火) 本会議 開会10時\n"
            "会期は13日までの予定です。\n")
    assert _starts(text) == ["2025-07-01 10:00"]
