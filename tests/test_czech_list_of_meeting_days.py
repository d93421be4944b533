"""A Czech or Slovak list of days, one a line with nothing but the day ("12. dubna", "7. října 2021"), under a heading
that names a body's meetings ("Termíny zasedání rady v roce 2021"): each day is one of those meetings. The bare line
was left unread (no word of the language beside the day vouched for it), and the Czech and Slovak words for a
meeting ("jednání", "zasedání", "rokovanie") named no kind, so no heading said what the days were. Seen in
the ČNB Bank Board's financial-stability meetings (world-hundredtwentysecond, session 46). The texts are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from parsers import extract, kinds
from parsers.dates import find_mentions


@pytest.mark.parametrize("line", ["12. dubna", "7. října 2021", "3. júna", "• 28. listopadu"])
def test_a_bare_day_line_is_read(line: str) -> None:
    assert [m.kind for m in find_mentions(line)] == ["day"]


@pytest.mark.parametrize("words", ["zasedání vlády", "jednání bankovní rady", "rokovanie výboru", "zasadnutie vlády"])
def test_the_meeting_words_name_a_meeting(words: str) -> None:
    assert kinds.classify(words) == kinds.MEETING


def test_each_day_under_the_heading_is_a_meeting() -> None:
    text = ("Zasedání dozorčí rady\n\nSource: Národní kontrolní úřad\n\nDozorčí rada se schází čtyřikrát ročně; "
            "o výsledcích informuje na svém webu.\n\nTermíny zasedání rady v roce 2021\n12. dubna\n21. června\n"
            "7. října\n")
    events = extract(text, source="test", reference=dt.date(2021, 1, 10)).events
    assert sorted(f"{e.start:%Y-%m-%d}" for e in events) == ["2021-04-12", "2021-06-21", "2021-10-07"]
