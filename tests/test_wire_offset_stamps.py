"""A news agency's stamp opening the body: a full date, a clock and its offset in brackets, "21 February 2021 08:20
(UTC +04:00)", the minute the story was filed, not an event (issue #10, "Not events": stamps). Seen in
world-hundredthirtyfirst (a Kyrgyz presidential visit announced under an Azerbaijani agency's stamp); the texts
are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 1, 10)


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_offset_stamp_over_a_visit() -> None:
    text = ("President to visit Tashkent\n\nSource: Presidential Office\n\n"
            "3 March 2026 11:40 (UTC +04:00)\n\n"
            "The president will travel to Uzbekistan on March 9-10 this year, his press office said.\n")
    assert _starts(text) == ["2026-03-09"]


def test_offset_stamp_on_the_hour() -> None:
    text = ("Foreign minister to meet counterpart\n\nSource: Ministry of Foreign Affairs\n\n"
            "12 March 2026 09:00 (GMT +03:00)\n\n"
            "The minister will hold talks in Baku on 16 March, the ministry said.\n")
    assert _starts(text) == ["2026-03-16"]


def test_an_event_line_with_a_short_offset_stays() -> None:
    text = ("Online briefing\n\nSource: Ministry of Foreign Affairs\n\n"
            "The spokesperson will brief the press online.\n\n"
            "Time: 12 March 2026 10:00 (UTC+4)\n")
    assert _starts(text) == ["2026-03-12 06:00"]  # 10:00 at UTC+4
