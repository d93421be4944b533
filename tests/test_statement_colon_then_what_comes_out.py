"""A statement named before a colon is not the subject of what "comes out" after it: "The court said in a statement
issued on Monday, 8 March: the judgment comes out at 11 am on 22 March" announces the judgment, an event, and dates
the saying, which is none (documents._PUBLICATION read "statement ... comes out" across the colon and dropped the
judgment with it). Without the colon the statement is the paper that comes out, and stays no event. The form was left
by the session that made "issued" a day of saying (world-hundredthirtieth's award). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract

_HEAD = "Judgment in the test case\n\nSource: Test Court\n\n"


def _starts(body: str) -> list[str]:
    text = f"{_HEAD}{body}\n"
    return sorted(f"{e.start:%Y-%m-%d %H:%M}" if isinstance(e.start, dt.datetime) else f"{e.start:%Y-%m-%d}"
                  for e in extract(text, source="test", reference=dt.date(2027, 3, 1)).events)


@pytest.mark.parametrize("body", [
    "The court said in a statement issued on Monday, March 8: the judgment comes out at 11 am on 22 March.",
    "The court said in a statement on March 8: the judgment comes out at 11 am on 22 March.",
    "In a statement: the award comes out on 22 March at 11 am.",
])
def test_what_comes_out_after_the_statements_colon_is_an_event(body: str) -> None:
    assert _starts(body) == ["2027-03-22 11:00"]


def test_the_statement_that_comes_out_is_still_no_event() -> None:
    assert _starts("The court's statement on the case comes out at 11 am on 22 March.") == []
