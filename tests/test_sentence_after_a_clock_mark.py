"""After a clock's "a.m." or "p.m.", a capital word that is no weekday, month, zone or clock's name, in a clause with a
clock of its own ("The House sits at 10 a.m. Statements by Members at 2 p.m."), opens the next sentence: each
sentence's event keeps its own time. Texts of our own."""

from __future__ import annotations

import pytest

from parsers.blocks import sentence_spans

from .conftest import listed


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(("text", "count"), [
    ("The House sits at 10 a.m. Statements by Members at 2 p.m., then questions at 2:15 p.m.", 2),
    ("Doors open at 9 a.m. Registration closes at 10 a.m. sharp.", 2),
    ("The hearing is at 10 a.m. Monday at the Capitol and the vote at 2 p.m.", 1),
    ("It starts at 10 a.m. Eastern and ends at 1 p.m.", 1),
    ("The mayor speaks at 10 a.m. Mountain time, before the 2 p.m. vote.", 1),
    ("The meeting opens at 10:00 a.m. Japan standard time (reception opens at 9:00 a.m.)", 1),
])
def test_a_timed_clause_after_a_clock_mark_is_a_sentence(text: str, count: int) -> None:
    assert len(_sentences(text)) == count


def test_each_sentence_keeps_its_time() -> None:
    text = ("Business of the House\n\nSource: A provincial legislature\n\nThursday, March 20, 2031\n\n"
            "The House will sit at 10 a.m. Statements by Members at 2 p.m., followed by Oral Questions at 2:15 p.m.\n")
    assert listed(text) == ["2031-03-20 10:00", "2031-03-20 14:00", "2031-03-20 14:15"]
