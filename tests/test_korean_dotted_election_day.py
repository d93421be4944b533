"""A Korean election named by its day, the month and day in figures parted by a dot before the election's name
("11.14 어느군수보궐선거", "4.10 총선"), as Korean names its elections (issue #10, "Dates"): a day, not the clock
11:14. Seen in world-hundredthirtysecond (a provincial election commission's early-voting notice naming "10.28
고성군수재선거", read as the clock 10:28); the texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 11, 5)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_a_dotted_day_before_an_election_is_its_day() -> None:
    text = ("군수 보궐선거 안내\n\nSource: 어느도선거관리위원회\n\n"
            "도선관위는 5일, 11.14 어느군수보궐선거의 선거일에 투표하지 못하는 유권자는 사전투표소에서 미리 투표할 수 "
            "있다고 알렸다.\n")
    starts = _starts(text)
    assert "2026-11-14" in starts
    assert not any(start.endswith("11:14") for start in starts)
