"""Dashes that look like the common ones: a minus sign, a figure dash, a horizontal bar between the days of a span
("10− 16 December 2012"), a Unicode hyphen. world-fortyeighth item 1 (a week's diary titled with a minus sign between
its days) showed the form: only the span's last day was read. Items in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from model import Article
from parsers import extract
from parsers.dashlike import article_with_plain_dashes, plain_dashes

from .conftest import REFERENCE


@pytest.mark.parametrize("dash", ["\u2212", "\u2012", "\u2015", "\ufe58"])
def test_a_span_parted_by_a_lookalike_dash(dash: str) -> None:
    text = (f"Ministers gather in Oslo\n\nSource: Example Council\n\n"
            f"The council's ministers meet in Oslo from 3{dash}5 March 2026 for their spring session.\n")
    events = extract(text, source="span", reference=REFERENCE).events
    assert [(e.start, e.end) for e in events] == [(dt.date(2026, 3, 3), dt.date(2026, 3, 6))]


def test_each_character_keeps_its_place() -> None:
    text = "10\u2212 16 December, Jean\u2010Claude, UTC\u22125"
    plain = plain_dashes(text)
    assert plain == "10- 16 December, Jean-Claude, UTC-5"
    assert len(plain) == len(text)


def test_an_article_without_lookalikes_is_itself() -> None:
    article = Article(title="Talks – 3 March", body="Talks in Oslo on 3 March — the ministers meet.", source="x")
    assert article_with_plain_dashes(article) is article


def test_a_minus_sign_before_an_offset_keeps_its_clock() -> None:
    text = "Briefing\n\nSource: Example Office\n\nThe briefing is at 10:00 UTC\u22125 on Friday 5 June 2026.\n"
    events = extract(text, source="offset", reference=REFERENCE).events
    assert [e.start.astimezone(dt.UTC).hour for e in events] == [15]  # type: ignore[union-attr]
