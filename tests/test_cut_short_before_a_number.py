"""A word cut short before its number ends no sentence: a statute's dotted initials ("G.S. 143-318.12", "N.J.S.A.
10:4-8") and a part of a law or of statutes written with a capital ("Sec. 3.02", "Art. 12", "Para. 3").

Form: meeting notices that open with their legal ground ("Pursuant to G.S. 143-318.12 (b)(2) and Sec. 3.02 of the City
Charter, the mayor has called a special meeting ..."). Seen on a city's special-meeting notice (charlottenc.gov,
pages-p29), whose meeting came out titled "143-318.12 (b)(2), ..." and then "3.02 of the City of Charlotte Charter,
...". Texts of our own here.
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
    "Pursuant to Sec. 4.05 of the Town Charter, the mayor has called a special meeting of the Town Council for "
    "Monday, June 2, 2031, at 6 p.m. in the council chamber.",
    "Under Art. 12 of the statutes, the annual general assembly of the rowing club takes place on Saturday, "
    "14 June 2031, at 10:00 in the boathouse.",
    "As required by Para. 3 of the bylaws, members are invited to the general meeting on Thursday, 12 June 2031 "
    "at 19:00.",
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


def test_a_sentence_still_ends_after_a_word_like_art() -> None:
    text = "The festival celebrates street art. 40 murals will be painted on 3 July 2031."
    assert list(sentences(text)) == ["The festival celebrates street art.", "40 murals will be painted on 3 July 2031."]
