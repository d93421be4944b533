"""Dotted initials before a number ("G.S. 143-318.12", "R.S. 40:55D") cite a statute: they end no sentence.

Form: US public-meeting notices that open with the statute they follow ("Pursuant to G.S. 143-318.12 (b)(2) ...
the mayor has called a special meeting"). Seen on a city's special-meeting notice (charlottenc.gov, pages-p29),
whose meeting came out titled "143-318.12 (b)(2), ...". Texts of our own here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract_articles
from parsers.blocks import sentences

_NOTICES = [
    "Pursuant to G.S. 143-318.12 the chair has called a special meeting of the library board for Tuesday, "
    "June 3, 2031, at 5 p.m.",
    "As N.J.S.A. 10:4-8 requires, the housing board gives notice of its meeting on Wednesday, June 4, 2031, "
    "at 7 p.m. in the annex.",
]


@pytest.mark.parametrize("text", _NOTICES)
def test_one_sentence(text: str) -> None:
    assert list(sentences(text)) == [text]


@pytest.mark.parametrize("text", _NOTICES)
def test_the_title_does_not_open_with_the_number(text: str) -> None:
    events = extract_articles([Article(source="t", title="Notice", body=text)], reference=dt.date(2031, 5, 1)).events
    assert events
    assert all(not e.summary.split(": ", 1)[-1][:1].isdigit() for e in events)


def test_initials_before_a_capital_still_end_a_sentence() -> None:
    text = "The lecture is given by J.R. Smith. The hall opens on 3 June 2031."
    assert list(sentences(text))[-1] == "The hall opens on 3 June 2031."
