"""A sentence closed by who said it ("The working group holds a partners' meeting on Wednesday at 2.30 pm, a statement
said.") is told in the tense of what was said: a meeting in the present or the future is to come, and its title
leaves the source out. What was said in the past stays history. Texts of our own."""

from __future__ import annotations

import pytest

from parsers import extract

from .conftest import REFERENCE, listed

ITEM = "Partners meeting\n\nSource: A UN country team\n\nPublished 4 March 2031\n\n{sentence}\n"
TO_COME = "The working group holds a partners' meeting on Wednesday at 2.30 pm, {source}."


@pytest.mark.parametrize("source", ["a statement said", "the office announced", "according to the ministry"])
def test_what_was_said_to_come_is_an_event(source: str) -> None:
    # (4 March 2031 is a Tuesday)
    assert listed(ITEM.format(sentence=TO_COME.format(source=source))) == ["2031-03-05 14:30"]


def test_the_source_leaves_the_title() -> None:
    text = ITEM.format(sentence=TO_COME.format(source="a statement said"))
    assert [e.summary for e in extract(text, source="t", reference=REFERENCE).events] == [
        "Meeting: Working group holds a partners' meeting"]


def test_what_was_said_done_stays_history() -> None:
    done = "The working group met the partners on Monday at 2.30 pm, a statement said."
    assert listed(ITEM.format(sentence=done)) == []
