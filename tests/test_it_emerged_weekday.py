""""It emerged on Wednesday that ... will ... on Thursday evening": how a British paper says when something became
known. The Wednesday is the day of the news, told in the past, as in "said on Wednesday that"; the event is the
Thursday. Seen in world-ninetyfourth (a UN Day reception in Nicosia put on the day it emerged). The texts are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)
_HEAD = "Reception at the old hotel\n\nSource: Test office\n\nMay 8, 2024\n\n"


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_the_day_it_emerged_is_not_the_events() -> None:
    # 8 May 2024 is a Wednesday
    text = (_HEAD + "It emerged on Wednesday that both mayors will attend a dinner given on Thursday evening at the "
            "Town Hall of Valletta.\n")
    assert _starts(text) == ["2024-05-09"]


def test_something_that_emerges_on_a_day_to_come_stays() -> None:
    text = _HEAD + "The new museum emerges on Saturday from two years of works, at the Town Hall of Valletta.\n"
    assert _starts(text) == ["2024-05-11"]
