"""Two asides in a row before the verb, the second a yearly rule: "The reception, held for United Nations Day, which
falls on October 24 every year, will run between 7.30pm and 9.30pm." The rule is the day's, said in passing; the
sentence gives the reception its hours. The first aside took the comma that opens the second, which then stayed in
the sentence and made it a rule of recurrence. Seen in world-ninetyfourth (a UN Day reception in Nicosia). The texts
are ours."""

from __future__ import annotations

import datetime as dt

from tests.conftest import starts_of

_REFERENCE = dt.date(2026, 12, 6)
_HEAD = "Reception at the old hotel\n\nSource: Test office\n\nMay 6, 2024\n\n"


def _starts(text: str) -> list[str]:
    return starts_of(text, _REFERENCE)


def test_second_aside_with_a_yearly_rule_is_put_aside() -> None:
    text = (_HEAD + "The mayor hosts a reception on Thursday evening at the Town Hall of Valletta.\n\n"
            "The reception, held for Europe Day, which falls on May 9 every year, will run from 6pm to 8pm.\n")
    assert _starts(text) == ["2024-05-09 18:00"]


def test_a_rule_in_the_sentence_itself_still_is_one() -> None:
    text = _HEAD + "The reading room of the Town Hall of Valletta opens every year from 6pm to 8pm.\n"
    assert _starts(text) == []
